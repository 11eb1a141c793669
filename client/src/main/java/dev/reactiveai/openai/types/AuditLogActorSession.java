// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The session in which the audit logged action was performed.
 *
 * @param user The user who performed the audit logged action.
 * @param ipAddress The IP address from which the action was performed.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AuditLogActorSession.Reader.class)
public record AuditLogActorSession(@JsonProperty("user") @Nullable AuditLogActorUser user,
		@JsonProperty("ip_address") @Nullable String ipAddress,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AuditLogActorSession}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param user The user who performed the audit logged action.
	 * @param ipAddress The IP address from which the action was performed.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AuditLogActorSession {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AuditLogActorSession}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link AuditLogActorSession}.
	 */
	public static final class Builder {

		private @Nullable AuditLogActorUser user;

		private @Nullable String ipAddress;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AuditLogActorSession source) {
			this.user = source.user();
			this.ipAddress = source.ipAddress();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The user who performed the audit logged action.
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable AuditLogActorUser user) {
			this.user = user;
			return this;
		}

		/**
		 * The IP address from which the action was performed.
		 * @param ipAddress the value
		 * @return this builder
		 */
		public Builder ipAddress(@Nullable String ipAddress) {
			this.ipAddress = ipAddress;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public AuditLogActorSession build() {
			return new AuditLogActorSession(this.user, this.ipAddress, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AuditLogActorSession} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AuditLogActorSession> {

		Reader() {
			super(AuditLogActorSession.class, "user", "ip_address");
		}

		@Override
		protected AuditLogActorSession create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AuditLogActorSession((AuditLogActorUser) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AuditLogActorSession} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AuditLogActorSession> {

		Writer() {
			super(AuditLogActorSession.class, "user", "ip_address");
		}

		@Override
		protected @Nullable Object value(AuditLogActorSession record, int index) {
			return switch (index) {
				case 0 -> record.user();
				case 1 -> record.ipAddress();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AuditLogActorSession record) {
			return record.additionalProperties();
		}

	}
}

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
 * The user who performed the audit logged action.
 *
 * @param id The user id.
 * @param email The user email.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AuditLogActorUser.Reader.class)
public record AuditLogActorUser(@JsonProperty("id") @Nullable String id, @JsonProperty("email") @Nullable String email,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AuditLogActorUser}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The user id.
	 * @param email The user email.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AuditLogActorUser {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AuditLogActorUser}.
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
	 * Builds a {@link AuditLogActorUser}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String email;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AuditLogActorUser source) {
			this.id = source.id();
			this.email = source.email();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The user id.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The user email.
		 * @param email the value
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
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
		public AuditLogActorUser build() {
			return new AuditLogActorUser(this.id, this.email, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AuditLogActorUser} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AuditLogActorUser> {

		Reader() {
			super(AuditLogActorUser.class, "id", "email");
		}

		@Override
		protected AuditLogActorUser create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AuditLogActorUser((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AuditLogActorUser} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AuditLogActorUser> {

		Writer() {
			super(AuditLogActorUser.class, "id", "email");
		}

		@Override
		protected @Nullable Object value(AuditLogActorUser record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.email();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AuditLogActorUser record) {
			return record.additionalProperties();
		}

	}
}

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
 * The service account that performed the audit logged action.
 *
 * @param id The service account id.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AuditLogActorServiceAccount.Reader.class)
public record AuditLogActorServiceAccount(@JsonProperty("id") @Nullable String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AuditLogActorServiceAccount}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param id The service account id.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AuditLogActorServiceAccount {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AuditLogActorServiceAccount}.
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
	 * Builds a {@link AuditLogActorServiceAccount}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AuditLogActorServiceAccount source) {
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The service account id.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
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
		public AuditLogActorServiceAccount build() {
			return new AuditLogActorServiceAccount(this.id, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AuditLogActorServiceAccount} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AuditLogActorServiceAccount> {

		Reader() {
			super(AuditLogActorServiceAccount.class, "id");
		}

		@Override
		protected AuditLogActorServiceAccount create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AuditLogActorServiceAccount((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AuditLogActorServiceAccount} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AuditLogActorServiceAccount> {

		Writer() {
			super(AuditLogActorServiceAccount.class, "id");
		}

		@Override
		protected @Nullable Object value(AuditLogActorServiceAccount record, int index) {
			return switch (index) {
				case 0 -> record.id();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AuditLogActorServiceAccount record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The API Key used to perform the audit logged action.
 *
 * @param id The tracking id of the API key.
 * @param type The type of API key. Can be either {@code user} or {@code service_account}.
 * @param user The user who performed the audit logged action.
 * @param serviceAccount The service account that performed the audit logged action.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AuditLogActorApiKey.Reader.class)
public record AuditLogActorApiKey(@JsonProperty("id") @Nullable String id,
		@JsonProperty("type") AuditLogActorApiKey.@Nullable Type type,
		@JsonProperty("user") @Nullable AuditLogActorUser user,
		@JsonProperty("service_account") @Nullable AuditLogActorServiceAccount serviceAccount,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AuditLogActorApiKey}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The tracking id of the API key.
	 * @param type The type of API key.
	 * @param user The user who performed the audit logged action.
	 * @param serviceAccount The service account that performed the audit logged action.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AuditLogActorApiKey {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AuditLogActorApiKey}.
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
	 * The type of API key. Can be either {@code user} or {@code service_account}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code user}.
		 */
		public static final Type USER = new Type("user");

		/**
		 * The value {@code service_account}.
		 */
		public static final Type SERVICE_ACCOUNT = new Type("service_account");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "user" -> USER;
				case "service_account" -> SERVICE_ACCOUNT;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "user", "service_account" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link AuditLogActorApiKey}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Type type;

		private @Nullable AuditLogActorUser user;

		private @Nullable AuditLogActorServiceAccount serviceAccount;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AuditLogActorApiKey source) {
			this.id = source.id();
			this.type = source.type();
			this.user = source.user();
			this.serviceAccount = source.serviceAccount();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The tracking id of the API key.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The type of API key.
		 * @param type the value
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of API key.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
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
		 * The service account that performed the audit logged action.
		 * @param serviceAccount the value
		 * @return this builder
		 */
		public Builder serviceAccount(@Nullable AuditLogActorServiceAccount serviceAccount) {
			this.serviceAccount = serviceAccount;
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
		public AuditLogActorApiKey build() {
			return new AuditLogActorApiKey(this.id, this.type, this.user, this.serviceAccount,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AuditLogActorApiKey} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AuditLogActorApiKey> {

		Reader() {
			super(AuditLogActorApiKey.class, "id", "type", "user", "service_account");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected AuditLogActorApiKey create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AuditLogActorApiKey((String) values[0], (Type) values[1], (AuditLogActorUser) values[2],
					(AuditLogActorServiceAccount) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AuditLogActorApiKey} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AuditLogActorApiKey> {

		Writer() {
			super(AuditLogActorApiKey.class, "id", "type", "user", "service_account");
		}

		@Override
		protected @Nullable Object value(AuditLogActorApiKey record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.user();
				case 3 -> record.serviceAccount();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AuditLogActorApiKey record) {
			return record.additionalProperties();
		}

	}
}

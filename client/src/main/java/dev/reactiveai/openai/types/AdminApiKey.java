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
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents an individual Admin API key in an org.
 *
 * @param object The object type, which is always {@code organization.admin_api_key}
 * @param id The identifier, which can be referenced in API endpoints
 * @param name The name of the API key
 * @param redactedValue The redacted value of the API key
 * @param value The value of the API key. Only shown on create.
 * @param createdAt The Unix timestamp (in seconds) of when the API key was created
 * @param lastUsedAt The Unix timestamp (in seconds) of when the API key was last used
 * @param owner A {@link dev.reactiveai.openai.types.AdminApiKey.Owner} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AdminApiKey.Reader.class)
public record AdminApiKey(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("redacted_value") String redactedValue,
		@JsonProperty("value") @Nullable String value, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("last_used_at") @Nullable Long lastUsedAt, @JsonProperty("owner") AdminApiKey.Owner owner,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AdminApiKey}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The object type, which is always {@code organization.admin_api_key}
	 * @param id The identifier, which can be referenced in API endpoints
	 * @param name The name of the API key
	 * @param redactedValue The redacted value of the API key
	 * @param value The value of the API key.
	 * @param createdAt The Unix timestamp (in seconds) of when the API key was created
	 * @param lastUsedAt The Unix timestamp (in seconds) of when the API key was last used
	 * @param owner A {@link dev.reactiveai.openai.types.AdminApiKey.Owner} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AdminApiKey {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AdminApiKey}.
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
	 * A {@link AdminApiKey}'s {@code owner}.
	 *
	 * @param type Always {@code user}
	 * @param object The object type, which is always organization.user
	 * @param id The identifier, which can be referenced in API endpoints
	 * @param name The name of the user
	 * @param createdAt The Unix timestamp (in seconds) of when the user was created
	 * @param role Always {@code owner}
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Owner.Reader.class)
	public static record Owner(@JsonProperty("type") @Nullable String type,
			@JsonProperty("object") @Nullable String object, @JsonProperty("id") @Nullable String id,
			@JsonProperty("name") @Nullable String name, @JsonProperty("created_at") @Nullable Long createdAt,
			@JsonProperty("role") @Nullable String role,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Owner}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param type Always {@code user}
		 * @param object The object type, which is always organization.user
		 * @param id The identifier, which can be referenced in API endpoints
		 * @param name The name of the user
		 * @param createdAt The Unix timestamp (in seconds) of when the user was created
		 * @param role Always {@code owner}
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Owner {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Owner}.
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
		 * Builds a {@link Owner}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String object;

			private @Nullable String id;

			private @Nullable String name;

			private @Nullable Long createdAt;

			private @Nullable String role;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Owner source) {
				this.type = source.type();
				this.object = source.object();
				this.id = source.id();
				this.name = source.name();
				this.createdAt = source.createdAt();
				this.role = source.role();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Always {@code user}
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				this.type = type;
				return this;
			}

			/**
			 * The object type, which is always organization.user
			 * @param object the value
			 * @return this builder
			 */
			public Builder object(@Nullable String object) {
				this.object = object;
				return this;
			}

			/**
			 * The identifier, which can be referenced in API endpoints
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The name of the user
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * The Unix timestamp (in seconds) of when the user was created
			 * @param createdAt the value
			 * @return this builder
			 */
			public Builder createdAt(@Nullable Long createdAt) {
				this.createdAt = createdAt;
				return this;
			}

			/**
			 * Always {@code owner}
			 * @param role the value
			 * @return this builder
			 */
			public Builder role(@Nullable String role) {
				this.role = role;
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
			public Owner build() {
				return new Owner(this.type, this.object, this.id, this.name, this.createdAt, this.role,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Owner} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Owner> {

			Reader() {
				super(Owner.class, "type", "object", "id", "name", "created_at", "role");
			}

			@Override
			protected Owner create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Owner((String) values[0], (String) values[1], (String) values[2], (String) values[3],
						(Long) values[4], (String) values[5], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Owner} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Owner> {

			Writer() {
				super(Owner.class, "type", "object", "id", "name", "created_at", "role");
			}

			@Override
			protected @Nullable Object value(Owner record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.object();
					case 2 -> record.id();
					case 3 -> record.name();
					case 4 -> record.createdAt();
					case 5 -> record.role();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Owner record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link AdminApiKey}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable String redactedValue;

		private @Nullable String value;

		private @Nullable Long createdAt;

		private @Nullable Long lastUsedAt;

		private @Nullable Owner owner;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AdminApiKey source) {
			this.object = source.object();
			this.id = source.id();
			this.name = source.name();
			this.redactedValue = source.redactedValue();
			this.value = source.value();
			this.createdAt = source.createdAt();
			this.lastUsedAt = source.lastUsedAt();
			this.owner = source.owner();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The object type, which is always {@code organization.admin_api_key}
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * The identifier, which can be referenced in API endpoints
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The name of the API key
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The redacted value of the API key
		 * @param redactedValue the value (required)
		 * @return this builder
		 */
		public Builder redactedValue(@Nullable String redactedValue) {
			this.redactedValue = redactedValue;
			return this;
		}

		/**
		 * The value of the API key.
		 * @param value the value
		 * @return this builder
		 */
		public Builder value(@Nullable String value) {
			this.value = value;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) of when the API key was created
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) of when the API key was last used
		 * @param lastUsedAt the value
		 * @return this builder
		 */
		public Builder lastUsedAt(@Nullable Long lastUsedAt) {
			this.lastUsedAt = lastUsedAt;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.AdminApiKey.Owner} (the API description
		 * says no more).
		 * @param owner the value (required)
		 * @return this builder
		 */
		public Builder owner(@Nullable Owner owner) {
			this.owner = owner;
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
		public AdminApiKey build() {
			return new AdminApiKey(Objects.requireNonNull(this.object, "'object' is required"),
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.redactedValue, "'redactedValue' is required"), this.value,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.lastUsedAt,
					Objects.requireNonNull(this.owner, "'owner' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AdminApiKey} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AdminApiKey> {

		Reader() {
			super(AdminApiKey.class, "object", "id", "name", "redacted_value", "value", "created_at", "last_used_at",
					"owner");
		}

		@Override
		protected AdminApiKey create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new AdminApiKey((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(String) values[4], (Long) values[5], (Long) values[6], (Owner) values[7], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AdminApiKey} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AdminApiKey> {

		Writer() {
			super(AdminApiKey.class, "object", "id", "name", "redacted_value", "value", "created_at", "last_used_at",
					"owner");
		}

		@Override
		protected @Nullable Object value(AdminApiKey record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.redactedValue();
				case 4 -> record.value();
				case 5 -> record.createdAt();
				case 6 -> record.lastUsedAt();
				case 7 -> record.owner();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AdminApiKey record) {
			return record.additionalProperties();
		}

	}
}

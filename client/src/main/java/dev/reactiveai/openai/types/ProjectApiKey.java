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
 * Represents an individual API key in a project.
 *
 * @param object The object type, which is always {@code organization.project.api_key}
 * @param redactedValue The redacted value of the API key
 * @param name The name of the API key
 * @param createdAt The Unix timestamp (in seconds) of when the API key was created
 * @param lastUsedAt The Unix timestamp (in seconds) of when the API key was last used.
 * @param id The identifier, which can be referenced in API endpoints
 * @param owner A {@link dev.reactiveai.openai.types.ProjectApiKey.Owner} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectApiKey.Reader.class)
public record ProjectApiKey(@JsonProperty("object") String object, @JsonProperty("redacted_value") String redactedValue,
		@JsonProperty("name") String name, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("last_used_at") Long lastUsedAt, @JsonProperty("id") String id,
		@JsonProperty("owner") ProjectApiKey.Owner owner,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectApiKey}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param object The object type, which is always {@code organization.project.api_key}
	 * @param redactedValue The redacted value of the API key
	 * @param name The name of the API key
	 * @param createdAt The Unix timestamp (in seconds) of when the API key was created
	 * @param lastUsedAt The Unix timestamp (in seconds) of when the API key was last
	 * used.
	 * @param id The identifier, which can be referenced in API endpoints
	 * @param owner A {@link dev.reactiveai.openai.types.ProjectApiKey.Owner} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectApiKey {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectApiKey}.
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
	 * A {@link ProjectApiKey}'s {@code owner}.
	 *
	 * @param type {@code user} or {@code service_account}
	 * @param user Represents an individual user in a project.
	 * @param serviceAccount Represents an individual service account in a project.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Owner.Reader.class)
	public static record Owner(@JsonProperty("type") Owner.@Nullable Type type,
			@JsonProperty("user") @Nullable ProjectUser user,
			@JsonProperty("service_account") @Nullable ProjectServiceAccount serviceAccount,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Owner}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param type {@code user} or {@code service_account}
		 * @param user Represents an individual user in a project.
		 * @param serviceAccount Represents an individual service account in a project.
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
		 * {@code user} or {@code service_account}
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
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
		 * Builds a {@link Owner}.
		 */
		public static final class Builder {

			private @Nullable Type type;

			private @Nullable ProjectUser user;

			private @Nullable ProjectServiceAccount serviceAccount;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Owner source) {
				this.type = source.type();
				this.user = source.user();
				this.serviceAccount = source.serviceAccount();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * {@code user} or {@code service_account}
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable Type type) {
				this.type = type;
				return this;
			}

			/**
			 * {@code user} or {@code service_account}
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder type(String value) {
				return type(Type.of(value));
			}

			/**
			 * Represents an individual user in a project.
			 * @param user the value
			 * @return this builder
			 */
			public Builder user(@Nullable ProjectUser user) {
				this.user = user;
				return this;
			}

			/**
			 * Represents an individual service account in a project.
			 * @param serviceAccount the value
			 * @return this builder
			 */
			public Builder serviceAccount(@Nullable ProjectServiceAccount serviceAccount) {
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
			public Owner build() {
				return new Owner(this.type, this.user, this.serviceAccount, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Owner} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Owner> {

			Reader() {
				super(Owner.class, "type", "user", "service_account");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Type.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected Owner create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Owner((Type) values[0], (ProjectUser) values[1], (ProjectServiceAccount) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link Owner} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Owner> {

			Writer() {
				super(Owner.class, "type", "user", "service_account");
			}

			@Override
			protected @Nullable Object value(Owner record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.user();
					case 2 -> record.serviceAccount();
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
	 * Builds a {@link ProjectApiKey}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String redactedValue;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private @Nullable Long lastUsedAt;

		private @Nullable String id;

		private @Nullable Owner owner;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.project.api_key";
		}

		private Builder(ProjectApiKey source) {
			this.object = source.object();
			this.redactedValue = source.redactedValue();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.lastUsedAt = source.lastUsedAt();
			this.id = source.id();
			this.owner = source.owner();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * The name of the API key
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		 * The Unix timestamp (in seconds) of when the API key was last used.
		 * @param lastUsedAt the value (required)
		 * @return this builder
		 */
		public Builder lastUsedAt(@Nullable Long lastUsedAt) {
			this.lastUsedAt = lastUsedAt;
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
		 * A {@link dev.reactiveai.openai.types.ProjectApiKey.Owner} (the API description
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
		public ProjectApiKey build() {
			return new ProjectApiKey(this.object,
					Objects.requireNonNull(this.redactedValue, "'redactedValue' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.lastUsedAt, "'lastUsedAt' is required"),
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.owner, "'owner' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectApiKey} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectApiKey> {

		Reader() {
			super(ProjectApiKey.class, "object", "redacted_value", "name", "created_at", "last_used_at", "id", "owner");
		}

		@Override
		protected ProjectApiKey create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ProjectApiKey((String) values[0], (String) values[1], (String) values[2], (Long) values[3],
					(Long) values[4], (String) values[5], (Owner) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectApiKey} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectApiKey> {

		Writer() {
			super(ProjectApiKey.class, "object", "redacted_value", "name", "created_at", "last_used_at", "id", "owner");
		}

		@Override
		protected @Nullable Object value(ProjectApiKey record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.redactedValue();
				case 2 -> record.name();
				case 3 -> record.createdAt();
				case 4 -> record.lastUsedAt();
				case 5 -> record.id();
				case 6 -> record.owner();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectApiKey record) {
			return record.additionalProperties();
		}

	}
}

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
 * Represents an individual user in a project.
 *
 * @param object The object type, which is always {@code organization.project.user}
 * @param id The identifier, which can be referenced in API endpoints
 * @param name The name of the user
 * @param email The email address of the user
 * @param role {@code owner} or {@code member}
 * @param addedAt The Unix timestamp (in seconds) of when the project was added.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectUser.Reader.class)
public record ProjectUser(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("email") String email,
		@JsonProperty("role") ProjectUser.Role role, @JsonProperty("added_at") Long addedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectUser}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param object The object type, which is always {@code organization.project.user}
	 * @param id The identifier, which can be referenced in API endpoints
	 * @param name The name of the user
	 * @param email The email address of the user
	 * @param role {@code owner} or {@code member}
	 * @param addedAt The Unix timestamp (in seconds) of when the project was added.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectUser {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectUser}.
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
	 * {@code owner} or {@code member}
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		/**
		 * The value {@code owner}.
		 */
		public static final Role OWNER = new Role("owner");

		/**
		 * The value {@code member}.
		 */
		public static final Role MEMBER = new Role("member");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Role {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Role of(String value) {
			return switch (value) {
				case "owner" -> OWNER;
				case "member" -> MEMBER;
				default -> new Role(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "owner", "member" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ProjectUser}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable String email;

		private @Nullable Role role;

		private @Nullable Long addedAt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.project.user";
		}

		private Builder(ProjectUser source) {
			this.object = source.object();
			this.id = source.id();
			this.name = source.name();
			this.email = source.email();
			this.role = source.role();
			this.addedAt = source.addedAt();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * The name of the user
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The email address of the user
		 * @param email the value (required)
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * {@code owner} or {@code member}
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * {@code owner} or {@code member}
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(Role.of(value));
		}

		/**
		 * The Unix timestamp (in seconds) of when the project was added.
		 * @param addedAt the value (required)
		 * @return this builder
		 */
		public Builder addedAt(@Nullable Long addedAt) {
			this.addedAt = addedAt;
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
		public ProjectUser build() {
			return new ProjectUser(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.email, "'email' is required"),
					Objects.requireNonNull(this.role, "'role' is required"),
					Objects.requireNonNull(this.addedAt, "'addedAt' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectUser} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectUser> {

		Reader() {
			super(ProjectUser.class, "object", "id", "name", "email", "role", "added_at");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> Role.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ProjectUser create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ProjectUser((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(Role) values[4], (Long) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectUser} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectUser> {

		Writer() {
			super(ProjectUser.class, "object", "id", "name", "email", "role", "added_at");
		}

		@Override
		protected @Nullable Object value(ProjectUser record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.email();
				case 4 -> record.role();
				case 5 -> record.addedAt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectUser record) {
			return record.additionalProperties();
		}

	}
}

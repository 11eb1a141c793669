// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Represents an individual user in a project.
 *
 * @param object The object type, which is always `organization.project.user`
 * @param id The identifier, which can be referenced in API endpoints
 * @param name The name of the user
 * @param email The email address of the user
 * @param role `owner` or `member`
 * @param addedAt The Unix timestamp (in seconds) of when the project was added.
 * @param additionalProperties properties that this version of the client does not know
 */
public record ProjectUser(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("email") String email,
		@JsonProperty("role") ProjectUser.Role role, @JsonProperty("added_at") Long addedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ProjectUser {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ProjectUser}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * `owner` or `member`
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		public static final Role OWNER = new Role("owner");

		public static final Role MEMBER = new Role("member");

		public Role {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
		 * Set {@code object}: The object type, which is always
		 * `organization.project.user`
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code id}: The identifier, which can be referenced in API endpoints
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code name}: The name of the user
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set {@code email}: The email address of the user
		 * @param email the value (required)
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * Set {@code role}: `owner` or `member`
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * Set {@code role} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(Role.of(value));
		}

		/**
		 * Set {@code added_at}: The Unix timestamp (in seconds) of when the project was
		 * added.
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
}

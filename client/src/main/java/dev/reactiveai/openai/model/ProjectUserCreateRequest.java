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
 * @param userId The ID of the user.
 * @param role `owner` or `member`
 * @param additionalProperties properties that this version of the client does not know
 */
public record ProjectUserCreateRequest(@JsonProperty("user_id") String userId,
		@JsonProperty("role") ProjectUserCreateRequest.Role role,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ProjectUserCreateRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ProjectUserCreateRequest}.
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
	 * Builds a {@link ProjectUserCreateRequest}.
	 */
	public static final class Builder {

		private @Nullable String userId;

		private @Nullable Role role;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ProjectUserCreateRequest source) {
			this.userId = source.userId();
			this.role = source.role();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code user_id}: The ID of the user.
		 * @param userId the value (required)
		 * @return this builder
		 */
		public Builder userId(@Nullable String userId) {
			this.userId = userId;
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
		public ProjectUserCreateRequest build() {
			return new ProjectUserCreateRequest(Objects.requireNonNull(this.userId, "'userId' is required"),
					Objects.requireNonNull(this.role, "'role' is required"), this.additionalProperties);
		}

	}
}

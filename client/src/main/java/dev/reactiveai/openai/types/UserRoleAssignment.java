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
 * Role assignment linking a user to a role.
 *
 * @param object Always {@code user.role}.
 * @param user Represents an individual {@code user} within an organization.
 * @param role Details about a role that can be assigned through the public Roles API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UserRoleAssignment.Reader.class)
public record UserRoleAssignment(@JsonProperty("object") String object, @JsonProperty("user") User user,
		@JsonProperty("role") Role role, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UserRoleAssignment}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code user.role}.
	 * @param user Represents an individual {@code user} within an organization.
	 * @param role Details about a role that can be assigned through the public Roles API.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UserRoleAssignment {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UserRoleAssignment}.
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
	 * Builds a {@link UserRoleAssignment}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable User user;

		private @Nullable Role role;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "user.role";
		}

		private Builder(UserRoleAssignment source) {
			this.object = source.object();
			this.user = source.user();
			this.role = source.role();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Represents an individual {@code user} within an organization.
		 * @param user the value (required)
		 * @return this builder
		 */
		public Builder user(@Nullable User user) {
			this.user = user;
			return this;
		}

		/**
		 * Details about a role that can be assigned through the public Roles API.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
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
		public UserRoleAssignment build() {
			return new UserRoleAssignment(this.object, Objects.requireNonNull(this.user, "'user' is required"),
					Objects.requireNonNull(this.role, "'role' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UserRoleAssignment} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UserRoleAssignment> {

		Reader() {
			super(UserRoleAssignment.class, "object", "user", "role");
		}

		@Override
		protected UserRoleAssignment create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UserRoleAssignment((String) values[0], (User) values[1], (Role) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UserRoleAssignment} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UserRoleAssignment> {

		Writer() {
			super(UserRoleAssignment.class, "object", "user", "role");
		}

		@Override
		protected @Nullable Object value(UserRoleAssignment record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.user();
				case 2 -> record.role();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UserRoleAssignment record) {
			return record.additionalProperties();
		}

	}
}

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
 * The request body of {@code POST /organization/users/{user_id}}: Modifies a user's role
 * in the organization.
 *
 * @param role {@code owner} or {@code reader}
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UserRoleUpdateRequest.Reader.class)
public record UserRoleUpdateRequest(@JsonProperty("role") UserRoleUpdateRequest.Role role,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UserRoleUpdateRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param role {@code owner} or {@code reader}
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UserRoleUpdateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UserRoleUpdateRequest}.
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
	 * {@code owner} or {@code reader}
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
		 * The value {@code reader}.
		 */
		public static final Role READER = new Role("reader");

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
				case "reader" -> READER;
				default -> new Role(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "owner", "reader" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link UserRoleUpdateRequest}.
	 */
	public static final class Builder {

		private @Nullable Role role;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(UserRoleUpdateRequest source) {
			this.role = source.role();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * {@code owner} or {@code reader}
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * {@code owner} or {@code reader}
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
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
		public UserRoleUpdateRequest build() {
			return new UserRoleUpdateRequest(Objects.requireNonNull(this.role, "'role' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UserRoleUpdateRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UserRoleUpdateRequest> {

		Reader() {
			super(UserRoleUpdateRequest.class, "role");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Role.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected UserRoleUpdateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UserRoleUpdateRequest((Role) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UserRoleUpdateRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UserRoleUpdateRequest> {

		Writer() {
			super(UserRoleUpdateRequest.class, "role");
		}

		@Override
		protected @Nullable Object value(UserRoleUpdateRequest record, int index) {
			return switch (index) {
				case 0 -> record.role();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UserRoleUpdateRequest record) {
			return record.additionalProperties();
		}

	}
}

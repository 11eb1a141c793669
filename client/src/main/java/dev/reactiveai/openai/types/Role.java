// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Details about a role that can be assigned through the public Roles API.
 *
 * @param object Always {@code role}.
 * @param id Identifier for the role.
 * @param name Unique name for the role.
 * @param description Optional description of the role.
 * @param permissions Permissions granted by the role.
 * @param resourceType Resource type the role is bound to (for example
 * {@code api.organization} or {@code api.project}).
 * @param predefinedRole Whether the role is predefined and managed by OpenAI.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Role.Reader.class)
public record Role(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("permissions") List<String> permissions, @JsonProperty("resource_type") String resourceType,
		@JsonProperty("predefined_role") Boolean predefinedRole,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Role}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param object Always {@code role}.
	 * @param id Identifier for the role.
	 * @param name Unique name for the role.
	 * @param description Optional description of the role.
	 * @param permissions Permissions granted by the role.
	 * @param resourceType Resource type the role is bound to (for example
	 * {@code api.organization} or {@code api.project}).
	 * @param predefinedRole Whether the role is predefined and managed by OpenAI.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Role {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Role}.
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
	 * Builds a {@link Role}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable List<String> permissions;

		private @Nullable String resourceType;

		private @Nullable Boolean predefinedRole;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "role";
		}

		private Builder(Role source) {
			this.object = source.object();
			this.id = source.id();
			this.name = source.name();
			this.description = source.description();
			this.permissions = (source.permissions() != null) ? new ArrayList<>(source.permissions()) : null;
			this.resourceType = source.resourceType();
			this.predefinedRole = source.predefinedRole();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the role.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Unique name for the role.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Optional description of the role.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Permissions granted by the role.
		 * <p>
		 * Takes a copy of the list.
		 * @param permissions the value (required)
		 * @return this builder
		 */
		public Builder permissions(@Nullable List<String> permissions) {
			this.permissions = (permissions != null) ? new ArrayList<>(permissions) : null;
			return this;
		}

		/**
		 * Permissions granted by the role.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param permission the item to add
		 * @return this builder
		 */
		public Builder addPermission(String permission) {
			Objects.requireNonNull(permission, "'permission' must not be null");
			if (this.permissions == null) {
				this.permissions = new ArrayList<>();
			}
			this.permissions.add(permission);
			return this;
		}

		/**
		 * Resource type the role is bound to (for example {@code api.organization} or
		 * {@code api.project}).
		 * @param resourceType the value (required)
		 * @return this builder
		 */
		public Builder resourceType(@Nullable String resourceType) {
			this.resourceType = resourceType;
			return this;
		}

		/**
		 * Whether the role is predefined and managed by OpenAI.
		 * @param predefinedRole the value (required)
		 * @return this builder
		 */
		public Builder predefinedRole(@Nullable Boolean predefinedRole) {
			this.predefinedRole = predefinedRole;
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
		public Role build() {
			return new Role(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"), this.description,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.permissions, "'permissions' is required"))),
					Objects.requireNonNull(this.resourceType, "'resourceType' is required"),
					Objects.requireNonNull(this.predefinedRole, "'predefinedRole' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Role} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Role> {

		Reader() {
			super(Role.class, "object", "id", "name", "description", "permissions", "resource_type", "predefined_role");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Role create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Role((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(List<String>) values[4], (String) values[5], (Boolean) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Role} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Role> {

		Writer() {
			super(Role.class, "object", "id", "name", "description", "permissions", "resource_type", "predefined_role");
		}

		@Override
		protected @Nullable Object value(Role record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.description();
				case 4 -> record.permissions();
				case 5 -> record.resourceType();
				case 6 -> record.predefinedRole();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Role record) {
			return record.additionalProperties();
		}

	}
}

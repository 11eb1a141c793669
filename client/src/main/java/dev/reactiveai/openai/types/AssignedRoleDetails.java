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
 * Detailed information about a role assignment entry returned when listing assignments.
 *
 * @param id Identifier for the role.
 * @param name Name of the role.
 * @param permissions Permissions associated with the role.
 * @param resourceType Resource type the role applies to.
 * @param predefinedRole Whether the role is predefined by OpenAI.
 * @param description Description of the role.
 * @param createdAt When the role was created.
 * @param updatedAt When the role was last updated.
 * @param createdBy Identifier of the actor who created the role.
 * @param createdByUserObj User details for the actor that created the role, when
 * available.
 * @param metadata Arbitrary metadata stored on the role.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AssignedRoleDetails.Reader.class)
public record AssignedRoleDetails(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("permissions") List<String> permissions, @JsonProperty("resource_type") String resourceType,
		@JsonProperty("predefined_role") Boolean predefinedRole,
		@JsonProperty("description") @Nullable String description, @JsonProperty("created_at") @Nullable Long createdAt,
		@JsonProperty("updated_at") @Nullable Long updatedAt, @JsonProperty("created_by") @Nullable String createdBy,
		@JsonProperty("created_by_user_obj") @Nullable Map<String, Object> createdByUserObj,
		@JsonProperty("metadata") @Nullable Map<String, Object> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AssignedRoleDetails}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Identifier for the role.
	 * @param name Name of the role.
	 * @param permissions Permissions associated with the role.
	 * @param resourceType Resource type the role applies to.
	 * @param predefinedRole Whether the role is predefined by OpenAI.
	 * @param description Description of the role.
	 * @param createdAt When the role was created.
	 * @param updatedAt When the role was last updated.
	 * @param createdBy Identifier of the actor who created the role.
	 * @param createdByUserObj User details for the actor that created the role, when
	 * available.
	 * @param metadata Arbitrary metadata stored on the role.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AssignedRoleDetails {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AssignedRoleDetails}.
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
	 * Builds a {@link AssignedRoleDetails}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable List<String> permissions;

		private @Nullable String resourceType;

		private @Nullable Boolean predefinedRole;

		private @Nullable String description;

		private @Nullable Long createdAt;

		private @Nullable Long updatedAt;

		private @Nullable String createdBy;

		private @Nullable Map<String, Object> createdByUserObj;

		private @Nullable Map<String, Object> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AssignedRoleDetails source) {
			this.id = source.id();
			this.name = source.name();
			this.permissions = (source.permissions() != null) ? new ArrayList<>(source.permissions()) : null;
			this.resourceType = source.resourceType();
			this.predefinedRole = source.predefinedRole();
			this.description = source.description();
			this.createdAt = source.createdAt();
			this.updatedAt = source.updatedAt();
			this.createdBy = source.createdBy();
			this.createdByUserObj = (source.createdByUserObj() != null) ? new LinkedHashMap<>(source.createdByUserObj())
					: null;
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
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
		 * Name of the role.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Permissions associated with the role.
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
		 * Permissions associated with the role.
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
		 * Resource type the role applies to.
		 * @param resourceType the value (required)
		 * @return this builder
		 */
		public Builder resourceType(@Nullable String resourceType) {
			this.resourceType = resourceType;
			return this;
		}

		/**
		 * Whether the role is predefined by OpenAI.
		 * @param predefinedRole the value (required)
		 * @return this builder
		 */
		public Builder predefinedRole(@Nullable Boolean predefinedRole) {
			this.predefinedRole = predefinedRole;
			return this;
		}

		/**
		 * Description of the role.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * When the role was created.
		 * @param createdAt the value
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * When the role was last updated.
		 * @param updatedAt the value
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable Long updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		/**
		 * Identifier of the actor who created the role.
		 * @param createdBy the value
		 * @return this builder
		 */
		public Builder createdBy(@Nullable String createdBy) {
			this.createdBy = createdBy;
			return this;
		}

		/**
		 * User details for the actor that created the role, when available.
		 * <p>
		 * Takes a copy of the map.
		 * @param createdByUserObj the value
		 * @return this builder
		 */
		public Builder createdByUserObj(@Nullable Map<String, ?> createdByUserObj) {
			this.createdByUserObj = (createdByUserObj != null) ? new LinkedHashMap<>(createdByUserObj) : null;
			return this;
		}

		/**
		 * User details for the actor that created the role, when available.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putCreatedByUserObj(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.createdByUserObj == null) {
				this.createdByUserObj = new LinkedHashMap<>();
			}
			this.createdByUserObj.put(key, value);
			return this;
		}

		/**
		 * Arbitrary metadata stored on the role.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, ?> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Arbitrary metadata stored on the role.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
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
		public AssignedRoleDetails build() {
			return new AssignedRoleDetails(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.permissions, "'permissions' is required"))),
					Objects.requireNonNull(this.resourceType, "'resourceType' is required"),
					Objects.requireNonNull(this.predefinedRole, "'predefinedRole' is required"), this.description,
					this.createdAt, this.updatedAt, this.createdBy,
					(this.createdByUserObj != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.createdByUserObj)) : null,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AssignedRoleDetails} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AssignedRoleDetails> {

		Reader() {
			super(AssignedRoleDetails.class, "id", "name", "permissions", "resource_type", "predefined_role",
					"description", "created_at", "updated_at", "created_by", "created_by_user_obj", "metadata");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected AssignedRoleDetails create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AssignedRoleDetails((String) values[0], (String) values[1], (List<String>) values[2],
					(String) values[3], (Boolean) values[4], (String) values[5], (Long) values[6], (Long) values[7],
					(String) values[8], (Map<String, Object>) values[9], (Map<String, Object>) values[10],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link AssignedRoleDetails} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AssignedRoleDetails> {

		Writer() {
			super(AssignedRoleDetails.class, "id", "name", "permissions", "resource_type", "predefined_role",
					"description", "created_at", "updated_at", "created_by", "created_by_user_obj", "metadata");
		}

		@Override
		protected @Nullable Object value(AssignedRoleDetails record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.name();
				case 2 -> record.permissions();
				case 3 -> record.resourceType();
				case 4 -> record.predefinedRole();
				case 5 -> record.description();
				case 6 -> record.createdAt();
				case 7 -> record.updatedAt();
				case 8 -> record.createdBy();
				case 9 -> record.createdByUserObj();
				case 10 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AssignedRoleDetails record) {
			return record.additionalProperties();
		}

	}
}

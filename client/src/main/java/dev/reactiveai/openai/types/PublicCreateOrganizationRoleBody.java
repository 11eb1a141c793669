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
 * Request payload for creating a custom role.
 *
 * @param roleName Unique name for the role.
 * @param permissions Permissions to grant to the role.
 * @param description Optional description of the role.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = PublicCreateOrganizationRoleBody.Reader.class)
public record PublicCreateOrganizationRoleBody(@JsonProperty("role_name") String roleName,
		@JsonProperty("permissions") List<String> permissions,
		@JsonProperty("description") @Nullable String description,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link PublicCreateOrganizationRoleBody}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param roleName Unique name for the role.
	 * @param permissions Permissions to grant to the role.
	 * @param description Optional description of the role.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public PublicCreateOrganizationRoleBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link PublicCreateOrganizationRoleBody}.
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
	 * Builds a {@link PublicCreateOrganizationRoleBody}.
	 */
	public static final class Builder {

		private @Nullable String roleName;

		private @Nullable List<String> permissions;

		private @Nullable String description;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(PublicCreateOrganizationRoleBody source) {
			this.roleName = source.roleName();
			this.permissions = (source.permissions() != null) ? new ArrayList<>(source.permissions()) : null;
			this.description = source.description();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique name for the role.
		 * @param roleName the value (required)
		 * @return this builder
		 */
		public Builder roleName(@Nullable String roleName) {
			this.roleName = roleName;
			return this;
		}

		/**
		 * Permissions to grant to the role.
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
		 * Permissions to grant to the role.
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
		 * Optional description of the role.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
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
		public PublicCreateOrganizationRoleBody build() {
			return new PublicCreateOrganizationRoleBody(Objects.requireNonNull(this.roleName, "'roleName' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.permissions, "'permissions' is required"))),
					this.description, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link PublicCreateOrganizationRoleBody} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<PublicCreateOrganizationRoleBody> {

		Reader() {
			super(PublicCreateOrganizationRoleBody.class, "role_name", "permissions", "description");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected PublicCreateOrganizationRoleBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new PublicCreateOrganizationRoleBody((String) values[0], (List<String>) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link PublicCreateOrganizationRoleBody} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<PublicCreateOrganizationRoleBody> {

		Writer() {
			super(PublicCreateOrganizationRoleBody.class, "role_name", "permissions", "description");
		}

		@Override
		protected @Nullable Object value(PublicCreateOrganizationRoleBody record, int index) {
			return switch (index) {
				case 0 -> record.roleName();
				case 1 -> record.permissions();
				case 2 -> record.description();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(PublicCreateOrganizationRoleBody record) {
			return record.additionalProperties();
		}

	}
}

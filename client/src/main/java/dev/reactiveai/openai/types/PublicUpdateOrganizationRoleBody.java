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
 * Request payload for updating an existing role.
 *
 * @param permissions Updated set of permissions for the role.
 * @param description New description for the role.
 * @param roleName New name for the role.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = PublicUpdateOrganizationRoleBody.Reader.class)
public record PublicUpdateOrganizationRoleBody(@JsonProperty("permissions") @Nullable List<String> permissions,
		@JsonProperty("description") @Nullable String description, @JsonProperty("role_name") @Nullable String roleName,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link PublicUpdateOrganizationRoleBody}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param permissions Updated set of permissions for the role.
	 * @param description New description for the role.
	 * @param roleName New name for the role.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public PublicUpdateOrganizationRoleBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link PublicUpdateOrganizationRoleBody}.
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
	 * Builds a {@link PublicUpdateOrganizationRoleBody}.
	 */
	public static final class Builder {

		private @Nullable List<String> permissions;

		private @Nullable String description;

		private @Nullable String roleName;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(PublicUpdateOrganizationRoleBody source) {
			this.permissions = (source.permissions() != null) ? new ArrayList<>(source.permissions()) : null;
			this.description = source.description();
			this.roleName = source.roleName();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Updated set of permissions for the role.
		 * <p>
		 * Takes a copy of the list.
		 * @param permissions the value
		 * @return this builder
		 */
		public Builder permissions(@Nullable List<String> permissions) {
			this.permissions = (permissions != null) ? new ArrayList<>(permissions) : null;
			return this;
		}

		/**
		 * Updated set of permissions for the role.
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
		 * New description for the role.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * New name for the role.
		 * @param roleName the value
		 * @return this builder
		 */
		public Builder roleName(@Nullable String roleName) {
			this.roleName = roleName;
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
		public PublicUpdateOrganizationRoleBody build() {
			return new PublicUpdateOrganizationRoleBody(
					(this.permissions != null) ? Collections.unmodifiableList(new ArrayList<>(this.permissions)) : null,
					this.description, this.roleName, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link PublicUpdateOrganizationRoleBody} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<PublicUpdateOrganizationRoleBody> {

		Reader() {
			super(PublicUpdateOrganizationRoleBody.class, "permissions", "description", "role_name");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected PublicUpdateOrganizationRoleBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new PublicUpdateOrganizationRoleBody((List<String>) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link PublicUpdateOrganizationRoleBody} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<PublicUpdateOrganizationRoleBody> {

		Writer() {
			super(PublicUpdateOrganizationRoleBody.class, "permissions", "description", "role_name");
		}

		@Override
		protected @Nullable Object value(PublicUpdateOrganizationRoleBody record, int index) {
			return switch (index) {
				case 0 -> record.permissions();
				case 1 -> record.description();
				case 2 -> record.roleName();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(PublicUpdateOrganizationRoleBody record) {
			return record.additionalProperties();
		}

	}
}

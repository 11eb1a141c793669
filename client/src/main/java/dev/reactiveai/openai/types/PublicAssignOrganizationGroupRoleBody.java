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
 * Request payload for assigning a role to a group or user.
 *
 * @param roleId Identifier of the role to assign.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = PublicAssignOrganizationGroupRoleBody.Reader.class)
public record PublicAssignOrganizationGroupRoleBody(@JsonProperty("role_id") String roleId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link PublicAssignOrganizationGroupRoleBody};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param roleId Identifier of the role to assign.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public PublicAssignOrganizationGroupRoleBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link PublicAssignOrganizationGroupRoleBody}.
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
	 * Builds a {@link PublicAssignOrganizationGroupRoleBody}.
	 */
	public static final class Builder {

		private @Nullable String roleId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(PublicAssignOrganizationGroupRoleBody source) {
			this.roleId = source.roleId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the role to assign.
		 * @param roleId the value (required)
		 * @return this builder
		 */
		public Builder roleId(@Nullable String roleId) {
			this.roleId = roleId;
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
		public PublicAssignOrganizationGroupRoleBody build() {
			return new PublicAssignOrganizationGroupRoleBody(
					Objects.requireNonNull(this.roleId, "'roleId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link PublicAssignOrganizationGroupRoleBody} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<PublicAssignOrganizationGroupRoleBody> {

		Reader() {
			super(PublicAssignOrganizationGroupRoleBody.class, "role_id");
		}

		@Override
		protected PublicAssignOrganizationGroupRoleBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new PublicAssignOrganizationGroupRoleBody((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link PublicAssignOrganizationGroupRoleBody} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<PublicAssignOrganizationGroupRoleBody> {

		Writer() {
			super(PublicAssignOrganizationGroupRoleBody.class, "role_id");
		}

		@Override
		protected @Nullable Object value(PublicAssignOrganizationGroupRoleBody record, int index) {
			return switch (index) {
				case 0 -> record.roleId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(PublicAssignOrganizationGroupRoleBody record) {
			return record.additionalProperties();
		}

	}
}

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
 * Role assignment linking a group to a role.
 *
 * @param object Always {@code group.role}.
 * @param group Summary information about a group returned in role assignment responses.
 * @param role Details about a role that can be assigned through the public Roles API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = GroupRoleAssignment.Reader.class)
public record GroupRoleAssignment(@JsonProperty("object") String object, @JsonProperty("group") Group group,
		@JsonProperty("role") Role role, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link GroupRoleAssignment}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code group.role}.
	 * @param group Summary information about a group returned in role assignment
	 * responses.
	 * @param role Details about a role that can be assigned through the public Roles API.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public GroupRoleAssignment {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link GroupRoleAssignment}.
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
	 * Builds a {@link GroupRoleAssignment}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Group group;

		private @Nullable Role role;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "group.role";
		}

		private Builder(GroupRoleAssignment source) {
			this.object = source.object();
			this.group = source.group();
			this.role = source.role();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Summary information about a group returned in role assignment responses.
		 * @param group the value (required)
		 * @return this builder
		 */
		public Builder group(@Nullable Group group) {
			this.group = group;
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
		public GroupRoleAssignment build() {
			return new GroupRoleAssignment(this.object, Objects.requireNonNull(this.group, "'group' is required"),
					Objects.requireNonNull(this.role, "'role' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link GroupRoleAssignment} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<GroupRoleAssignment> {

		Reader() {
			super(GroupRoleAssignment.class, "object", "group", "role");
		}

		@Override
		protected GroupRoleAssignment create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new GroupRoleAssignment((String) values[0], (Group) values[1], (Role) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link GroupRoleAssignment} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<GroupRoleAssignment> {

		Writer() {
			super(GroupRoleAssignment.class, "object", "group", "role");
		}

		@Override
		protected @Nullable Object value(GroupRoleAssignment record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.group();
				case 2 -> record.role();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(GroupRoleAssignment record) {
			return record.additionalProperties();
		}

	}
}

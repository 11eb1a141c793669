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
 * Details about a group's membership in a project.
 *
 * @param object Always {@code project.group}.
 * @param projectId Identifier of the project.
 * @param groupId Identifier of the group that has access to the project.
 * @param groupName Display name of the group.
 * @param createdAt Unix timestamp (in seconds) when the group was granted project access.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectGroup.Reader.class)
public record ProjectGroup(@JsonProperty("object") String object, @JsonProperty("project_id") String projectId,
		@JsonProperty("group_id") String groupId, @JsonProperty("group_name") String groupName,
		@JsonProperty("created_at") Long createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectGroup}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param object Always {@code project.group}.
	 * @param projectId Identifier of the project.
	 * @param groupId Identifier of the group that has access to the project.
	 * @param groupName Display name of the group.
	 * @param createdAt Unix timestamp (in seconds) when the group was granted project
	 * access.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectGroup {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectGroup}.
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
	 * Builds a {@link ProjectGroup}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String projectId;

		private @Nullable String groupId;

		private @Nullable String groupName;

		private @Nullable Long createdAt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "project.group";
		}

		private Builder(ProjectGroup source) {
			this.object = source.object();
			this.projectId = source.projectId();
			this.groupId = source.groupId();
			this.groupName = source.groupName();
			this.createdAt = source.createdAt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the project.
		 * @param projectId the value (required)
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
			return this;
		}

		/**
		 * Identifier of the group that has access to the project.
		 * @param groupId the value (required)
		 * @return this builder
		 */
		public Builder groupId(@Nullable String groupId) {
			this.groupId = groupId;
			return this;
		}

		/**
		 * Display name of the group.
		 * @param groupName the value (required)
		 * @return this builder
		 */
		public Builder groupName(@Nullable String groupName) {
			this.groupName = groupName;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the group was granted project access.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
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
		public ProjectGroup build() {
			return new ProjectGroup(this.object, Objects.requireNonNull(this.projectId, "'projectId' is required"),
					Objects.requireNonNull(this.groupId, "'groupId' is required"),
					Objects.requireNonNull(this.groupName, "'groupName' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectGroup} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectGroup> {

		Reader() {
			super(ProjectGroup.class, "object", "project_id", "group_id", "group_name", "created_at");
		}

		@Override
		protected ProjectGroup create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ProjectGroup((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectGroup} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectGroup> {

		Writer() {
			super(ProjectGroup.class, "object", "project_id", "group_id", "group_name", "created_at");
		}

		@Override
		protected @Nullable Object value(ProjectGroup record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.projectId();
				case 2 -> record.groupId();
				case 3 -> record.groupName();
				case 4 -> record.createdAt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectGroup record) {
			return record.additionalProperties();
		}

	}
}

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
 * The request body of {@code POST
 * /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}:
 * <strong>NOTE:</strong> Calling this endpoint requires an
 * <a href="../admin-api-keys">admin API key</a>.
 *
 * @param projectIds The project identifiers to grant access to.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateFineTuningCheckpointPermissionRequest.Reader.class)
public record CreateFineTuningCheckpointPermissionRequest(@JsonProperty("project_ids") List<String> projectIds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateFineTuningCheckpointPermissionRequest};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param projectIds The project identifiers to grant access to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateFineTuningCheckpointPermissionRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateFineTuningCheckpointPermissionRequest}.
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
	 * Builds a {@link CreateFineTuningCheckpointPermissionRequest}.
	 */
	public static final class Builder {

		private @Nullable List<String> projectIds;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateFineTuningCheckpointPermissionRequest source) {
			this.projectIds = (source.projectIds() != null) ? new ArrayList<>(source.projectIds()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The project identifiers to grant access to.
		 * <p>
		 * Takes a copy of the list.
		 * @param projectIds the value (required)
		 * @return this builder
		 */
		public Builder projectIds(@Nullable List<String> projectIds) {
			this.projectIds = (projectIds != null) ? new ArrayList<>(projectIds) : null;
			return this;
		}

		/**
		 * The project identifiers to grant access to.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param projectId the item to add
		 * @return this builder
		 */
		public Builder addProjectId(String projectId) {
			Objects.requireNonNull(projectId, "'projectId' must not be null");
			if (this.projectIds == null) {
				this.projectIds = new ArrayList<>();
			}
			this.projectIds.add(projectId);
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
		public CreateFineTuningCheckpointPermissionRequest build() {
			return new CreateFineTuningCheckpointPermissionRequest(
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.projectIds, "'projectIds' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateFineTuningCheckpointPermissionRequest} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateFineTuningCheckpointPermissionRequest> {

		Reader() {
			super(CreateFineTuningCheckpointPermissionRequest.class, "project_ids");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateFineTuningCheckpointPermissionRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateFineTuningCheckpointPermissionRequest((List<String>) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateFineTuningCheckpointPermissionRequest} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateFineTuningCheckpointPermissionRequest> {

		Writer() {
			super(CreateFineTuningCheckpointPermissionRequest.class, "project_ids");
		}

		@Override
		protected @Nullable Object value(CreateFineTuningCheckpointPermissionRequest record, int index) {
			return switch (index) {
				case 0 -> record.projectIds();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateFineTuningCheckpointPermissionRequest record) {
			return record.additionalProperties();
		}

	}
}

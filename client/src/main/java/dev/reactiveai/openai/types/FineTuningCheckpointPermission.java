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
 * The {@code checkpoint.permission} object represents a permission for a fine-tuned model
 * checkpoint.
 *
 * @param id The permission identifier, which can be referenced in the API endpoints.
 * @param createdAt The Unix timestamp (in seconds) for when the permission was created.
 * @param projectId The project identifier that the permission is for.
 * @param object The object type, which is always "checkpoint.permission".
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuningCheckpointPermission.Reader.class)
public record FineTuningCheckpointPermission(@JsonProperty("id") String id, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("project_id") String projectId, @JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuningCheckpointPermission}, filling in {@code object} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The permission identifier, which can be referenced in the API endpoints.
	 * @param createdAt The Unix timestamp (in seconds) for when the permission was
	 * created.
	 * @param projectId The project identifier that the permission is for.
	 * @param object The object type, which is always "checkpoint.permission".
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuningCheckpointPermission {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuningCheckpointPermission}.
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
	 * Builds a {@link FineTuningCheckpointPermission}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Long createdAt;

		private @Nullable String projectId;

		private @Nullable String object;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "checkpoint.permission";
		}

		private Builder(FineTuningCheckpointPermission source) {
			this.id = source.id();
			this.createdAt = source.createdAt();
			this.projectId = source.projectId();
			this.object = source.object();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The permission identifier, which can be referenced in the API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the permission was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The project identifier that the permission is for.
		 * @param projectId the value (required)
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
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
		public FineTuningCheckpointPermission build() {
			return new FineTuningCheckpointPermission(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.projectId, "'projectId' is required"), this.object,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuningCheckpointPermission} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuningCheckpointPermission> {

		Reader() {
			super(FineTuningCheckpointPermission.class, "id", "created_at", "project_id", "object");
		}

		@Override
		protected FineTuningCheckpointPermission create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuningCheckpointPermission((String) values[0], (Long) values[1], (String) values[2],
					(String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuningCheckpointPermission} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuningCheckpointPermission> {

		Writer() {
			super(FineTuningCheckpointPermission.class, "id", "created_at", "project_id", "object");
		}

		@Override
		protected @Nullable Object value(FineTuningCheckpointPermission record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.createdAt();
				case 2 -> record.projectId();
				case 3 -> record.object();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuningCheckpointPermission record) {
			return record.additionalProperties();
		}

	}
}

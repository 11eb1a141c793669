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
 * The response of {@code DELETE
 * /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}}:
 * <strong>NOTE:</strong> This endpoint requires an <a href="../admin-api-keys">admin API
 * key</a>.
 *
 * @param id The ID of the fine-tuned model checkpoint permission that was deleted.
 * @param object The object type, which is always "checkpoint.permission".
 * @param deleted Whether the fine-tuned model checkpoint permission was successfully
 * deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DeleteFineTuningCheckpointPermissionResponse.Reader.class)
public record DeleteFineTuningCheckpointPermissionResponse(@JsonProperty("id") String id,
		@JsonProperty("object") String object, @JsonProperty("deleted") Boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DeleteFineTuningCheckpointPermissionResponse}, filling in
	 * {@code object} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param id The ID of the fine-tuned model checkpoint permission that was deleted.
	 * @param object The object type, which is always "checkpoint.permission".
	 * @param deleted Whether the fine-tuned model checkpoint permission was successfully
	 * deleted.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DeleteFineTuningCheckpointPermissionResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DeleteFineTuningCheckpointPermissionResponse}.
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
	 * Builds a {@link DeleteFineTuningCheckpointPermissionResponse}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "checkpoint.permission";
		}

		private Builder(DeleteFineTuningCheckpointPermissionResponse source) {
			this.id = source.id();
			this.object = source.object();
			this.deleted = source.deleted();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the fine-tuned model checkpoint permission that was deleted.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Whether the fine-tuned model checkpoint permission was successfully deleted.
		 * @param deleted the value (required)
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
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
		public DeleteFineTuningCheckpointPermissionResponse build() {
			return new DeleteFineTuningCheckpointPermissionResponse(Objects.requireNonNull(this.id, "'id' is required"),
					this.object, Objects.requireNonNull(this.deleted, "'deleted' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DeleteFineTuningCheckpointPermissionResponse} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DeleteFineTuningCheckpointPermissionResponse> {

		Reader() {
			super(DeleteFineTuningCheckpointPermissionResponse.class, "id", "object", "deleted");
		}

		@Override
		protected DeleteFineTuningCheckpointPermissionResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DeleteFineTuningCheckpointPermissionResponse((String) values[0], (String) values[1],
					(Boolean) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link DeleteFineTuningCheckpointPermissionResponse} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DeleteFineTuningCheckpointPermissionResponse> {

		Writer() {
			super(DeleteFineTuningCheckpointPermissionResponse.class, "id", "object", "deleted");
		}

		@Override
		protected @Nullable Object value(DeleteFineTuningCheckpointPermissionResponse record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.deleted();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DeleteFineTuningCheckpointPermissionResponse record) {
			return record.additionalProperties();
		}

	}
}

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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The query parameters of {@code GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints}:
 * List checkpoints for a fine-tuning job.
 *
 * @param after Identifier for the last checkpoint ID from the previous pagination
 * request.
 * @param limit Number of checkpoints to retrieve.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuningJobsCheckpointsListParams.Reader.class)
public record FineTuningJobsCheckpointsListParams(@JsonProperty("after") @Nullable String after,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuningJobsCheckpointsListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param after Identifier for the last checkpoint ID from the previous pagination
	 * request.
	 * @param limit Number of checkpoints to retrieve.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuningJobsCheckpointsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuningJobsCheckpointsListParams}.
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
	 * Builds a {@link FineTuningJobsCheckpointsListParams}.
	 */
	public static final class Builder {

		private @Nullable String after;

		private @Nullable Long limit;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuningJobsCheckpointsListParams source) {
			this.after = source.after();
			this.limit = source.limit();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the last checkpoint ID from the previous pagination request.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Number of checkpoints to retrieve.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
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
		public FineTuningJobsCheckpointsListParams build() {
			return new FineTuningJobsCheckpointsListParams(this.after, this.limit, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuningJobsCheckpointsListParams} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuningJobsCheckpointsListParams> {

		Reader() {
			super(FineTuningJobsCheckpointsListParams.class, "after", "limit");
		}

		@Override
		protected FineTuningJobsCheckpointsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuningJobsCheckpointsListParams((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuningJobsCheckpointsListParams} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuningJobsCheckpointsListParams> {

		Writer() {
			super(FineTuningJobsCheckpointsListParams.class, "after", "limit");
		}

		@Override
		protected @Nullable Object value(FineTuningJobsCheckpointsListParams record, int index) {
			return switch (index) {
				case 0 -> record.after();
				case 1 -> record.limit();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuningJobsCheckpointsListParams record) {
			return record.additionalProperties();
		}

	}
}

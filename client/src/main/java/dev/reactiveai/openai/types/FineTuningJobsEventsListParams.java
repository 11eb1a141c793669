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
 * The query parameters of {@code GET /fine_tuning/jobs/{fine_tuning_job_id}/events}: Get
 * status updates for a fine-tuning job.
 *
 * @param after Identifier for the last event from the previous pagination request.
 * @param limit Number of events to retrieve.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuningJobsEventsListParams.Reader.class)
public record FineTuningJobsEventsListParams(@JsonProperty("after") @Nullable String after,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuningJobsEventsListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param after Identifier for the last event from the previous pagination request.
	 * @param limit Number of events to retrieve.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuningJobsEventsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuningJobsEventsListParams}.
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
	 * Builds a {@link FineTuningJobsEventsListParams}.
	 */
	public static final class Builder {

		private @Nullable String after;

		private @Nullable Long limit;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuningJobsEventsListParams source) {
			this.after = source.after();
			this.limit = source.limit();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the last event from the previous pagination request.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Number of events to retrieve.
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
		public FineTuningJobsEventsListParams build() {
			return new FineTuningJobsEventsListParams(this.after, this.limit, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuningJobsEventsListParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuningJobsEventsListParams> {

		Reader() {
			super(FineTuningJobsEventsListParams.class, "after", "limit");
		}

		@Override
		protected FineTuningJobsEventsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuningJobsEventsListParams((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuningJobsEventsListParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuningJobsEventsListParams> {

		Writer() {
			super(FineTuningJobsEventsListParams.class, "after", "limit");
		}

		@Override
		protected @Nullable Object value(FineTuningJobsEventsListParams record, int index) {
			return switch (index) {
				case 0 -> record.after();
				case 1 -> record.limit();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuningJobsEventsListParams record) {
			return record.additionalProperties();
		}

	}
}

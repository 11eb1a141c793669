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
 * The request body of {@code POST
 * /organization/projects/{project_id}/rate_limits/{rate_limit_id}}: Updates a project
 * rate limit.
 *
 * @param maxRequestsPer1Minute The maximum requests per minute.
 * @param maxTokensPer1Minute The maximum tokens per minute.
 * @param maxImagesPer1Minute The maximum images per minute. Only relevant for certain
 * models.
 * @param maxAudioMegabytesPer1Minute The maximum audio megabytes per minute. Only
 * relevant for certain models.
 * @param maxRequestsPer1Day The maximum requests per day. Only relevant for certain
 * models.
 * @param batch1DayMaxInputTokens The maximum batch input tokens per day. Only relevant
 * for certain models.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectRateLimitUpdateRequest.Reader.class)
public record ProjectRateLimitUpdateRequest(
		@JsonProperty("max_requests_per_1_minute") @Nullable Long maxRequestsPer1Minute,
		@JsonProperty("max_tokens_per_1_minute") @Nullable Long maxTokensPer1Minute,
		@JsonProperty("max_images_per_1_minute") @Nullable Long maxImagesPer1Minute,
		@JsonProperty("max_audio_megabytes_per_1_minute") @Nullable Long maxAudioMegabytesPer1Minute,
		@JsonProperty("max_requests_per_1_day") @Nullable Long maxRequestsPer1Day,
		@JsonProperty("batch_1_day_max_input_tokens") @Nullable Long batch1DayMaxInputTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectRateLimitUpdateRequest}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param maxRequestsPer1Minute The maximum requests per minute.
	 * @param maxTokensPer1Minute The maximum tokens per minute.
	 * @param maxImagesPer1Minute The maximum images per minute.
	 * @param maxAudioMegabytesPer1Minute The maximum audio megabytes per minute.
	 * @param maxRequestsPer1Day The maximum requests per day.
	 * @param batch1DayMaxInputTokens The maximum batch input tokens per day.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectRateLimitUpdateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectRateLimitUpdateRequest}.
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
	 * Builds a {@link ProjectRateLimitUpdateRequest}.
	 */
	public static final class Builder {

		private @Nullable Long maxRequestsPer1Minute;

		private @Nullable Long maxTokensPer1Minute;

		private @Nullable Long maxImagesPer1Minute;

		private @Nullable Long maxAudioMegabytesPer1Minute;

		private @Nullable Long maxRequestsPer1Day;

		private @Nullable Long batch1DayMaxInputTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ProjectRateLimitUpdateRequest source) {
			this.maxRequestsPer1Minute = source.maxRequestsPer1Minute();
			this.maxTokensPer1Minute = source.maxTokensPer1Minute();
			this.maxImagesPer1Minute = source.maxImagesPer1Minute();
			this.maxAudioMegabytesPer1Minute = source.maxAudioMegabytesPer1Minute();
			this.maxRequestsPer1Day = source.maxRequestsPer1Day();
			this.batch1DayMaxInputTokens = source.batch1DayMaxInputTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The maximum requests per minute.
		 * @param maxRequestsPer1Minute the value
		 * @return this builder
		 */
		public Builder maxRequestsPer1Minute(@Nullable Long maxRequestsPer1Minute) {
			this.maxRequestsPer1Minute = maxRequestsPer1Minute;
			return this;
		}

		/**
		 * The maximum tokens per minute.
		 * @param maxTokensPer1Minute the value
		 * @return this builder
		 */
		public Builder maxTokensPer1Minute(@Nullable Long maxTokensPer1Minute) {
			this.maxTokensPer1Minute = maxTokensPer1Minute;
			return this;
		}

		/**
		 * The maximum images per minute.
		 * @param maxImagesPer1Minute the value
		 * @return this builder
		 */
		public Builder maxImagesPer1Minute(@Nullable Long maxImagesPer1Minute) {
			this.maxImagesPer1Minute = maxImagesPer1Minute;
			return this;
		}

		/**
		 * The maximum audio megabytes per minute.
		 * @param maxAudioMegabytesPer1Minute the value
		 * @return this builder
		 */
		public Builder maxAudioMegabytesPer1Minute(@Nullable Long maxAudioMegabytesPer1Minute) {
			this.maxAudioMegabytesPer1Minute = maxAudioMegabytesPer1Minute;
			return this;
		}

		/**
		 * The maximum requests per day.
		 * @param maxRequestsPer1Day the value
		 * @return this builder
		 */
		public Builder maxRequestsPer1Day(@Nullable Long maxRequestsPer1Day) {
			this.maxRequestsPer1Day = maxRequestsPer1Day;
			return this;
		}

		/**
		 * The maximum batch input tokens per day.
		 * @param batch1DayMaxInputTokens the value
		 * @return this builder
		 */
		public Builder batch1DayMaxInputTokens(@Nullable Long batch1DayMaxInputTokens) {
			this.batch1DayMaxInputTokens = batch1DayMaxInputTokens;
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
		public ProjectRateLimitUpdateRequest build() {
			return new ProjectRateLimitUpdateRequest(this.maxRequestsPer1Minute, this.maxTokensPer1Minute,
					this.maxImagesPer1Minute, this.maxAudioMegabytesPer1Minute, this.maxRequestsPer1Day,
					this.batch1DayMaxInputTokens, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectRateLimitUpdateRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectRateLimitUpdateRequest> {

		Reader() {
			super(ProjectRateLimitUpdateRequest.class, "max_requests_per_1_minute", "max_tokens_per_1_minute",
					"max_images_per_1_minute", "max_audio_megabytes_per_1_minute", "max_requests_per_1_day",
					"batch_1_day_max_input_tokens");
		}

		@Override
		protected ProjectRateLimitUpdateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ProjectRateLimitUpdateRequest((Long) values[0], (Long) values[1], (Long) values[2],
					(Long) values[3], (Long) values[4], (Long) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectRateLimitUpdateRequest} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectRateLimitUpdateRequest> {

		Writer() {
			super(ProjectRateLimitUpdateRequest.class, "max_requests_per_1_minute", "max_tokens_per_1_minute",
					"max_images_per_1_minute", "max_audio_megabytes_per_1_minute", "max_requests_per_1_day",
					"batch_1_day_max_input_tokens");
		}

		@Override
		protected @Nullable Object value(ProjectRateLimitUpdateRequest record, int index) {
			return switch (index) {
				case 0 -> record.maxRequestsPer1Minute();
				case 1 -> record.maxTokensPer1Minute();
				case 2 -> record.maxImagesPer1Minute();
				case 3 -> record.maxAudioMegabytesPer1Minute();
				case 4 -> record.maxRequestsPer1Day();
				case 5 -> record.batch1DayMaxInputTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectRateLimitUpdateRequest record) {
			return record.additionalProperties();
		}

	}
}

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
 * Represents a project rate limit config.
 *
 * @param object The object type, which is always {@code project.rate_limit}
 * @param id The identifier, which can be referenced in API endpoints.
 * @param model The model this rate limit applies to.
 * @param maxRequestsPer1Minute The maximum requests per minute.
 * @param maxTokensPer1Minute The maximum tokens per minute.
 * @param maxImagesPer1Minute The maximum images per minute. Only present for relevant
 * models.
 * @param maxAudioMegabytesPer1Minute The maximum audio megabytes per minute. Only present
 * for relevant models.
 * @param maxRequestsPer1Day The maximum requests per day. Only present for relevant
 * models.
 * @param batch1DayMaxInputTokens The maximum batch input tokens per day. Only present for
 * relevant models.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectRateLimit.Reader.class)
public record ProjectRateLimit(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("model") String model, @JsonProperty("max_requests_per_1_minute") Long maxRequestsPer1Minute,
		@JsonProperty("max_tokens_per_1_minute") Long maxTokensPer1Minute,
		@JsonProperty("max_images_per_1_minute") @Nullable Long maxImagesPer1Minute,
		@JsonProperty("max_audio_megabytes_per_1_minute") @Nullable Long maxAudioMegabytesPer1Minute,
		@JsonProperty("max_requests_per_1_day") @Nullable Long maxRequestsPer1Day,
		@JsonProperty("batch_1_day_max_input_tokens") @Nullable Long batch1DayMaxInputTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectRateLimit}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The object type, which is always {@code project.rate_limit}
	 * @param id The identifier, which can be referenced in API endpoints.
	 * @param model The model this rate limit applies to.
	 * @param maxRequestsPer1Minute The maximum requests per minute.
	 * @param maxTokensPer1Minute The maximum tokens per minute.
	 * @param maxImagesPer1Minute The maximum images per minute.
	 * @param maxAudioMegabytesPer1Minute The maximum audio megabytes per minute.
	 * @param maxRequestsPer1Day The maximum requests per day.
	 * @param batch1DayMaxInputTokens The maximum batch input tokens per day.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectRateLimit {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectRateLimit}.
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
	 * Builds a {@link ProjectRateLimit}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String model;

		private @Nullable Long maxRequestsPer1Minute;

		private @Nullable Long maxTokensPer1Minute;

		private @Nullable Long maxImagesPer1Minute;

		private @Nullable Long maxAudioMegabytesPer1Minute;

		private @Nullable Long maxRequestsPer1Day;

		private @Nullable Long batch1DayMaxInputTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "project.rate_limit";
		}

		private Builder(ProjectRateLimit source) {
			this.object = source.object();
			this.id = source.id();
			this.model = source.model();
			this.maxRequestsPer1Minute = source.maxRequestsPer1Minute();
			this.maxTokensPer1Minute = source.maxTokensPer1Minute();
			this.maxImagesPer1Minute = source.maxImagesPer1Minute();
			this.maxAudioMegabytesPer1Minute = source.maxAudioMegabytesPer1Minute();
			this.maxRequestsPer1Day = source.maxRequestsPer1Day();
			this.batch1DayMaxInputTokens = source.batch1DayMaxInputTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The model this rate limit applies to.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * The maximum requests per minute.
		 * @param maxRequestsPer1Minute the value (required)
		 * @return this builder
		 */
		public Builder maxRequestsPer1Minute(@Nullable Long maxRequestsPer1Minute) {
			this.maxRequestsPer1Minute = maxRequestsPer1Minute;
			return this;
		}

		/**
		 * The maximum tokens per minute.
		 * @param maxTokensPer1Minute the value (required)
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
		public ProjectRateLimit build() {
			return new ProjectRateLimit(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.model, "'model' is required"),
					Objects.requireNonNull(this.maxRequestsPer1Minute, "'maxRequestsPer1Minute' is required"),
					Objects.requireNonNull(this.maxTokensPer1Minute, "'maxTokensPer1Minute' is required"),
					this.maxImagesPer1Minute, this.maxAudioMegabytesPer1Minute, this.maxRequestsPer1Day,
					this.batch1DayMaxInputTokens, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectRateLimit} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectRateLimit> {

		Reader() {
			super(ProjectRateLimit.class, "object", "id", "model", "max_requests_per_1_minute",
					"max_tokens_per_1_minute", "max_images_per_1_minute", "max_audio_megabytes_per_1_minute",
					"max_requests_per_1_day", "batch_1_day_max_input_tokens");
		}

		@Override
		protected ProjectRateLimit create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ProjectRateLimit((String) values[0], (String) values[1], (String) values[2], (Long) values[3],
					(Long) values[4], (Long) values[5], (Long) values[6], (Long) values[7], (Long) values[8],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectRateLimit} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectRateLimit> {

		Writer() {
			super(ProjectRateLimit.class, "object", "id", "model", "max_requests_per_1_minute",
					"max_tokens_per_1_minute", "max_images_per_1_minute", "max_audio_megabytes_per_1_minute",
					"max_requests_per_1_day", "batch_1_day_max_input_tokens");
		}

		@Override
		protected @Nullable Object value(ProjectRateLimit record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.model();
				case 3 -> record.maxRequestsPer1Minute();
				case 4 -> record.maxTokensPer1Minute();
				case 5 -> record.maxImagesPer1Minute();
				case 6 -> record.maxAudioMegabytesPer1Minute();
				case 7 -> record.maxRequestsPer1Day();
				case 8 -> record.batch1DayMaxInputTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectRateLimit record) {
			return record.additionalProperties();
		}

	}
}

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
 * An object with {@code id}, {@code seek}, {@code start}, {@code end}, {@code text},
 * {@code tokens}, {@code temperature} and 3 more.
 *
 * @param id Unique identifier of the segment.
 * @param seek Seek offset of the segment.
 * @param start Start time of the segment in seconds.
 * @param end End time of the segment in seconds.
 * @param text Text content of the segment.
 * @param tokens Array of token IDs for the text content.
 * @param temperature Temperature parameter used for generating the segment.
 * @param avgLogprob Average logprob of the segment. If the value is lower than -1,
 * consider the logprobs failed.
 * @param compressionRatio Compression ratio of the segment. If the value is greater than
 * 2.4, consider the compression failed.
 * @param noSpeechProb Probability of no speech in the segment. If the value is higher
 * than 1.0 and the {@code avg_logprob} is below -1, consider this segment silent.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TranscriptionSegment.Reader.class)
public record TranscriptionSegment(@JsonProperty("id") Long id, @JsonProperty("seek") Long seek,
		@JsonProperty("start") Double start, @JsonProperty("end") Double end, @JsonProperty("text") String text,
		@JsonProperty("tokens") List<Long> tokens, @JsonProperty("temperature") Double temperature,
		@JsonProperty("avg_logprob") Double avgLogprob, @JsonProperty("compression_ratio") Double compressionRatio,
		@JsonProperty("no_speech_prob") Double noSpeechProb,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link TranscriptionSegment}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Unique identifier of the segment.
	 * @param seek Seek offset of the segment.
	 * @param start Start time of the segment in seconds.
	 * @param end End time of the segment in seconds.
	 * @param text Text content of the segment.
	 * @param tokens Array of token IDs for the text content.
	 * @param temperature Temperature parameter used for generating the segment.
	 * @param avgLogprob Average logprob of the segment.
	 * @param compressionRatio Compression ratio of the segment.
	 * @param noSpeechProb Probability of no speech in the segment.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TranscriptionSegment {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TranscriptionSegment}.
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
	 * Builds a {@link TranscriptionSegment}.
	 */
	public static final class Builder {

		private @Nullable Long id;

		private @Nullable Long seek;

		private @Nullable Double start;

		private @Nullable Double end;

		private @Nullable String text;

		private @Nullable List<Long> tokens;

		private @Nullable Double temperature;

		private @Nullable Double avgLogprob;

		private @Nullable Double compressionRatio;

		private @Nullable Double noSpeechProb;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(TranscriptionSegment source) {
			this.id = source.id();
			this.seek = source.seek();
			this.start = source.start();
			this.end = source.end();
			this.text = source.text();
			this.tokens = (source.tokens() != null) ? new ArrayList<>(source.tokens()) : null;
			this.temperature = source.temperature();
			this.avgLogprob = source.avgLogprob();
			this.compressionRatio = source.compressionRatio();
			this.noSpeechProb = source.noSpeechProb();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier of the segment.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable Long id) {
			this.id = id;
			return this;
		}

		/**
		 * Seek offset of the segment.
		 * @param seek the value (required)
		 * @return this builder
		 */
		public Builder seek(@Nullable Long seek) {
			this.seek = seek;
			return this;
		}

		/**
		 * Start time of the segment in seconds.
		 * @param start the value (required)
		 * @return this builder
		 */
		public Builder start(@Nullable Double start) {
			this.start = start;
			return this;
		}

		/**
		 * End time of the segment in seconds.
		 * @param end the value (required)
		 * @return this builder
		 */
		public Builder end(@Nullable Double end) {
			this.end = end;
			return this;
		}

		/**
		 * Text content of the segment.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * Array of token IDs for the text content.
		 * <p>
		 * Takes a copy of the list.
		 * @param tokens the value (required)
		 * @return this builder
		 */
		public Builder tokens(@Nullable List<Long> tokens) {
			this.tokens = (tokens != null) ? new ArrayList<>(tokens) : null;
			return this;
		}

		/**
		 * Array of token IDs for the text content.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param token the item to add
		 * @return this builder
		 */
		public Builder addToken(Long token) {
			Objects.requireNonNull(token, "'token' must not be null");
			if (this.tokens == null) {
				this.tokens = new ArrayList<>();
			}
			this.tokens.add(token);
			return this;
		}

		/**
		 * Temperature parameter used for generating the segment.
		 * @param temperature the value (required)
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Average logprob of the segment.
		 * @param avgLogprob the value (required)
		 * @return this builder
		 */
		public Builder avgLogprob(@Nullable Double avgLogprob) {
			this.avgLogprob = avgLogprob;
			return this;
		}

		/**
		 * Compression ratio of the segment.
		 * @param compressionRatio the value (required)
		 * @return this builder
		 */
		public Builder compressionRatio(@Nullable Double compressionRatio) {
			this.compressionRatio = compressionRatio;
			return this;
		}

		/**
		 * Probability of no speech in the segment.
		 * @param noSpeechProb the value (required)
		 * @return this builder
		 */
		public Builder noSpeechProb(@Nullable Double noSpeechProb) {
			this.noSpeechProb = noSpeechProb;
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
		public TranscriptionSegment build() {
			return new TranscriptionSegment(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.seek, "'seek' is required"),
					Objects.requireNonNull(this.start, "'start' is required"),
					Objects.requireNonNull(this.end, "'end' is required"),
					Objects.requireNonNull(this.text, "'text' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tokens, "'tokens' is required"))),
					Objects.requireNonNull(this.temperature, "'temperature' is required"),
					Objects.requireNonNull(this.avgLogprob, "'avgLogprob' is required"),
					Objects.requireNonNull(this.compressionRatio, "'compressionRatio' is required"),
					Objects.requireNonNull(this.noSpeechProb, "'noSpeechProb' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TranscriptionSegment} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TranscriptionSegment> {

		Reader() {
			super(TranscriptionSegment.class, "id", "seek", "start", "end", "text", "tokens", "temperature",
					"avg_logprob", "compression_ratio", "no_speech_prob");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected TranscriptionSegment create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TranscriptionSegment((Long) values[0], (Long) values[1], (Double) values[2], (Double) values[3],
					(String) values[4], (List<Long>) values[5], (Double) values[6], (Double) values[7],
					(Double) values[8], (Double) values[9], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TranscriptionSegment} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TranscriptionSegment> {

		Writer() {
			super(TranscriptionSegment.class, "id", "seek", "start", "end", "text", "tokens", "temperature",
					"avg_logprob", "compression_ratio", "no_speech_prob");
		}

		@Override
		protected @Nullable Object value(TranscriptionSegment record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.seek();
				case 2 -> record.start();
				case 3 -> record.end();
				case 4 -> record.text();
				case 5 -> record.tokens();
				case 6 -> record.temperature();
				case 7 -> record.avgLogprob();
				case 8 -> record.compressionRatio();
				case 9 -> record.noSpeechProb();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TranscriptionSegment record) {
			return record.additionalProperties();
		}

	}
}

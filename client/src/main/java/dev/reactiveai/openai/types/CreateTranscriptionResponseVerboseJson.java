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
 * Represents a verbose json transcription response returned by model, based on the
 * provided input.
 *
 * @param language The language of the input audio.
 * @param duration The duration of the input audio.
 * @param text The transcribed text.
 * @param words Extracted words and their corresponding timestamps.
 * @param segments Segments of the transcribed text and their corresponding details.
 * @param usage Usage statistics for models billed by audio input duration.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateTranscriptionResponseVerboseJson.Reader.class)
public record CreateTranscriptionResponseVerboseJson(@JsonProperty("language") String language,
		@JsonProperty("duration") Double duration, @JsonProperty("text") String text,
		@JsonProperty("words") @Nullable List<TranscriptionWord> words,
		@JsonProperty("segments") @Nullable List<TranscriptionSegment> segments,
		@JsonProperty("usage") @Nullable TranscriptTextUsageDuration usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AudioTranscriptionsCreateResponse {

	/**
	 * Creates a {@link CreateTranscriptionResponseVerboseJson};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param language The language of the input audio.
	 * @param duration The duration of the input audio.
	 * @param text The transcribed text.
	 * @param words Extracted words and their corresponding timestamps.
	 * @param segments Segments of the transcribed text and their corresponding details.
	 * @param usage Usage statistics for models billed by audio input duration.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateTranscriptionResponseVerboseJson {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateTranscriptionResponseVerboseJson}.
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
	 * Builds a {@link CreateTranscriptionResponseVerboseJson}.
	 */
	public static final class Builder {

		private @Nullable String language;

		private @Nullable Double duration;

		private @Nullable String text;

		private @Nullable List<TranscriptionWord> words;

		private @Nullable List<TranscriptionSegment> segments;

		private @Nullable TranscriptTextUsageDuration usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateTranscriptionResponseVerboseJson source) {
			this.language = source.language();
			this.duration = source.duration();
			this.text = source.text();
			this.words = (source.words() != null) ? new ArrayList<>(source.words()) : null;
			this.segments = (source.segments() != null) ? new ArrayList<>(source.segments()) : null;
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The language of the input audio.
		 * @param language the value (required)
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * The duration of the input audio.
		 * @param duration the value (required)
		 * @return this builder
		 */
		public Builder duration(@Nullable Double duration) {
			this.duration = duration;
			return this;
		}

		/**
		 * The transcribed text.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * Extracted words and their corresponding timestamps.
		 * <p>
		 * Takes a copy of the list.
		 * @param words the value
		 * @return this builder
		 */
		public Builder words(@Nullable List<TranscriptionWord> words) {
			this.words = (words != null) ? new ArrayList<>(words) : null;
			return this;
		}

		/**
		 * Extracted words and their corresponding timestamps.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param word the item to add
		 * @return this builder
		 */
		public Builder addWord(TranscriptionWord word) {
			Objects.requireNonNull(word, "'word' must not be null");
			if (this.words == null) {
				this.words = new ArrayList<>();
			}
			this.words.add(word);
			return this;
		}

		/**
		 * Segments of the transcribed text and their corresponding details.
		 * <p>
		 * Takes a copy of the list.
		 * @param segments the value
		 * @return this builder
		 */
		public Builder segments(@Nullable List<TranscriptionSegment> segments) {
			this.segments = (segments != null) ? new ArrayList<>(segments) : null;
			return this;
		}

		/**
		 * Segments of the transcribed text and their corresponding details.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param segment the item to add
		 * @return this builder
		 */
		public Builder addSegment(TranscriptionSegment segment) {
			Objects.requireNonNull(segment, "'segment' must not be null");
			if (this.segments == null) {
				this.segments = new ArrayList<>();
			}
			this.segments.add(segment);
			return this;
		}

		/**
		 * Usage statistics for models billed by audio input duration.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable TranscriptTextUsageDuration usage) {
			this.usage = usage;
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
		public CreateTranscriptionResponseVerboseJson build() {
			return new CreateTranscriptionResponseVerboseJson(
					Objects.requireNonNull(this.language, "'language' is required"),
					Objects.requireNonNull(this.duration, "'duration' is required"),
					Objects.requireNonNull(this.text, "'text' is required"),
					(this.words != null) ? Collections.unmodifiableList(new ArrayList<>(this.words)) : null,
					(this.segments != null) ? Collections.unmodifiableList(new ArrayList<>(this.segments)) : null,
					this.usage, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateTranscriptionResponseVerboseJson} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateTranscriptionResponseVerboseJson> {

		Reader() {
			super(CreateTranscriptionResponseVerboseJson.class, "language", "duration", "text", "words", "segments",
					"usage");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateTranscriptionResponseVerboseJson create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateTranscriptionResponseVerboseJson((String) values[0], (Double) values[1],
					(String) values[2], (List<TranscriptionWord>) values[3], (List<TranscriptionSegment>) values[4],
					(TranscriptTextUsageDuration) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateTranscriptionResponseVerboseJson} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateTranscriptionResponseVerboseJson> {

		Writer() {
			super(CreateTranscriptionResponseVerboseJson.class, "language", "duration", "text", "words", "segments",
					"usage");
		}

		@Override
		protected @Nullable Object value(CreateTranscriptionResponseVerboseJson record, int index) {
			return switch (index) {
				case 0 -> record.language();
				case 1 -> record.duration();
				case 2 -> record.text();
				case 3 -> record.words();
				case 4 -> record.segments();
				case 5 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateTranscriptionResponseVerboseJson record) {
			return record.additionalProperties();
		}

	}
}

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
 * A segment of diarized transcript text with speaker metadata.
 *
 * @param type The type of the segment. Always {@code transcript.text.segment}.
 * @param id Unique identifier for the segment.
 * @param start Start timestamp of the segment in seconds.
 * @param end End timestamp of the segment in seconds.
 * @param text Transcript text for this segment.
 * @param speaker Speaker label for this segment. When known speakers are provided, the
 * label matches {@code known_speaker_names[]}. Otherwise speakers are labeled
 * sequentially using capital letters ({@code A}, {@code B}, ...).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TranscriptionDiarizedSegment.Reader.class)
public record TranscriptionDiarizedSegment(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("start") Double start, @JsonProperty("end") Double end, @JsonProperty("text") String text,
		@JsonProperty("speaker") String speaker,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link TranscriptionDiarizedSegment}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the segment.
	 * @param id Unique identifier for the segment.
	 * @param start Start timestamp of the segment in seconds.
	 * @param end End timestamp of the segment in seconds.
	 * @param text Transcript text for this segment.
	 * @param speaker Speaker label for this segment.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TranscriptionDiarizedSegment {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TranscriptionDiarizedSegment}.
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
	 * Builds a {@link TranscriptionDiarizedSegment}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable Double start;

		private @Nullable Double end;

		private @Nullable String text;

		private @Nullable String speaker;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "transcript.text.segment";
		}

		private Builder(TranscriptionDiarizedSegment source) {
			this.type = source.type();
			this.id = source.id();
			this.start = source.start();
			this.end = source.end();
			this.text = source.text();
			this.speaker = source.speaker();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the segment.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Start timestamp of the segment in seconds.
		 * @param start the value (required)
		 * @return this builder
		 */
		public Builder start(@Nullable Double start) {
			this.start = start;
			return this;
		}

		/**
		 * End timestamp of the segment in seconds.
		 * @param end the value (required)
		 * @return this builder
		 */
		public Builder end(@Nullable Double end) {
			this.end = end;
			return this;
		}

		/**
		 * Transcript text for this segment.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * Speaker label for this segment.
		 * @param speaker the value (required)
		 * @return this builder
		 */
		public Builder speaker(@Nullable String speaker) {
			this.speaker = speaker;
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
		public TranscriptionDiarizedSegment build() {
			return new TranscriptionDiarizedSegment(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.start, "'start' is required"),
					Objects.requireNonNull(this.end, "'end' is required"),
					Objects.requireNonNull(this.text, "'text' is required"),
					Objects.requireNonNull(this.speaker, "'speaker' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TranscriptionDiarizedSegment} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TranscriptionDiarizedSegment> {

		Reader() {
			super(TranscriptionDiarizedSegment.class, "type", "id", "start", "end", "text", "speaker");
		}

		@Override
		protected TranscriptionDiarizedSegment create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TranscriptionDiarizedSegment((String) values[0], (String) values[1], (Double) values[2],
					(Double) values[3], (String) values[4], (String) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TranscriptionDiarizedSegment} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TranscriptionDiarizedSegment> {

		Writer() {
			super(TranscriptionDiarizedSegment.class, "type", "id", "start", "end", "text", "speaker");
		}

		@Override
		protected @Nullable Object value(TranscriptionDiarizedSegment record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.start();
				case 3 -> record.end();
				case 4 -> record.text();
				case 5 -> record.speaker();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TranscriptionDiarizedSegment record) {
			return record.additionalProperties();
		}

	}
}

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
 * An object with {@code word}, {@code start} and {@code end}.
 *
 * @param word The text content of the word.
 * @param start Start time of the word in seconds.
 * @param end End time of the word in seconds.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TranscriptionWord.Reader.class)
public record TranscriptionWord(@JsonProperty("word") String word, @JsonProperty("start") Double start,
		@JsonProperty("end") Double end, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link TranscriptionWord}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param word The text content of the word.
	 * @param start Start time of the word in seconds.
	 * @param end End time of the word in seconds.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TranscriptionWord {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TranscriptionWord}.
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
	 * Builds a {@link TranscriptionWord}.
	 */
	public static final class Builder {

		private @Nullable String word;

		private @Nullable Double start;

		private @Nullable Double end;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(TranscriptionWord source) {
			this.word = source.word();
			this.start = source.start();
			this.end = source.end();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The text content of the word.
		 * @param word the value (required)
		 * @return this builder
		 */
		public Builder word(@Nullable String word) {
			this.word = word;
			return this;
		}

		/**
		 * Start time of the word in seconds.
		 * @param start the value (required)
		 * @return this builder
		 */
		public Builder start(@Nullable Double start) {
			this.start = start;
			return this;
		}

		/**
		 * End time of the word in seconds.
		 * @param end the value (required)
		 * @return this builder
		 */
		public Builder end(@Nullable Double end) {
			this.end = end;
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
		public TranscriptionWord build() {
			return new TranscriptionWord(Objects.requireNonNull(this.word, "'word' is required"),
					Objects.requireNonNull(this.start, "'start' is required"),
					Objects.requireNonNull(this.end, "'end' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TranscriptionWord} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TranscriptionWord> {

		Reader() {
			super(TranscriptionWord.class, "word", "start", "end");
		}

		@Override
		protected TranscriptionWord create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TranscriptionWord((String) values[0], (Double) values[1], (Double) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link TranscriptionWord} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TranscriptionWord> {

		Writer() {
			super(TranscriptionWord.class, "word", "start", "end");
		}

		@Override
		protected @Nullable Object value(TranscriptionWord record, int index) {
			return switch (index) {
				case 0 -> record.word();
				case 1 -> record.start();
				case 2 -> record.end();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TranscriptionWord record) {
			return record.additionalProperties();
		}

	}
}

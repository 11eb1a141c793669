// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code model}, {@code language} and {@code prompt}.
 *
 * @param model The model to use for transcription. Current options are {@code whisper-1},
 * {@code gpt-4o-mini-transcribe}, {@code gpt-4o-mini-transcribe-2025-12-15},
 * {@code gpt-4o-transcribe}, and {@code gpt-4o-transcribe-diarize}. Use
 * {@code gpt-4o-transcribe-diarize} when you need diarization with speaker labels.
 * @param language The language of the input audio. Supplying the input language in
 * <a href="https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes">ISO-639-1</a> (e.g.
 * {@code en}) format will improve accuracy and latency.
 * @param prompt An optional text to guide the model's style or continue a previous audio
 * segment. For {@code whisper-1}, the
 * <a href="https://platform.openai.com/docs/guides/speech-to-text#prompting">prompt is a
 * list of keywords</a>. For {@code gpt-4o-transcribe} models (excluding
 * {@code gpt-4o-transcribe-diarize}), the prompt is a free text string, for example
 * "expect words related to technology".
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AudioTranscription.Reader.class)
public record AudioTranscription(@JsonProperty("model") AudioTranscription.@Nullable Model model,
		@JsonProperty("language") @Nullable String language, @JsonProperty("prompt") @Nullable String prompt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AudioTranscription}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param model The model to use for transcription.
	 * @param language The language of the input audio.
	 * @param prompt An optional text to guide the model's style or continue a previous
	 * audio segment.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AudioTranscription {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AudioTranscription}.
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
	 * The model to use for transcription. Current options are {@code whisper-1},
	 * {@code gpt-4o-mini-transcribe}, {@code gpt-4o-mini-transcribe-2025-12-15},
	 * {@code gpt-4o-transcribe}, and {@code gpt-4o-transcribe-diarize}. Use
	 * {@code gpt-4o-transcribe-diarize} when you need diarization with speaker labels.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code whisper-1}.
		 */
		public static final Model WHISPER_1 = new Model("whisper-1");

		/**
		 * The value {@code gpt-4o-mini-transcribe}.
		 */
		public static final Model GPT_4O_MINI_TRANSCRIBE = new Model("gpt-4o-mini-transcribe");

		/**
		 * The value {@code gpt-4o-mini-transcribe-2025-12-15}.
		 */
		public static final Model GPT_4O_MINI_TRANSCRIBE_2025_12_15 = new Model("gpt-4o-mini-transcribe-2025-12-15");

		/**
		 * The value {@code gpt-4o-transcribe}.
		 */
		public static final Model GPT_4O_TRANSCRIBE = new Model("gpt-4o-transcribe");

		/**
		 * The value {@code gpt-4o-transcribe-diarize}.
		 */
		public static final Model GPT_4O_TRANSCRIBE_DIARIZE = new Model("gpt-4o-transcribe-diarize");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "whisper-1" -> WHISPER_1;
				case "gpt-4o-mini-transcribe" -> GPT_4O_MINI_TRANSCRIBE;
				case "gpt-4o-mini-transcribe-2025-12-15" -> GPT_4O_MINI_TRANSCRIBE_2025_12_15;
				case "gpt-4o-transcribe" -> GPT_4O_TRANSCRIBE;
				case "gpt-4o-transcribe-diarize" -> GPT_4O_TRANSCRIBE_DIARIZE;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "whisper-1", "gpt-4o-mini-transcribe", "gpt-4o-mini-transcribe-2025-12-15", "gpt-4o-transcribe",
						"gpt-4o-transcribe-diarize" ->
					true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link AudioTranscription}.
	 */
	public static final class Builder {

		private @Nullable Model model;

		private @Nullable String language;

		private @Nullable String prompt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AudioTranscription source) {
			this.model = source.model();
			this.language = source.language();
			this.prompt = source.prompt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The model to use for transcription.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * The model to use for transcription.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * The language of the input audio.
		 * @param language the value
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * An optional text to guide the model's style or continue a previous audio
		 * segment.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
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
		public AudioTranscription build() {
			return new AudioTranscription(this.model, this.language, this.prompt, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AudioTranscription} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AudioTranscription> {

		Reader() {
			super(AudioTranscription.class, "model", "language", "prompt");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Model.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected AudioTranscription create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AudioTranscription((Model) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link AudioTranscription} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AudioTranscription> {

		Writer() {
			super(AudioTranscription.class, "model", "language", "prompt");
		}

		@Override
		protected @Nullable Object value(AudioTranscription record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.language();
				case 2 -> record.prompt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AudioTranscription record) {
			return record.additionalProperties();
		}

	}
}

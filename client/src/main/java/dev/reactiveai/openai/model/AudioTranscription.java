// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * @param model The model to use for transcription.
 * @param language The language of the input audio.
 * @param prompt An optional text to guide the model's style or continue a previous audio
 * segment.
 * @param additionalProperties properties that this version of the client does not know
 */
public record AudioTranscription(@JsonProperty("model") AudioTranscription.@Nullable Model model,
		@JsonProperty("language") @Nullable String language, @JsonProperty("prompt") @Nullable String prompt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public AudioTranscription {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link AudioTranscription}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The model to use for transcription. Current options are `whisper-1`,
	 * `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`,
	 * and `gpt-4o-transcribe-diarize`. Use `gpt-4o-transcribe-diarize` when you need
	 * diarization with speaker labels.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		public static final Model WHISPER_1 = new Model("whisper-1");

		public static final Model GPT_4O_MINI_TRANSCRIBE = new Model("gpt-4o-mini-transcribe");

		public static final Model GPT_4O_MINI_TRANSCRIBE_2025_12_15 = new Model("gpt-4o-mini-transcribe-2025-12-15");

		public static final Model GPT_4O_TRANSCRIBE = new Model("gpt-4o-transcribe");

		public static final Model GPT_4O_TRANSCRIBE_DIARIZE = new Model("gpt-4o-transcribe-diarize");

		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
		 * Set {@code model}: The model to use for transcription. Current options are
		 * `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`,
		 * `gpt-4o-transcribe`, and `gpt-4o-transcribe-diarize`. Use
		 * `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code model} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * Set {@code language}: The language of the input audio. Supplying the input
		 * language in [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes)
		 * (e.g. `en`) format will improve accuracy and latency.
		 * @param language the value
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * Set {@code prompt}: An optional text to guide the model's style or continue a
		 * previous audio segment. For `whisper-1`, the [prompt is a list of
		 * keywords](/docs/guides/speech-to-text#prompting). For `gpt-4o-transcribe`
		 * models (excluding `gpt-4o-transcribe-diarize`), the prompt is a free text
		 * string, for example "expect words related to technology".
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
}

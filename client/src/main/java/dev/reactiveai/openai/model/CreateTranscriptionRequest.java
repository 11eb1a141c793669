// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * @param file The audio file object (not file name) to transcribe, in one of these
 * formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
 * @param model ID of the model to use.
 * @param language The language of the input audio.
 * @param prompt An optional text to guide the model's style or continue a previous audio
 * segment.
 * @param responseFormat The format of the output, in one of these options: `json`,
 * `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`.
 * @param temperature The sampling temperature, between 0 and 1.
 * @param include Additional information to include in the transcription response.
 * @param timestampGranularities The timestamp granularities to populate for this
 * transcription.
 * @param stream the {@code stream} property
 * @param chunkingStrategy the {@code chunking_strategy} property
 * @param knownSpeakerNames Optional list of speaker names that correspond to the audio
 * samples provided in `known_speaker_references[]`.
 * @param knownSpeakerReferences Optional list of audio samples (as [data
 * URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs)) that
 * contain known speaker references matching `known_speaker_names[]`.
 * @param additionalProperties properties that this version of the client does not know
 */
public record CreateTranscriptionRequest(@JsonProperty("file") UploadFile file,
		@JsonProperty("model") CreateTranscriptionRequest.Model model,
		@JsonProperty("language") @Nullable String language, @JsonProperty("prompt") @Nullable String prompt,
		@JsonProperty("response_format") @Nullable AudioResponseFormat responseFormat,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("include") @Nullable List<TranscriptionInclude> include,
		@JsonProperty("timestamp_granularities") @Nullable List<CreateTranscriptionRequest.TimestampGranularitiesItem> timestampGranularities,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonProperty("chunking_strategy") CreateTranscriptionRequest.@Nullable ChunkingStrategy chunkingStrategy,
		@JsonProperty("known_speaker_names") @Nullable List<String> knownSpeakerNames,
		@JsonProperty("known_speaker_references") @Nullable List<String> knownSpeakerReferences,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public CreateTranscriptionRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CreateTranscriptionRequest}.
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
	 * ID of the model to use. The options are `gpt-4o-transcribe`,
	 * `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1` (which
	 * is powered by our open source Whisper V2 model), and `gpt-4o-transcribe-diarize`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		public static final Model WHISPER_1 = new Model("whisper-1");

		public static final Model GPT_4O_TRANSCRIBE = new Model("gpt-4o-transcribe");

		public static final Model GPT_4O_MINI_TRANSCRIBE = new Model("gpt-4o-mini-transcribe");

		public static final Model GPT_4O_MINI_TRANSCRIBE_2025_12_15 = new Model("gpt-4o-mini-transcribe-2025-12-15");

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
				case "gpt-4o-transcribe" -> GPT_4O_TRANSCRIBE;
				case "gpt-4o-mini-transcribe" -> GPT_4O_MINI_TRANSCRIBE;
				case "gpt-4o-mini-transcribe-2025-12-15" -> GPT_4O_MINI_TRANSCRIBE_2025_12_15;
				case "gpt-4o-transcribe-diarize" -> GPT_4O_TRANSCRIBE_DIARIZE;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "whisper-1", "gpt-4o-transcribe", "gpt-4o-mini-transcribe", "gpt-4o-mini-transcribe-2025-12-15",
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
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record TimestampGranularitiesItem(@JsonValue String value) {
		public static final TimestampGranularitiesItem WORD = new TimestampGranularitiesItem("word");

		public static final TimestampGranularitiesItem SEGMENT = new TimestampGranularitiesItem("segment");

		public TimestampGranularitiesItem {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static TimestampGranularitiesItem of(String value) {
			return switch (value) {
				case "word" -> WORD;
				case "segment" -> SEGMENT;
				default -> new TimestampGranularitiesItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "word", "segment" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Controls how the audio is cut into chunks. When set to `"auto"`, the server first
	 * normalizes loudness and then uses voice activity detection (VAD) to choose
	 * boundaries. `server_vad` object can be provided to tweak VAD detection parameters
	 * manually. If unset, the audio is transcribed as a single block. Required when using
	 * `gpt-4o-transcribe-diarize` for inputs longer than 30 seconds.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ChunkingStrategy.Deserializer.class)
	public sealed interface ChunkingStrategy permits ChunkingStrategy.ItemValue, VadConfig, ChunkingStrategy.Unknown {

		/**
		 * Automatically set chunking parameters based on the audio. Must be set to
		 * `"auto"`.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Item(@JsonValue String value) {
			public static final Item AUTO = new Item("auto");

			public Item {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 */
			@JsonCreator
			public static Item of(String value) {
				return switch (value) {
					case "auto" -> AUTO;
					default -> new Item(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "auto" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * A {@link ChunkingStrategy} that is a {@code Item}.
		 *
		 * @param value the value
		 */
		record ItemValue(@JsonValue Item value) implements ChunkingStrategy {
			public ItemValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link ChunkingStrategy} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ChunkingStrategy, UnknownVariant {
		}

		/**
		 * Reads a {@link ChunkingStrategy} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ChunkingStrategy> {

			public Deserializer() {
				super(UnionDeserializer.<ChunkingStrategy>variants(Unknown::new)
					.object(VadConfig.class,
							VariantShape.declaring("type", "prefix_padding_ms", "silence_duration_ms", "threshold")
								.requiring("type"))
					.string(Item.class, ItemValue::new));
			}

		}

	}

	/**
	 * Builds a {@link CreateTranscriptionRequest}.
	 */
	public static final class Builder {

		private @Nullable UploadFile file;

		private @Nullable Model model;

		private @Nullable String language;

		private @Nullable String prompt;

		private @Nullable AudioResponseFormat responseFormat;

		private @Nullable Double temperature;

		private @Nullable List<TranscriptionInclude> include;

		private @Nullable List<TimestampGranularitiesItem> timestampGranularities;

		private @Nullable Boolean stream;

		private @Nullable ChunkingStrategy chunkingStrategy;

		private @Nullable List<String> knownSpeakerNames;

		private @Nullable List<String> knownSpeakerReferences;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateTranscriptionRequest source) {
			this.file = source.file();
			this.model = source.model();
			this.language = source.language();
			this.prompt = source.prompt();
			this.responseFormat = source.responseFormat();
			this.temperature = source.temperature();
			this.include = source.include();
			this.timestampGranularities = source.timestampGranularities();
			this.stream = source.stream();
			this.chunkingStrategy = source.chunkingStrategy();
			this.knownSpeakerNames = source.knownSpeakerNames();
			this.knownSpeakerReferences = source.knownSpeakerReferences();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code file}: The audio file object (not file name) to transcribe, in one
		 * of these formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
		 * @param file the value (required)
		 * @return this builder
		 */
		public Builder file(@Nullable UploadFile file) {
			this.file = file;
			return this;
		}

		/**
		 * Set {@code model}: ID of the model to use. The options are `gpt-4o-transcribe`,
		 * `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `whisper-1`
		 * (which is powered by our open source Whisper V2 model), and
		 * `gpt-4o-transcribe-diarize`.
		 * @param model the value (required)
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
		 * previous audio segment. The [prompt](/docs/guides/speech-to-text#prompting)
		 * should match the audio language. This field is not supported when using
		 * `gpt-4o-transcribe-diarize`.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Set {@code response_format}: The format of the output, in one of these options:
		 * `json`, `text`, `srt`, `verbose_json`, `vtt`, or `diarized_json`. For
		 * `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`, the only supported format is
		 * `json`. For `gpt-4o-transcribe-diarize`, the supported formats are `json`,
		 * `text`, and `diarized_json`, with `diarized_json` required to receive speaker
		 * annotations.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable AudioResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Set {@code response_format} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(String value) {
			return responseFormat(AudioResponseFormat.of(value));
		}

		/**
		 * Set {@code temperature}: The sampling temperature, between 0 and 1. Higher
		 * values like 0.8 will make the output more random, while lower values like 0.2
		 * will make it more focused and deterministic. If set to 0, the model will use
		 * [log probability](https://en.wikipedia.org/wiki/Log_probability) to
		 * automatically increase the temperature until certain thresholds are hit.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set {@code include}: Additional information to include in the transcription
		 * response. `logprobs` will return the log probabilities of the tokens in the
		 * response to understand the model's confidence in the transcription. `logprobs`
		 * only works with response_format set to `json` and only with the models
		 * `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`, and
		 * `gpt-4o-mini-transcribe-2025-12-15`. This field is not supported when using
		 * `gpt-4o-transcribe-diarize`.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<TranscriptionInclude> include) {
			this.include = include;
			return this;
		}

		/**
		 * Set {@code timestamp_granularities}: The timestamp granularities to populate
		 * for this transcription. `response_format` must be set `verbose_json` to use
		 * timestamp granularities. Either or both of these options are supported: `word`,
		 * or `segment`. Note: There is no additional latency for segment timestamps, but
		 * generating word timestamps incurs additional latency. This option is not
		 * available for `gpt-4o-transcribe-diarize`.
		 * @param timestampGranularities the value
		 * @return this builder
		 */
		public Builder timestampGranularities(@Nullable List<TimestampGranularitiesItem> timestampGranularities) {
			this.timestampGranularities = timestampGranularities;
			return this;
		}

		/**
		 * Set {@code stream}.
		 * @param stream the value
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		/**
		 * Set {@code chunking_strategy}.
		 * @param chunkingStrategy the value
		 * @return this builder
		 */
		public Builder chunkingStrategy(@Nullable ChunkingStrategy chunkingStrategy) {
			this.chunkingStrategy = chunkingStrategy;
			return this;
		}

		/**
		 * Set {@code chunking_strategy} to a {@link ChunkingStrategy.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder chunkingStrategy(ChunkingStrategy.Item value) {
			return chunkingStrategy(new ChunkingStrategy.ItemValue(value));
		}

		/**
		 * Set {@code known_speaker_names}: Optional list of speaker names that correspond
		 * to the audio samples provided in `known_speaker_references[]`. Each entry
		 * should be a short identifier (for example `customer` or `agent`). Up to 4
		 * speakers are supported.
		 * @param knownSpeakerNames the value
		 * @return this builder
		 */
		public Builder knownSpeakerNames(@Nullable List<String> knownSpeakerNames) {
			this.knownSpeakerNames = knownSpeakerNames;
			return this;
		}

		/**
		 * Set {@code known_speaker_references}: Optional list of audio samples (as [data
		 * URLs](https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs))
		 * that contain known speaker references matching `known_speaker_names[]`. Each
		 * sample must be between 2 and 10 seconds, and can use any of the same input
		 * audio formats supported by `file`.
		 * @param knownSpeakerReferences the value
		 * @return this builder
		 */
		public Builder knownSpeakerReferences(@Nullable List<String> knownSpeakerReferences) {
			this.knownSpeakerReferences = knownSpeakerReferences;
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
		public CreateTranscriptionRequest build() {
			return new CreateTranscriptionRequest(Objects.requireNonNull(this.file, "'file' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.language, this.prompt,
					this.responseFormat, this.temperature, this.include, this.timestampGranularities, this.stream,
					this.chunkingStrategy, this.knownSpeakerNames, this.knownSpeakerReferences,
					this.additionalProperties);
		}

	}
}

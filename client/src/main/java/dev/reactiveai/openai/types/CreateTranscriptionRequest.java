// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /audio/transcriptions}: Transcribes audio into the
 * input language.
 *
 * @param file The audio file object (not file name) to transcribe, in one of these
 * formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
 * @param model ID of the model to use. The options are {@code gpt-4o-transcribe},
 * {@code gpt-4o-mini-transcribe}, {@code gpt-4o-mini-transcribe-2025-12-15},
 * {@code whisper-1} (which is powered by our open source Whisper V2 model), and
 * {@code gpt-4o-transcribe-diarize}.
 * @param language The language of the input audio. Supplying the input language in
 * <a href="https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes">ISO-639-1</a> (e.g.
 * {@code en}) format will improve accuracy and latency.
 * @param prompt An optional text to guide the model's style or continue a previous audio
 * segment. The
 * <a href="https://platform.openai.com/docs/guides/speech-to-text#prompting">prompt</a>
 * should match the audio language. This field is not supported when using
 * {@code gpt-4o-transcribe-diarize}.
 * @param responseFormat The format of the output, in one of these options: {@code json},
 * {@code text}, {@code srt}, {@code verbose_json}, {@code vtt}, or {@code diarized_json}.
 * For {@code gpt-4o-transcribe} and {@code gpt-4o-mini-transcribe}, the only supported
 * format is {@code json}. For {@code gpt-4o-transcribe-diarize}, the supported formats
 * are {@code json}, {@code text}, and {@code diarized_json}, with {@code diarized_json}
 * required to receive speaker annotations.
 * @param temperature The sampling temperature, between 0 and 1. Higher values like 0.8
 * will make the output more random, while lower values like 0.2 will make it more focused
 * and deterministic. If set to 0, the model will use
 * <a href="https://en.wikipedia.org/wiki/Log_probability">log probability</a> to
 * automatically increase the temperature until certain thresholds are hit.
 * @param include Additional information to include in the transcription response.
 * {@code logprobs} will return the log probabilities of the tokens in the response to
 * understand the model's confidence in the transcription. {@code logprobs} only works
 * with response_format set to {@code json} and only with the models
 * {@code gpt-4o-transcribe}, {@code gpt-4o-mini-transcribe}, and
 * {@code gpt-4o-mini-transcribe-2025-12-15}. This field is not supported when using
 * {@code gpt-4o-transcribe-diarize}.
 * @param timestampGranularities The timestamp granularities to populate for this
 * transcription. {@code response_format} must be set {@code verbose_json} to use
 * timestamp granularities. Either or both of these options are supported: {@code word},
 * or {@code segment}. Note: There is no additional latency for segment timestamps, but
 * generating word timestamps incurs additional latency. This option is not available for
 * {@code gpt-4o-transcribe-diarize}.
 * @param stream If set to true, the model response data will be streamed to the client as
 * it is generated using <a href=
 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
 * events</a>. See the <a href=
 * "https://platform.openai.com/docs/guides/speech-to-text?lang=curl#streaming-transcriptions">Streaming
 * section of the Speech-to-Text guide</a> for more information.
 * <p>
 * Note: Streaming is not supported for the {@code whisper-1} model and will be ignored.
 * @param chunkingStrategy Controls how the audio is cut into chunks. When set to
 * {@code "auto"}, the server first normalizes loudness and then uses voice activity
 * detection (VAD) to choose boundaries. {@code server_vad} object can be provided to
 * tweak VAD detection parameters manually. If unset, the audio is transcribed as a single
 * block. Required when using {@code gpt-4o-transcribe-diarize} for inputs longer than 30
 * seconds.
 * @param knownSpeakerNames Optional list of speaker names that correspond to the audio
 * samples provided in {@code known_speaker_references[]}. Each entry should be a short
 * identifier (for example {@code customer} or {@code agent}). Up to 4 speakers are
 * supported.
 * @param knownSpeakerReferences Optional list of audio samples (as <a href=
 * "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs">data
 * URLs</a>) that contain known speaker references matching {@code known_speaker_names[]}.
 * Each sample must be between 2 and 10 seconds, and can use any of the same input audio
 * formats supported by {@code file}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateTranscriptionRequest.Reader.class)
public record CreateTranscriptionRequest(@JsonProperty("file") UploadFile file,
		@JsonProperty("model") CreateTranscriptionRequest.Model model,
		@JsonProperty("language") @Nullable String language, @JsonProperty("prompt") @Nullable String prompt,
		@JsonProperty("response_format") @Nullable AudioResponseFormat responseFormat,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("include") @Nullable List<TranscriptionInclude> include,
		@JsonProperty("timestamp_granularities") @Nullable List<CreateTranscriptionRequest.TimestampGranularity> timestampGranularities,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonProperty("chunking_strategy") CreateTranscriptionRequest.@Nullable ChunkingStrategy chunkingStrategy,
		@JsonProperty("known_speaker_names") @Nullable List<String> knownSpeakerNames,
		@JsonProperty("known_speaker_references") @Nullable List<String> knownSpeakerReferences,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateTranscriptionRequest}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param file The audio file object (not file name) to transcribe, in one of these
	 * formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
	 * @param model ID of the model to use.
	 * @param language The language of the input audio.
	 * @param prompt An optional text to guide the model's style or continue a previous
	 * audio segment.
	 * @param responseFormat The format of the output, in one of these options:
	 * {@code json}, {@code text}, {@code srt}, {@code verbose_json}, {@code vtt}, or
	 * {@code diarized_json}.
	 * @param temperature The sampling temperature, between 0 and 1.
	 * @param include Additional information to include in the transcription response.
	 * @param timestampGranularities The timestamp granularities to populate for this
	 * transcription.
	 * @param stream If set to true, the model response data will be streamed to the
	 * client as it is generated using <a href=
	 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
	 * events</a>.
	 * @param chunkingStrategy Controls how the audio is cut into chunks.
	 * @param knownSpeakerNames Optional list of speaker names that correspond to the
	 * audio samples provided in {@code known_speaker_references[]}.
	 * @param knownSpeakerReferences Optional list of audio samples (as <a href=
	 * "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs">data
	 * URLs</a>) that contain known speaker references matching
	 * {@code known_speaker_names[]}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateTranscriptionRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateTranscriptionRequest}.
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
	 * ID of the model to use. The options are {@code gpt-4o-transcribe},
	 * {@code gpt-4o-mini-transcribe}, {@code gpt-4o-mini-transcribe-2025-12-15},
	 * {@code whisper-1} (which is powered by our open source Whisper V2 model), and
	 * {@code gpt-4o-transcribe-diarize}.
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
		 * The value {@code gpt-4o-transcribe}.
		 */
		public static final Model GPT_4O_TRANSCRIBE = new Model("gpt-4o-transcribe");

		/**
		 * The value {@code gpt-4o-mini-transcribe}.
		 */
		public static final Model GPT_4O_MINI_TRANSCRIBE = new Model("gpt-4o-mini-transcribe");

		/**
		 * The value {@code gpt-4o-mini-transcribe-2025-12-15}.
		 */
		public static final Model GPT_4O_MINI_TRANSCRIBE_2025_12_15 = new Model("gpt-4o-mini-transcribe-2025-12-15");

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
				case "gpt-4o-transcribe" -> GPT_4O_TRANSCRIBE;
				case "gpt-4o-mini-transcribe" -> GPT_4O_MINI_TRANSCRIBE;
				case "gpt-4o-mini-transcribe-2025-12-15" -> GPT_4O_MINI_TRANSCRIBE_2025_12_15;
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
	 * An item of a {@link CreateTranscriptionRequest}'s {@code timestamp_granularities}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record TimestampGranularity(@JsonValue String value) {
		/**
		 * The value {@code word}.
		 */
		public static final TimestampGranularity WORD = new TimestampGranularity("word");

		/**
		 * The value {@code segment}.
		 */
		public static final TimestampGranularity SEGMENT = new TimestampGranularity("segment");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public TimestampGranularity {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static TimestampGranularity of(String value) {
			return switch (value) {
				case "word" -> WORD;
				case "segment" -> SEGMENT;
				default -> new TimestampGranularity(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
	 * Controls how the audio is cut into chunks. When set to {@code "auto"}, the server
	 * first normalizes loudness and then uses voice activity detection (VAD) to choose
	 * boundaries. {@code server_vad} object can be provided to tweak VAD detection
	 * parameters manually. If unset, the audio is transcribed as a single block. Required
	 * when using {@code gpt-4o-transcribe-diarize} for inputs longer than 30 seconds.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ChunkingStrategy.Deserializer.class)
	public sealed interface ChunkingStrategy permits ChunkingStrategy.AutoValue, VadConfig, ChunkingStrategy.Unknown {

		/**
		 * Automatically set chunking parameters based on the audio. Must be set to
		 * {@code "auto"}.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Auto(@JsonValue String value) {
			/**
			 * The value {@code auto}.
			 */
			public static final Auto AUTO = new Auto("auto");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Auto {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Auto of(String value) {
				return switch (value) {
					case "auto" -> AUTO;
					default -> new Auto(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
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
		 * A {@link ChunkingStrategy} that is a {@code Auto}.
		 *
		 * @param value the value
		 */
		record AutoValue(@JsonValue Auto value) implements ChunkingStrategy {
			/**
			 * Creates a {@link AutoValue}, rejecting a null value.
			 * @param value the value
			 */
			public AutoValue {
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

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ChunkingStrategy>variants(Unknown::new)
					.object(VadConfig.class,
							VariantShape.declaring("type", "prefix_padding_ms", "silence_duration_ms", "threshold")
								.requiring("type"))
					.string(Auto.class, AutoValue::new));
			}

		}

	}

	/**
	 * Builds a {@link CreateTranscriptionRequest}.
	 * <p>
	 * {@code stream} is set by the service's call, which decides whether to stream.
	 */
	public static final class Builder {

		private @Nullable UploadFile file;

		private @Nullable Model model;

		private @Nullable String language;

		private @Nullable String prompt;

		private @Nullable AudioResponseFormat responseFormat;

		private @Nullable Double temperature;

		private @Nullable List<TranscriptionInclude> include;

		private @Nullable List<TimestampGranularity> timestampGranularities;

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
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.timestampGranularities = (source.timestampGranularities() != null)
					? new ArrayList<>(source.timestampGranularities()) : null;
			this.chunkingStrategy = source.chunkingStrategy();
			this.knownSpeakerNames = (source.knownSpeakerNames() != null) ? new ArrayList<>(source.knownSpeakerNames())
					: null;
			this.knownSpeakerReferences = (source.knownSpeakerReferences() != null)
					? new ArrayList<>(source.knownSpeakerReferences()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The audio file object (not file name) to transcribe, in one of these formats:
		 * flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
		 * @param file the value (required)
		 * @return this builder
		 */
		public Builder file(@Nullable UploadFile file) {
			this.file = file;
			return this;
		}

		/**
		 * ID of the model to use.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * ID of the model to use.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
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
		 * The format of the output, in one of these options: {@code json}, {@code text},
		 * {@code srt}, {@code verbose_json}, {@code vtt}, or {@code diarized_json}.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable AudioResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * The format of the output, in one of these options: {@code json}, {@code text},
		 * {@code srt}, {@code verbose_json}, {@code vtt}, or {@code diarized_json}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(String value) {
			return responseFormat(AudioResponseFormat.of(value));
		}

		/**
		 * The sampling temperature, between 0 and 1.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Additional information to include in the transcription response.
		 * <p>
		 * Takes a copy of the list.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<TranscriptionInclude> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		/**
		 * Additional information to include in the transcription response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param include the item to add
		 * @return this builder
		 */
		public Builder addInclude(TranscriptionInclude include) {
			Objects.requireNonNull(include, "'include' must not be null");
			if (this.include == null) {
				this.include = new ArrayList<>();
			}
			this.include.add(include);
			return this;
		}

		/**
		 * Additional information to include in the transcription response.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addInclude(String value) {
			return addInclude(TranscriptionInclude.of(value));
		}

		/**
		 * The timestamp granularities to populate for this transcription.
		 * <p>
		 * Takes a copy of the list.
		 * @param timestampGranularities the value
		 * @return this builder
		 */
		public Builder timestampGranularities(@Nullable List<TimestampGranularity> timestampGranularities) {
			this.timestampGranularities = (timestampGranularities != null) ? new ArrayList<>(timestampGranularities)
					: null;
			return this;
		}

		/**
		 * The timestamp granularities to populate for this transcription.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param timestampGranularity the item to add
		 * @return this builder
		 */
		public Builder addTimestampGranularity(TimestampGranularity timestampGranularity) {
			Objects.requireNonNull(timestampGranularity, "'timestampGranularity' must not be null");
			if (this.timestampGranularities == null) {
				this.timestampGranularities = new ArrayList<>();
			}
			this.timestampGranularities.add(timestampGranularity);
			return this;
		}

		/**
		 * The timestamp granularities to populate for this transcription.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addTimestampGranularity(String value) {
			return addTimestampGranularity(TimestampGranularity.of(value));
		}

		/**
		 * Controls how the audio is cut into chunks.
		 * @param chunkingStrategy the value
		 * @return this builder
		 */
		public Builder chunkingStrategy(@Nullable ChunkingStrategy chunkingStrategy) {
			this.chunkingStrategy = chunkingStrategy;
			return this;
		}

		/**
		 * Controls how the audio is cut into chunks.
		 * <p>
		 * Takes the value of a {@link ChunkingStrategy.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder chunkingStrategy(ChunkingStrategy.Auto value) {
			return chunkingStrategy(new ChunkingStrategy.AutoValue(value));
		}

		/**
		 * Optional list of speaker names that correspond to the audio samples provided in
		 * {@code known_speaker_references[]}.
		 * <p>
		 * Takes a copy of the list.
		 * @param knownSpeakerNames the value
		 * @return this builder
		 */
		public Builder knownSpeakerNames(@Nullable List<String> knownSpeakerNames) {
			this.knownSpeakerNames = (knownSpeakerNames != null) ? new ArrayList<>(knownSpeakerNames) : null;
			return this;
		}

		/**
		 * Optional list of speaker names that correspond to the audio samples provided in
		 * {@code known_speaker_references[]}.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param knownSpeakerName the item to add
		 * @return this builder
		 */
		public Builder addKnownSpeakerName(String knownSpeakerName) {
			Objects.requireNonNull(knownSpeakerName, "'knownSpeakerName' must not be null");
			if (this.knownSpeakerNames == null) {
				this.knownSpeakerNames = new ArrayList<>();
			}
			this.knownSpeakerNames.add(knownSpeakerName);
			return this;
		}

		/**
		 * Optional list of audio samples (as <a href=
		 * "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs">data
		 * URLs</a>) that contain known speaker references matching
		 * {@code known_speaker_names[]}.
		 * <p>
		 * Takes a copy of the list.
		 * @param knownSpeakerReferences the value
		 * @return this builder
		 */
		public Builder knownSpeakerReferences(@Nullable List<String> knownSpeakerReferences) {
			this.knownSpeakerReferences = (knownSpeakerReferences != null) ? new ArrayList<>(knownSpeakerReferences)
					: null;
			return this;
		}

		/**
		 * Optional list of audio samples (as <a href=
		 * "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs">data
		 * URLs</a>) that contain known speaker references matching
		 * {@code known_speaker_names[]}.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param knownSpeakerReference the item to add
		 * @return this builder
		 */
		public Builder addKnownSpeakerReference(String knownSpeakerReference) {
			Objects.requireNonNull(knownSpeakerReference, "'knownSpeakerReference' must not be null");
			if (this.knownSpeakerReferences == null) {
				this.knownSpeakerReferences = new ArrayList<>();
			}
			this.knownSpeakerReferences.add(knownSpeakerReference);
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
					this.responseFormat, this.temperature,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					(this.timestampGranularities != null)
							? Collections.unmodifiableList(new ArrayList<>(this.timestampGranularities)) : null,
					null, this.chunkingStrategy,
					(this.knownSpeakerNames != null)
							? Collections.unmodifiableList(new ArrayList<>(this.knownSpeakerNames)) : null,
					(this.knownSpeakerReferences != null)
							? Collections.unmodifiableList(new ArrayList<>(this.knownSpeakerReferences)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateTranscriptionRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateTranscriptionRequest> {

		Reader() {
			super(CreateTranscriptionRequest.class, "file", "model", "language", "prompt", "response_format",
					"temperature", "include", "timestamp_granularities", "stream", "chunking_strategy",
					"known_speaker_names", "known_speaker_references");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Model.of(value);
				case 4 -> AudioResponseFormat.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateTranscriptionRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateTranscriptionRequest((UploadFile) values[0], (Model) values[1], (String) values[2],
					(String) values[3], (AudioResponseFormat) values[4], (Double) values[5],
					(List<TranscriptionInclude>) values[6], (List<TimestampGranularity>) values[7], (Boolean) values[8],
					(ChunkingStrategy) values[9], (List<String>) values[10], (List<String>) values[11],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateTranscriptionRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateTranscriptionRequest> {

		Writer() {
			super(CreateTranscriptionRequest.class, "file", "model", "language", "prompt", "response_format",
					"temperature", "include", "timestamp_granularities", "stream", "chunking_strategy",
					"known_speaker_names", "known_speaker_references");
		}

		@Override
		protected @Nullable Object value(CreateTranscriptionRequest record, int index) {
			return switch (index) {
				case 0 -> record.file();
				case 1 -> record.model();
				case 2 -> record.language();
				case 3 -> record.prompt();
				case 4 -> record.responseFormat();
				case 5 -> record.temperature();
				case 6 -> record.include();
				case 7 -> record.timestampGranularities();
				case 8 -> record.stream();
				case 9 -> record.chunkingStrategy();
				case 10 -> record.knownSpeakerNames();
				case 11 -> record.knownSpeakerReferences();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateTranscriptionRequest record) {
			return record.additionalProperties();
		}

	}
}

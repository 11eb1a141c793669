// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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
 * Realtime session object for the beta interface.
 *
 * @param id Unique identifier for the session that looks like
 * {@code sess_1234567890abcdef}.
 * @param object The object type. Always {@code realtime.session}.
 * @param modalities The set of modalities the model can respond with. To disable audio,
 * set this to ["text"].
 * @param model The Realtime model used for this session.
 * @param instructions The default system instructions (i.e. system message) prepended to
 * model calls. This field allows the client to guide the model on desired responses. The
 * model can be instructed on response content and format, (e.g. "be extremely succinct",
 * "act friendly", "here are examples of good responses") and on audio behavior (e.g.
 * "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions
 * are not guaranteed to be followed by the model, but they provide guidance to the model
 * on the desired behavior.
 * <p>
 * Note that the server sets default instructions which will be used if this field is not
 * set and are visible in the {@code session.created} event at the start of the session.
 * @param voice The voice the model uses to respond. Voice cannot be changed during the
 * session once the model has responded with audio at least once. Current voice options
 * are {@code alloy}, {@code ash}, {@code ballad}, {@code coral}, {@code echo},
 * {@code sage}, {@code shimmer}, and {@code verse}.
 * @param inputAudioFormat The format of input audio. Options are {@code pcm16},
 * {@code g711_ulaw}, or {@code g711_alaw}. For {@code pcm16}, input audio must be 16-bit
 * PCM at a 24kHz sample rate, single channel (mono), and little-endian byte order.
 * @param outputAudioFormat The format of output audio. Options are {@code pcm16},
 * {@code g711_ulaw}, or {@code g711_alaw}. For {@code pcm16}, output audio is sampled at
 * a rate of 24kHz.
 * @param inputAudioTranscription Configuration for input audio transcription, defaults to
 * off and can be set to {@code null} to turn off once on. Input audio transcription is
 * not native to the model, since the model consumes audio directly. Transcription runs
 * asynchronously through
 * <a href="https://platform.openai.com/docs/api-reference/audio/createTranscription">the
 * /audio/transcriptions endpoint</a> and should be treated as guidance of input audio
 * content rather than precisely what the model heard. The client can optionally set the
 * language and prompt for transcription, these offer additional guidance to the
 * transcription service.
 * @param turnDetection Configuration for turn detection, ether Server VAD or Semantic
 * VAD. This can be set to {@code null} to turn off, in which case the client must
 * manually trigger model response.
 * <p>
 * Server VAD means that the model will detect the start and end of speech based on audio
 * volume and respond at the end of user speech.
 * <p>
 * Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD)
 * to semantically estimate whether the user has finished speaking, then dynamically sets
 * a timeout based on this probability. For example, if user audio trails off with "uhhm",
 * the model will score a low probability of turn end and wait longer for the user to
 * continue speaking. This can be useful for more natural conversations, but may have a
 * higher latency.
 * @param inputAudioNoiseReduction Configuration for input audio noise reduction. This can
 * be set to {@code null} to turn off. Noise reduction filters audio added to the input
 * audio buffer before it is sent to VAD and the model. Filtering the audio can improve
 * VAD and turn detection accuracy (reducing false positives) and model performance by
 * improving perception of the input audio.
 * @param speed The speed of the model's spoken response. 1.0 is the default speed. 0.25
 * is the minimum speed. 1.5 is the maximum speed. This value can only be changed in
 * between model turns, not while a response is in progress.
 * @param tracing Configuration options for tracing. Set to null to disable tracing. Once
 * tracing is enabled for a session, the configuration cannot be modified.
 * <p>
 * {@code auto} will create a trace for the session with default values for the workflow
 * name, group id, and metadata.
 * @param tools Tools (functions) available to the model.
 * @param toolChoice How the model chooses tools. Options are {@code auto}, {@code none},
 * {@code required}, or specify a function.
 * @param temperature Sampling temperature for the model, limited to [0.6, 1.2]. For audio
 * models a temperature of 0.8 is highly recommended for best performance.
 * @param maxResponseOutputTokens Maximum number of output tokens for a single assistant
 * response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit
 * output tokens, or {@code inf} for the maximum available tokens for a given model.
 * Defaults to {@code inf}.
 * @param expiresAt Expiration timestamp for the session, in seconds since epoch.
 * @param prompt Reference to a prompt template and its variables. <a href=
 * "https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts">Learn
 * more</a>.
 * @param include Additional fields to include in server outputs.
 * <ul>
 * <li>{@code item.input_audio_transcription.logprobs}: Include logprobs for input audio
 * transcription.</li>
 * </ul>
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeSession.Reader.class)
public record RealtimeSession(@JsonProperty("id") @Nullable String id, @JsonProperty("object") @Nullable String object,
		@JsonProperty("modalities") @Nullable Object modalities,
		@JsonProperty("model") RealtimeSession.@Nullable Model model,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("voice") @Nullable VoiceIdsShared voice,
		@JsonProperty("input_audio_format") RealtimeSession.@Nullable InputAudioFormat inputAudioFormat,
		@JsonProperty("output_audio_format") RealtimeSession.@Nullable OutputAudioFormat outputAudioFormat,
		@JsonProperty("input_audio_transcription") @Nullable AudioTranscription inputAudioTranscription,
		@JsonProperty("turn_detection") @Nullable RealtimeTurnDetection turnDetection,
		@JsonProperty("input_audio_noise_reduction") RealtimeSession.@Nullable InputAudioNoiseReduction inputAudioNoiseReduction,
		@JsonProperty("speed") @Nullable Double speed,
		@JsonProperty("tracing") RealtimeSession.@Nullable Tracing tracing,
		@JsonProperty("tools") @Nullable List<RealtimeFunctionTool> tools,
		@JsonProperty("tool_choice") @Nullable String toolChoice,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("max_response_output_tokens") RealtimeSession.@Nullable MaxResponseOutputTokens maxResponseOutputTokens,
		@JsonProperty("expires_at") @Nullable Long expiresAt, @JsonProperty("prompt") @Nullable Prompt prompt,
		@JsonProperty("include") @Nullable List<RealtimeSession.IncludeItem> include,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeSession}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id Unique identifier for the session that looks like
	 * {@code sess_1234567890abcdef}.
	 * @param object The object type.
	 * @param modalities The set of modalities the model can respond with.
	 * @param model The Realtime model used for this session.
	 * @param instructions The default system instructions (i.e. system message) prepended
	 * to model calls.
	 * @param voice The voice the model uses to respond.
	 * @param inputAudioFormat The format of input audio.
	 * @param outputAudioFormat The format of output audio.
	 * @param inputAudioTranscription Configuration for input audio transcription,
	 * defaults to off and can be set to {@code null} to turn off once on.
	 * @param turnDetection Configuration for turn detection, ether Server VAD or Semantic
	 * VAD.
	 * @param inputAudioNoiseReduction Configuration for input audio noise reduction.
	 * @param speed The speed of the model's spoken response.
	 * @param tracing Configuration options for tracing.
	 * @param tools Tools (functions) available to the model.
	 * @param toolChoice How the model chooses tools.
	 * @param temperature Sampling temperature for the model, limited to [0.6, 1.2].
	 * @param maxResponseOutputTokens Maximum number of output tokens for a single
	 * assistant response, inclusive of tool calls.
	 * @param expiresAt Expiration timestamp for the session, in seconds since epoch.
	 * @param prompt Reference to a prompt template and its variables.
	 * @param include Additional fields to include in server outputs.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeSession {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeSession}.
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
	 * The Realtime model used for this session.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code gpt-realtime}.
		 */
		public static final Model GPT_REALTIME = new Model("gpt-realtime");

		/**
		 * The value {@code gpt-realtime-1.5}.
		 */
		public static final Model GPT_REALTIME_1_5 = new Model("gpt-realtime-1.5");

		/**
		 * The value {@code gpt-realtime-2025-08-28}.
		 */
		public static final Model GPT_REALTIME_2025_08_28 = new Model("gpt-realtime-2025-08-28");

		/**
		 * The value {@code gpt-4o-realtime-preview}.
		 */
		public static final Model GPT_4O_REALTIME_PREVIEW = new Model("gpt-4o-realtime-preview");

		/**
		 * The value {@code gpt-4o-realtime-preview-2024-10-01}.
		 */
		public static final Model GPT_4O_REALTIME_PREVIEW_2024_10_01 = new Model("gpt-4o-realtime-preview-2024-10-01");

		/**
		 * The value {@code gpt-4o-realtime-preview-2024-12-17}.
		 */
		public static final Model GPT_4O_REALTIME_PREVIEW_2024_12_17 = new Model("gpt-4o-realtime-preview-2024-12-17");

		/**
		 * The value {@code gpt-4o-realtime-preview-2025-06-03}.
		 */
		public static final Model GPT_4O_REALTIME_PREVIEW_2025_06_03 = new Model("gpt-4o-realtime-preview-2025-06-03");

		/**
		 * The value {@code gpt-4o-mini-realtime-preview}.
		 */
		public static final Model GPT_4O_MINI_REALTIME_PREVIEW = new Model("gpt-4o-mini-realtime-preview");

		/**
		 * The value {@code gpt-4o-mini-realtime-preview-2024-12-17}.
		 */
		public static final Model GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17 = new Model(
				"gpt-4o-mini-realtime-preview-2024-12-17");

		/**
		 * The value {@code gpt-realtime-mini}.
		 */
		public static final Model GPT_REALTIME_MINI = new Model("gpt-realtime-mini");

		/**
		 * The value {@code gpt-realtime-mini-2025-10-06}.
		 */
		public static final Model GPT_REALTIME_MINI_2025_10_06 = new Model("gpt-realtime-mini-2025-10-06");

		/**
		 * The value {@code gpt-realtime-mini-2025-12-15}.
		 */
		public static final Model GPT_REALTIME_MINI_2025_12_15 = new Model("gpt-realtime-mini-2025-12-15");

		/**
		 * The value {@code gpt-audio-1.5}.
		 */
		public static final Model GPT_AUDIO_1_5 = new Model("gpt-audio-1.5");

		/**
		 * The value {@code gpt-audio-mini}.
		 */
		public static final Model GPT_AUDIO_MINI = new Model("gpt-audio-mini");

		/**
		 * The value {@code gpt-audio-mini-2025-10-06}.
		 */
		public static final Model GPT_AUDIO_MINI_2025_10_06 = new Model("gpt-audio-mini-2025-10-06");

		/**
		 * The value {@code gpt-audio-mini-2025-12-15}.
		 */
		public static final Model GPT_AUDIO_MINI_2025_12_15 = new Model("gpt-audio-mini-2025-12-15");

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
				case "gpt-realtime" -> GPT_REALTIME;
				case "gpt-realtime-1.5" -> GPT_REALTIME_1_5;
				case "gpt-realtime-2025-08-28" -> GPT_REALTIME_2025_08_28;
				case "gpt-4o-realtime-preview" -> GPT_4O_REALTIME_PREVIEW;
				case "gpt-4o-realtime-preview-2024-10-01" -> GPT_4O_REALTIME_PREVIEW_2024_10_01;
				case "gpt-4o-realtime-preview-2024-12-17" -> GPT_4O_REALTIME_PREVIEW_2024_12_17;
				case "gpt-4o-realtime-preview-2025-06-03" -> GPT_4O_REALTIME_PREVIEW_2025_06_03;
				case "gpt-4o-mini-realtime-preview" -> GPT_4O_MINI_REALTIME_PREVIEW;
				case "gpt-4o-mini-realtime-preview-2024-12-17" -> GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17;
				case "gpt-realtime-mini" -> GPT_REALTIME_MINI;
				case "gpt-realtime-mini-2025-10-06" -> GPT_REALTIME_MINI_2025_10_06;
				case "gpt-realtime-mini-2025-12-15" -> GPT_REALTIME_MINI_2025_12_15;
				case "gpt-audio-1.5" -> GPT_AUDIO_1_5;
				case "gpt-audio-mini" -> GPT_AUDIO_MINI;
				case "gpt-audio-mini-2025-10-06" -> GPT_AUDIO_MINI_2025_10_06;
				case "gpt-audio-mini-2025-12-15" -> GPT_AUDIO_MINI_2025_12_15;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "gpt-realtime", "gpt-realtime-1.5", "gpt-realtime-2025-08-28", "gpt-4o-realtime-preview",
						"gpt-4o-realtime-preview-2024-10-01", "gpt-4o-realtime-preview-2024-12-17",
						"gpt-4o-realtime-preview-2025-06-03", "gpt-4o-mini-realtime-preview",
						"gpt-4o-mini-realtime-preview-2024-12-17", "gpt-realtime-mini", "gpt-realtime-mini-2025-10-06",
						"gpt-realtime-mini-2025-12-15", "gpt-audio-1.5", "gpt-audio-mini", "gpt-audio-mini-2025-10-06",
						"gpt-audio-mini-2025-12-15" ->
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
	 * The format of input audio. Options are {@code pcm16}, {@code g711_ulaw}, or
	 * {@code g711_alaw}. For {@code pcm16}, input audio must be 16-bit PCM at a 24kHz
	 * sample rate, single channel (mono), and little-endian byte order.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record InputAudioFormat(@JsonValue String value) {
		/**
		 * The value {@code pcm16}.
		 */
		public static final InputAudioFormat PCM16 = new InputAudioFormat("pcm16");

		/**
		 * The value {@code g711_ulaw}.
		 */
		public static final InputAudioFormat G711_ULAW = new InputAudioFormat("g711_ulaw");

		/**
		 * The value {@code g711_alaw}.
		 */
		public static final InputAudioFormat G711_ALAW = new InputAudioFormat("g711_alaw");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public InputAudioFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static InputAudioFormat of(String value) {
			return switch (value) {
				case "pcm16" -> PCM16;
				case "g711_ulaw" -> G711_ULAW;
				case "g711_alaw" -> G711_ALAW;
				default -> new InputAudioFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "pcm16", "g711_ulaw", "g711_alaw" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format of output audio. Options are {@code pcm16}, {@code g711_ulaw}, or
	 * {@code g711_alaw}. For {@code pcm16}, output audio is sampled at a rate of 24kHz.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OutputAudioFormat(@JsonValue String value) {
		/**
		 * The value {@code pcm16}.
		 */
		public static final OutputAudioFormat PCM16 = new OutputAudioFormat("pcm16");

		/**
		 * The value {@code g711_ulaw}.
		 */
		public static final OutputAudioFormat G711_ULAW = new OutputAudioFormat("g711_ulaw");

		/**
		 * The value {@code g711_alaw}.
		 */
		public static final OutputAudioFormat G711_ALAW = new OutputAudioFormat("g711_alaw");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public OutputAudioFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static OutputAudioFormat of(String value) {
			return switch (value) {
				case "pcm16" -> PCM16;
				case "g711_ulaw" -> G711_ULAW;
				case "g711_alaw" -> G711_ALAW;
				default -> new OutputAudioFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "pcm16", "g711_ulaw", "g711_alaw" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Configuration for input audio noise reduction. This can be set to {@code null} to
	 * turn off. Noise reduction filters audio added to the input audio buffer before it
	 * is sent to VAD and the model. Filtering the audio can improve VAD and turn
	 * detection accuracy (reducing false positives) and model performance by improving
	 * perception of the input audio.
	 *
	 * @param type Type of noise reduction. {@code near_field} is for close-talking
	 * microphones such as headphones, {@code far_field} is for far-field microphones such
	 * as laptop or conference room microphones.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InputAudioNoiseReduction.Reader.class)
	public static record InputAudioNoiseReduction(@JsonProperty("type") @Nullable NoiseReductionType type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InputAudioNoiseReduction}; {@code additionalProperties}
		 * becomes an unmodifiable copy, empty for null.
		 * @param type Type of noise reduction.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InputAudioNoiseReduction {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InputAudioNoiseReduction}.
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
		 * Builds a {@link InputAudioNoiseReduction}.
		 */
		public static final class Builder {

			private @Nullable NoiseReductionType type;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InputAudioNoiseReduction source) {
				this.type = source.type();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Type of noise reduction.
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable NoiseReductionType type) {
				this.type = type;
				return this;
			}

			/**
			 * Type of noise reduction.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder type(String value) {
				return type(NoiseReductionType.of(value));
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
			public InputAudioNoiseReduction build() {
				return new InputAudioNoiseReduction(this.type, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InputAudioNoiseReduction} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InputAudioNoiseReduction> {

			Reader() {
				super(InputAudioNoiseReduction.class, "type");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> NoiseReductionType.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected InputAudioNoiseReduction create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InputAudioNoiseReduction((NoiseReductionType) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InputAudioNoiseReduction} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InputAudioNoiseReduction> {

			Writer() {
				super(InputAudioNoiseReduction.class, "type");
			}

			@Override
			protected @Nullable Object value(InputAudioNoiseReduction record, int index) {
				return switch (index) {
					case 0 -> record.type();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InputAudioNoiseReduction record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Configuration options for tracing. Set to null to disable tracing. Once tracing is
	 * enabled for a session, the configuration cannot be modified.
	 * <p>
	 * {@code auto} will create a trace for the session with default values for the
	 * workflow name, group id, and metadata.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tracing.Deserializer.class)
	public sealed interface Tracing permits Tracing.AutoValue, Tracing.TracingConfiguration, Tracing.Unknown {

		/**
		 * Default tracing mode for the session.
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
		 * A {@link Tracing} that is a {@code Auto}.
		 *
		 * @param value the value
		 */
		record AutoValue(@JsonValue Auto value) implements Tracing {
			/**
			 * Creates a {@link AutoValue}, rejecting a null value.
			 * @param value the value
			 */
			public AutoValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * Granular configuration for tracing.
		 *
		 * @param workflowName The name of the workflow to attach to this trace. This is
		 * used to name the trace in the traces dashboard.
		 * @param groupId The group id to attach to this trace to enable filtering and
		 * grouping in the traces dashboard.
		 * @param metadata The arbitrary metadata to attach to this trace to enable
		 * filtering in the traces dashboard.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = TracingConfiguration.Reader.class)
		record TracingConfiguration(@JsonProperty("workflow_name") @Nullable String workflowName,
				@JsonProperty("group_id") @Nullable String groupId,
				@JsonProperty("metadata") @Nullable Map<String, Object> metadata,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tracing {

			/**
			 * Creates a {@link TracingConfiguration}; {@code additionalProperties}
			 * becomes an unmodifiable copy, empty for null.
			 * @param workflowName The name of the workflow to attach to this trace.
			 * @param groupId The group id to attach to this trace to enable filtering and
			 * grouping in the traces dashboard.
			 * @param metadata The arbitrary metadata to attach to this trace to enable
			 * filtering in the traces dashboard.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public TracingConfiguration {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link TracingConfiguration}.
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
			 * Builds a {@link TracingConfiguration}.
			 */
			public static final class Builder {

				private @Nullable String workflowName;

				private @Nullable String groupId;

				private @Nullable Map<String, Object> metadata;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(TracingConfiguration source) {
					this.workflowName = source.workflowName();
					this.groupId = source.groupId();
					this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The name of the workflow to attach to this trace.
				 * @param workflowName the value
				 * @return this builder
				 */
				public Builder workflowName(@Nullable String workflowName) {
					this.workflowName = workflowName;
					return this;
				}

				/**
				 * The group id to attach to this trace to enable filtering and grouping
				 * in the traces dashboard.
				 * @param groupId the value
				 * @return this builder
				 */
				public Builder groupId(@Nullable String groupId) {
					this.groupId = groupId;
					return this;
				}

				/**
				 * The arbitrary metadata to attach to this trace to enable filtering in
				 * the traces dashboard.
				 * <p>
				 * Takes a copy of the map.
				 * @param metadata the value
				 * @return this builder
				 */
				public Builder metadata(@Nullable Map<String, ?> metadata) {
					this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
					return this;
				}

				/**
				 * The arbitrary metadata to attach to this trace to enable filtering in
				 * the traces dashboard.
				 * <p>
				 * Puts one entry in the map, replacing the value of a name it has.
				 * @param key the entry's name
				 * @param value its value
				 * @return this builder
				 */
				public Builder putMetadata(String key, Object value) {
					Objects.requireNonNull(key, "'key' must not be null");
					Objects.requireNonNull(value, "'value' must not be null");
					if (this.metadata == null) {
						this.metadata = new LinkedHashMap<>();
					}
					this.metadata.put(key, value);
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
				public TracingConfiguration build() {
					return new TracingConfiguration(
							this.workflowName, this.groupId, (this.metadata != null)
									? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link TracingConfiguration} from the parser's tokens; Jackson
			 * creates it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<TracingConfiguration> {

				Reader() {
					super(TracingConfiguration.class, "workflow_name", "group_id", "metadata");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected TracingConfiguration create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new TracingConfiguration((String) values[0], (String) values[1],
							(Map<String, Object>) values[2], additionalProperties);
				}

			}

			/**
			 * Writes a {@link TracingConfiguration} without reflection; the client's
			 * mapper finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<TracingConfiguration> {

				Writer() {
					super(TracingConfiguration.class, "workflow_name", "group_id", "metadata");
				}

				@Override
				protected @Nullable Object value(TracingConfiguration record, int index) {
					return switch (index) {
						case 0 -> record.workflowName();
						case 1 -> record.groupId();
						case 2 -> record.metadata();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(TracingConfiguration record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A {@link Tracing} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Tracing, UnknownVariant {
		}

		/**
		 * Reads a {@link Tracing} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Tracing> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Tracing>variants(Unknown::new)
					.object(TracingConfiguration.class, VariantShape.declaring("workflow_name", "group_id", "metadata"))
					.string(Auto.class, AutoValue::new));
			}

		}

	}

	/**
	 * Maximum number of output tokens for a single assistant response, inclusive of tool
	 * calls. Provide an integer between 1 and 4096 to limit output tokens, or {@code inf}
	 * for the maximum available tokens for a given model. Defaults to {@code inf}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = MaxResponseOutputTokens.Deserializer.class)
	public sealed interface MaxResponseOutputTokens permits MaxResponseOutputTokens.LongValue,
			MaxResponseOutputTokens.InfValue, MaxResponseOutputTokens.Unknown {

		/**
		 * A {@link MaxResponseOutputTokens} that is a {@code Long}.
		 *
		 * @param value the value
		 */
		record LongValue(@JsonValue Long value) implements MaxResponseOutputTokens {
			/**
			 * Creates a {@link LongValue}, rejecting a null value.
			 * @param value the value
			 */
			public LongValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * One of the forms of a {@link MaxResponseOutputTokens}.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Inf(@JsonValue String value) {
			/**
			 * The value {@code inf}.
			 */
			public static final Inf INF = new Inf("inf");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Inf {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Inf of(String value) {
				return switch (value) {
					case "inf" -> INF;
					default -> new Inf(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "inf" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * A {@link MaxResponseOutputTokens} that is a {@code Inf}.
		 *
		 * @param value the value
		 */
		record InfValue(@JsonValue Inf value) implements MaxResponseOutputTokens {
			/**
			 * Creates a {@link InfValue}, rejecting a null value.
			 * @param value the value
			 */
			public InfValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link MaxResponseOutputTokens} that this version of the client does not
		 * recognize, kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements MaxResponseOutputTokens, UnknownVariant {
		}

		/**
		 * Reads a {@link MaxResponseOutputTokens} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<MaxResponseOutputTokens> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<MaxResponseOutputTokens>variants(Unknown::new)
					.integer(Long.class, LongValue::new)
					.string(Inf.class, InfValue::new));
			}

		}

	}

	/**
	 * An item of a {@link RealtimeSession}'s {@code include}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record IncludeItem(@JsonValue String value) {
		/**
		 * The value {@code item.input_audio_transcription.logprobs}.
		 */
		public static final IncludeItem ITEM_INPUT_AUDIO_TRANSCRIPTION_LOGPROBS = new IncludeItem(
				"item.input_audio_transcription.logprobs");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public IncludeItem {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static IncludeItem of(String value) {
			return switch (value) {
				case "item.input_audio_transcription.logprobs" -> ITEM_INPUT_AUDIO_TRANSCRIPTION_LOGPROBS;
				default -> new IncludeItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "item.input_audio_transcription.logprobs" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link RealtimeSession}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Object modalities;

		private @Nullable Model model;

		private @Nullable String instructions;

		private @Nullable VoiceIdsShared voice;

		private @Nullable InputAudioFormat inputAudioFormat;

		private @Nullable OutputAudioFormat outputAudioFormat;

		private @Nullable AudioTranscription inputAudioTranscription;

		private @Nullable RealtimeTurnDetection turnDetection;

		private @Nullable InputAudioNoiseReduction inputAudioNoiseReduction;

		private @Nullable Double speed;

		private @Nullable Tracing tracing;

		private @Nullable List<RealtimeFunctionTool> tools;

		private @Nullable String toolChoice;

		private @Nullable Double temperature;

		private @Nullable MaxResponseOutputTokens maxResponseOutputTokens;

		private @Nullable Long expiresAt;

		private @Nullable Prompt prompt;

		private @Nullable List<IncludeItem> include;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "realtime.session";
		}

		private Builder(RealtimeSession source) {
			this.id = source.id();
			this.object = source.object();
			this.modalities = source.modalities();
			this.model = source.model();
			this.instructions = source.instructions();
			this.voice = source.voice();
			this.inputAudioFormat = source.inputAudioFormat();
			this.outputAudioFormat = source.outputAudioFormat();
			this.inputAudioTranscription = source.inputAudioTranscription();
			this.turnDetection = source.turnDetection();
			this.inputAudioNoiseReduction = source.inputAudioNoiseReduction();
			this.speed = source.speed();
			this.tracing = source.tracing();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.temperature = source.temperature();
			this.maxResponseOutputTokens = source.maxResponseOutputTokens();
			this.expiresAt = source.expiresAt();
			this.prompt = source.prompt();
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the session that looks like
		 * {@code sess_1234567890abcdef}.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The set of modalities the model can respond with.
		 * @param modalities the value
		 * @return this builder
		 */
		public Builder modalities(@Nullable Object modalities) {
			this.modalities = modalities;
			return this;
		}

		/**
		 * The Realtime model used for this session.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * The Realtime model used for this session.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * The default system instructions (i.e. system message) prepended to model calls.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * The voice the model uses to respond.
		 * @param voice the value
		 * @return this builder
		 */
		public Builder voice(@Nullable VoiceIdsShared voice) {
			this.voice = voice;
			return this;
		}

		/**
		 * The voice the model uses to respond.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder voice(String value) {
			return voice(VoiceIdsShared.of(value));
		}

		/**
		 * The format of input audio.
		 * @param inputAudioFormat the value
		 * @return this builder
		 */
		public Builder inputAudioFormat(@Nullable InputAudioFormat inputAudioFormat) {
			this.inputAudioFormat = inputAudioFormat;
			return this;
		}

		/**
		 * The format of input audio.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder inputAudioFormat(String value) {
			return inputAudioFormat(InputAudioFormat.of(value));
		}

		/**
		 * The format of output audio.
		 * @param outputAudioFormat the value
		 * @return this builder
		 */
		public Builder outputAudioFormat(@Nullable OutputAudioFormat outputAudioFormat) {
			this.outputAudioFormat = outputAudioFormat;
			return this;
		}

		/**
		 * The format of output audio.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder outputAudioFormat(String value) {
			return outputAudioFormat(OutputAudioFormat.of(value));
		}

		/**
		 * Configuration for input audio transcription, defaults to off and can be set to
		 * {@code null} to turn off once on.
		 * @param inputAudioTranscription the value
		 * @return this builder
		 */
		public Builder inputAudioTranscription(@Nullable AudioTranscription inputAudioTranscription) {
			this.inputAudioTranscription = inputAudioTranscription;
			return this;
		}

		/**
		 * Configuration for turn detection, ether Server VAD or Semantic VAD.
		 * @param turnDetection the value
		 * @return this builder
		 */
		public Builder turnDetection(@Nullable RealtimeTurnDetection turnDetection) {
			this.turnDetection = turnDetection;
			return this;
		}

		/**
		 * Configuration for input audio noise reduction.
		 * @param inputAudioNoiseReduction the value
		 * @return this builder
		 */
		public Builder inputAudioNoiseReduction(@Nullable InputAudioNoiseReduction inputAudioNoiseReduction) {
			this.inputAudioNoiseReduction = inputAudioNoiseReduction;
			return this;
		}

		/**
		 * The speed of the model's spoken response.
		 * @param speed the value
		 * @return this builder
		 */
		public Builder speed(@Nullable Double speed) {
			this.speed = speed;
			return this;
		}

		/**
		 * Configuration options for tracing.
		 * @param tracing the value
		 * @return this builder
		 */
		public Builder tracing(@Nullable Tracing tracing) {
			this.tracing = tracing;
			return this;
		}

		/**
		 * Configuration options for tracing.
		 * <p>
		 * Takes the value of a {@link Tracing.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder tracing(Tracing.Auto value) {
			return tracing(new Tracing.AutoValue(value));
		}

		/**
		 * Tools (functions) available to the model.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<RealtimeFunctionTool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * Tools (functions) available to the model.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(RealtimeFunctionTool tool) {
			Objects.requireNonNull(tool, "'tool' must not be null");
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
			return this;
		}

		/**
		 * How the model chooses tools.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable String toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Sampling temperature for the model, limited to [0.6, 1.2].
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * @param maxResponseOutputTokens the value
		 * @return this builder
		 */
		public Builder maxResponseOutputTokens(@Nullable MaxResponseOutputTokens maxResponseOutputTokens) {
			this.maxResponseOutputTokens = maxResponseOutputTokens;
			return this;
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * <p>
		 * Takes the value of a {@link MaxResponseOutputTokens.LongValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxResponseOutputTokens(Long value) {
			return maxResponseOutputTokens(new MaxResponseOutputTokens.LongValue(value));
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * <p>
		 * Takes the value of a {@link MaxResponseOutputTokens.InfValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxResponseOutputTokens(MaxResponseOutputTokens.Inf value) {
			return maxResponseOutputTokens(new MaxResponseOutputTokens.InfValue(value));
		}

		/**
		 * Expiration timestamp for the session, in seconds since epoch.
		 * @param expiresAt the value
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * Reference to a prompt template and its variables.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable Prompt prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Additional fields to include in server outputs.
		 * <p>
		 * Takes a copy of the list.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeItem> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		/**
		 * Additional fields to include in server outputs.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param include the item to add
		 * @return this builder
		 */
		public Builder addInclude(IncludeItem include) {
			Objects.requireNonNull(include, "'include' must not be null");
			if (this.include == null) {
				this.include = new ArrayList<>();
			}
			this.include.add(include);
			return this;
		}

		/**
		 * Additional fields to include in server outputs.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addInclude(String value) {
			return addInclude(IncludeItem.of(value));
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
		public RealtimeSession build() {
			return new RealtimeSession(this.id, this.object, this.modalities, this.model, this.instructions, this.voice,
					this.inputAudioFormat, this.outputAudioFormat, this.inputAudioTranscription, this.turnDetection,
					this.inputAudioNoiseReduction, this.speed, this.tracing,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.temperature, this.maxResponseOutputTokens, this.expiresAt, this.prompt,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeSession} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeSession> {

		Reader() {
			super(RealtimeSession.class, "id", "object", "modalities", "model", "instructions", "voice",
					"input_audio_format", "output_audio_format", "input_audio_transcription", "turn_detection",
					"input_audio_noise_reduction", "speed", "tracing", "tools", "tool_choice", "temperature",
					"max_response_output_tokens", "expires_at", "prompt", "include");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> Model.of(value);
				case 5 -> VoiceIdsShared.of(value);
				case 6 -> InputAudioFormat.of(value);
				case 7 -> OutputAudioFormat.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeSession create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeSession((String) values[0], (String) values[1], (Object) values[2], (Model) values[3],
					(String) values[4], (VoiceIdsShared) values[5], (InputAudioFormat) values[6],
					(OutputAudioFormat) values[7], (AudioTranscription) values[8], (RealtimeTurnDetection) values[9],
					(InputAudioNoiseReduction) values[10], (Double) values[11], (Tracing) values[12],
					(List<RealtimeFunctionTool>) values[13], (String) values[14], (Double) values[15],
					(MaxResponseOutputTokens) values[16], (Long) values[17], (Prompt) values[18],
					(List<IncludeItem>) values[19], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeSession} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeSession> {

		Writer() {
			super(RealtimeSession.class, "id", "object", "modalities", "model", "instructions", "voice",
					"input_audio_format", "output_audio_format", "input_audio_transcription", "turn_detection",
					"input_audio_noise_reduction", "speed", "tracing", "tools", "tool_choice", "temperature",
					"max_response_output_tokens", "expires_at", "prompt", "include");
		}

		@Override
		protected @Nullable Object value(RealtimeSession record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.modalities();
				case 3 -> record.model();
				case 4 -> record.instructions();
				case 5 -> record.voice();
				case 6 -> record.inputAudioFormat();
				case 7 -> record.outputAudioFormat();
				case 8 -> record.inputAudioTranscription();
				case 9 -> record.turnDetection();
				case 10 -> record.inputAudioNoiseReduction();
				case 11 -> record.speed();
				case 12 -> record.tracing();
				case 13 -> record.tools();
				case 14 -> record.toolChoice();
				case 15 -> record.temperature();
				case 16 -> record.maxResponseOutputTokens();
				case 17 -> record.expiresAt();
				case 18 -> record.prompt();
				case 19 -> record.include();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeSession record) {
			return record.additionalProperties();
		}

	}
}

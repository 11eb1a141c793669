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
 * Realtime session object configuration.
 *
 * @param type The type of session to create. Always {@code realtime} for the Realtime
 * API.
 * @param outputModalities The set of modalities the model can respond with. It defaults
 * to {@code ["audio"]}, indicating that the model will respond with audio plus a
 * transcript. {@code ["text"]} can be used to make the model respond with text only. It
 * is not possible to request both {@code text} and {@code audio} at the same time.
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
 * @param audio Configuration for input and output audio.
 * @param include Additional fields to include in server outputs.
 * <p>
 * {@code item.input_audio_transcription.logprobs}: Include logprobs for input audio
 * transcription.
 * @param tracing Realtime API can write session traces to the
 * <a href="https://platform.openai.com/logs?api=traces">Traces Dashboard</a>. Set to null
 * to disable tracing. Once tracing is enabled for a session, the configuration cannot be
 * modified.
 * <p>
 * {@code auto} will create a trace for the session with default values for the workflow
 * name, group id, and metadata.
 * @param tools Tools available to the model.
 * @param toolChoice How the model chooses tools. Provide one of the string modes or force
 * a specific function/MCP tool.
 * @param maxOutputTokens Maximum number of output tokens for a single assistant response,
 * inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens,
 * or {@code inf} for the maximum available tokens for a given model. Defaults to
 * {@code inf}.
 * @param truncation When the number of tokens in a conversation exceeds the model's input
 * token limit, the conversation be truncated, meaning messages (starting from the oldest)
 * will not be included in the model's context. A 32k context model with 4,096 max output
 * tokens can only include 28,224 tokens in the context before truncation occurs.
 * <p>
 * Clients can configure truncation behavior to truncate with a lower max token limit,
 * which is an effective way to control token usage and cost.
 * <p>
 * Truncation will reduce the number of cached tokens on the next turn (busting the
 * cache), since messages are dropped from the beginning of the context. However, clients
 * can also configure truncation to retain messages up to a fraction of the maximum
 * context size, which will reduce the need for future truncations and thus improve the
 * cache rate.
 * <p>
 * Truncation can be disabled entirely, which means the server will never truncate but
 * would instead return an error if the conversation exceeds the model's input token
 * limit.
 * @param prompt Reference to a prompt template and its variables. <a href=
 * "https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts">Learn
 * more</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeSessionCreateRequestGA.Reader.class)
public record RealtimeSessionCreateRequestGA(@JsonProperty("type") String type,
		@JsonProperty("output_modalities") @Nullable List<RealtimeSessionCreateRequestGA.OutputModality> outputModalities,
		@JsonProperty("model") RealtimeSessionCreateRequestGA.@Nullable Model model,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("audio") RealtimeSessionCreateRequestGA.@Nullable Audio audio,
		@JsonProperty("include") @Nullable List<RealtimeSessionCreateRequestGA.IncludeItem> include,
		@JsonProperty("tracing") RealtimeSessionCreateRequestGA.@Nullable Tracing tracing,
		@JsonProperty("tools") @Nullable List<RealtimeSessionCreateRequestGA.Tool> tools,
		@JsonProperty("tool_choice") RealtimeSessionCreateRequestGA.@Nullable ToolChoice toolChoice,
		@JsonProperty("max_output_tokens") RealtimeSessionCreateRequestGA.@Nullable MaxOutputTokens maxOutputTokens,
		@JsonProperty("truncation") @Nullable RealtimeTruncation truncation,
		@JsonProperty("prompt") @Nullable Prompt prompt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RealtimeClientEventSessionUpdate.Session,
			RealtimeCreateClientSecretRequest.Session,
			RealtimeServerEventSessionCreated.Session,
			RealtimeServerEventSessionUpdated.Session {

	/**
	 * Creates a {@link RealtimeSessionCreateRequestGA}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of session to create.
	 * @param outputModalities The set of modalities the model can respond with.
	 * @param model The Realtime model used for this session.
	 * @param instructions The default system instructions (i.e. system message) prepended
	 * to model calls.
	 * @param audio Configuration for input and output audio.
	 * @param include Additional fields to include in server outputs.
	 * @param tracing Realtime API can write session traces to the
	 * <a href="https://platform.openai.com/logs?api=traces">Traces Dashboard</a>.
	 * @param tools Tools available to the model.
	 * @param toolChoice How the model chooses tools.
	 * @param maxOutputTokens Maximum number of output tokens for a single assistant
	 * response, inclusive of tool calls.
	 * @param truncation When the number of tokens in a conversation exceeds the model's
	 * input token limit, the conversation be truncated, meaning messages (starting from
	 * the oldest) will not be included in the model's context.
	 * @param prompt Reference to a prompt template and its variables.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeSessionCreateRequestGA {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeSessionCreateRequestGA}.
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
	 * An item of a {@link RealtimeSessionCreateRequestGA}'s {@code output_modalities}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OutputModality(@JsonValue String value) {
		/**
		 * The value {@code text}.
		 */
		public static final OutputModality TEXT = new OutputModality("text");

		/**
		 * The value {@code audio}.
		 */
		public static final OutputModality AUDIO = new OutputModality("audio");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public OutputModality {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static OutputModality of(String value) {
			return switch (value) {
				case "text" -> TEXT;
				case "audio" -> AUDIO;
				default -> new OutputModality(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "text", "audio" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
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
	 * Configuration for input and output audio.
	 *
	 * @param input A
	 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA.Audio.Input} (the
	 * API description says no more).
	 * @param output A
	 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA.Audio.Output}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Audio.Reader.class)
	public static record Audio(@JsonProperty("input") Audio.@Nullable Input input,
			@JsonProperty("output") Audio.@Nullable Output output,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Audio}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param input A
		 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA.Audio.Input}
		 * (the API description says no more).
		 * @param output A
		 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA.Audio.Output}
		 * (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Audio {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Audio}.
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
		 * A {@link Audio}'s {@code input}.
		 *
		 * @param format The format of the input audio.
		 * @param transcription Configuration for input audio transcription, defaults to
		 * off and can be set to {@code null} to turn off once on. Input audio
		 * transcription is not native to the model, since the model consumes audio
		 * directly. Transcription runs asynchronously through <a href=
		 * "https://platform.openai.com/docs/api-reference/audio/createTranscription">the
		 * /audio/transcriptions endpoint</a> and should be treated as guidance of input
		 * audio content rather than precisely what the model heard. The client can
		 * optionally set the language and prompt for transcription, these offer
		 * additional guidance to the transcription service.
		 * @param noiseReduction Configuration for input audio noise reduction. This can
		 * be set to {@code null} to turn off. Noise reduction filters audio added to the
		 * input audio buffer before it is sent to VAD and the model. Filtering the audio
		 * can improve VAD and turn detection accuracy (reducing false positives) and
		 * model performance by improving perception of the input audio.
		 * @param turnDetection Configuration for turn detection, ether Server VAD or
		 * Semantic VAD. This can be set to {@code null} to turn off, in which case the
		 * client must manually trigger model response.
		 * <p>
		 * Server VAD means that the model will detect the start and end of speech based
		 * on audio volume and respond at the end of user speech.
		 * <p>
		 * Semantic VAD is more advanced and uses a turn detection model (in conjunction
		 * with VAD) to semantically estimate whether the user has finished speaking, then
		 * dynamically sets a timeout based on this probability. For example, if user
		 * audio trails off with "uhhm", the model will score a low probability of turn
		 * end and wait longer for the user to continue speaking. This can be useful for
		 * more natural conversations, but may have a higher latency.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Input.Reader.class)
		public static record Input(@JsonProperty("format") @Nullable RealtimeAudioFormats format,
				@JsonProperty("transcription") @Nullable AudioTranscription transcription,
				@JsonProperty("noise_reduction") Input.@Nullable NoiseReduction noiseReduction,
				@JsonProperty("turn_detection") @Nullable RealtimeTurnDetection turnDetection,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Input}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param format The format of the input audio.
			 * @param transcription Configuration for input audio transcription, defaults
			 * to off and can be set to {@code null} to turn off once on.
			 * @param noiseReduction Configuration for input audio noise reduction.
			 * @param turnDetection Configuration for turn detection, ether Server VAD or
			 * Semantic VAD.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Input {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Input}.
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
			 * Configuration for input audio noise reduction. This can be set to
			 * {@code null} to turn off. Noise reduction filters audio added to the input
			 * audio buffer before it is sent to VAD and the model. Filtering the audio
			 * can improve VAD and turn detection accuracy (reducing false positives) and
			 * model performance by improving perception of the input audio.
			 *
			 * @param type Type of noise reduction. {@code near_field} is for
			 * close-talking microphones such as headphones, {@code far_field} is for
			 * far-field microphones such as laptop or conference room microphones.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			@JsonDeserialize(using = NoiseReduction.Reader.class)
			public static record NoiseReduction(@JsonProperty("type") @Nullable NoiseReductionType type,
					@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

				/**
				 * Creates a {@link NoiseReduction}; {@code additionalProperties} becomes
				 * an unmodifiable copy, empty for null.
				 * @param type Type of noise reduction.
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				public NoiseReduction {
					additionalProperties = AdditionalProperties.copyOf(additionalProperties);
				}

				/**
				 * A builder of {@link NoiseReduction}.
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
				 * Builds a {@link NoiseReduction}.
				 */
				public static final class Builder {

					private @Nullable NoiseReductionType type;

					private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

					private Builder() {
					}

					private Builder(NoiseReduction source) {
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
					public NoiseReduction build() {
						return new NoiseReduction(this.type, this.additionalProperties);
					}

				}

				/**
				 * Reads a {@link NoiseReduction} from the parser's tokens; Jackson
				 * creates it from {@code @JsonDeserialize}.
				 */
				static final class Reader extends RecordDeserializer<NoiseReduction> {

					Reader() {
						super(NoiseReduction.class, "type");
					}

					@Override
					protected Object openEnum(int index, String value) {
						return switch (index) {
							case 0 -> NoiseReductionType.of(value);
							default -> super.openEnum(index, value);
						};
					}

					@Override
					protected NoiseReduction create(@Nullable Object[] values,
							@Nullable Map<String, Object> additionalProperties) {
						return new NoiseReduction((NoiseReductionType) values[0], additionalProperties);
					}

				}

				/**
				 * Writes a {@link NoiseReduction} without reflection; the client's mapper
				 * finds it ({@code GeneratedWriters}).
				 */
				static final class Writer extends RecordSerializer<NoiseReduction> {

					Writer() {
						super(NoiseReduction.class, "type");
					}

					@Override
					protected @Nullable Object value(NoiseReduction record, int index) {
						return switch (index) {
							case 0 -> record.type();
							default -> throw new IndexOutOfBoundsException(index);
						};
					}

					@Override
					protected Map<String, Object> additionalProperties(NoiseReduction record) {
						return record.additionalProperties();
					}

				}
			}

			/**
			 * Builds a {@link Input}.
			 */
			public static final class Builder {

				private @Nullable RealtimeAudioFormats format;

				private @Nullable AudioTranscription transcription;

				private @Nullable NoiseReduction noiseReduction;

				private @Nullable RealtimeTurnDetection turnDetection;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Input source) {
					this.format = source.format();
					this.transcription = source.transcription();
					this.noiseReduction = source.noiseReduction();
					this.turnDetection = source.turnDetection();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The format of the input audio.
				 * @param format the value
				 * @return this builder
				 */
				public Builder format(@Nullable RealtimeAudioFormats format) {
					this.format = format;
					return this;
				}

				/**
				 * Configuration for input audio transcription, defaults to off and can be
				 * set to {@code null} to turn off once on.
				 * @param transcription the value
				 * @return this builder
				 */
				public Builder transcription(@Nullable AudioTranscription transcription) {
					this.transcription = transcription;
					return this;
				}

				/**
				 * Configuration for input audio noise reduction.
				 * @param noiseReduction the value
				 * @return this builder
				 */
				public Builder noiseReduction(@Nullable NoiseReduction noiseReduction) {
					this.noiseReduction = noiseReduction;
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
				public Input build() {
					return new Input(this.format, this.transcription, this.noiseReduction, this.turnDetection,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Input} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Input> {

				Reader() {
					super(Input.class, "format", "transcription", "noise_reduction", "turn_detection");
				}

				@Override
				protected Input create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Input((RealtimeAudioFormats) values[0], (AudioTranscription) values[1],
							(NoiseReduction) values[2], (RealtimeTurnDetection) values[3], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Input} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Input> {

				Writer() {
					super(Input.class, "format", "transcription", "noise_reduction", "turn_detection");
				}

				@Override
				protected @Nullable Object value(Input record, int index) {
					return switch (index) {
						case 0 -> record.format();
						case 1 -> record.transcription();
						case 2 -> record.noiseReduction();
						case 3 -> record.turnDetection();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Input record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A {@link Audio}'s {@code output}.
		 *
		 * @param format The format of the output audio.
		 * @param voice The voice the model uses to respond. Supported built-in voices are
		 * {@code alloy}, {@code ash}, {@code ballad}, {@code coral}, {@code echo},
		 * {@code sage}, {@code shimmer}, {@code verse}, {@code marin}, and {@code cedar}.
		 * You may also provide a custom voice object with an {@code id}, for example
		 * {@code { "id": "voice_1234" }}. Voice cannot be changed during the session once
		 * the model has responded with audio at least once. We recommend {@code marin}
		 * and {@code cedar} for best quality.
		 * @param speed The speed of the model's spoken response as a multiple of the
		 * original speed. 1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the
		 * maximum speed. This value can only be changed in between model turns, not while
		 * a response is in progress.
		 * <p>
		 * This parameter is a post-processing adjustment to the audio after it is
		 * generated, it's also possible to prompt the model to speak faster or slower.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Output.Reader.class)
		public static record Output(@JsonProperty("format") @Nullable RealtimeAudioFormats format,
				@JsonProperty("voice") @Nullable VoiceIdsOrCustomVoice voice,
				@JsonProperty("speed") @Nullable Double speed,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Output}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param format The format of the output audio.
			 * @param voice The voice the model uses to respond.
			 * @param speed The speed of the model's spoken response as a multiple of the
			 * original speed.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Output {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Output}.
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
			 * Builds a {@link Output}.
			 */
			public static final class Builder {

				private @Nullable RealtimeAudioFormats format;

				private @Nullable VoiceIdsOrCustomVoice voice;

				private @Nullable Double speed;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Output source) {
					this.format = source.format();
					this.voice = source.voice();
					this.speed = source.speed();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The format of the output audio.
				 * @param format the value
				 * @return this builder
				 */
				public Builder format(@Nullable RealtimeAudioFormats format) {
					this.format = format;
					return this;
				}

				/**
				 * The voice the model uses to respond.
				 * @param voice the value
				 * @return this builder
				 */
				public Builder voice(@Nullable VoiceIdsOrCustomVoice voice) {
					this.voice = voice;
					return this;
				}

				/**
				 * The voice the model uses to respond.
				 * <p>
				 * Takes the value of a {@link VoiceIdsOrCustomVoice.VoiceIdsSharedValue}.
				 * @param value the value
				 * @return this builder
				 */
				public Builder voice(VoiceIdsShared value) {
					return voice(new VoiceIdsOrCustomVoice.VoiceIdsSharedValue(value));
				}

				/**
				 * The speed of the model's spoken response as a multiple of the original
				 * speed.
				 * @param speed the value
				 * @return this builder
				 */
				public Builder speed(@Nullable Double speed) {
					this.speed = speed;
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
				public Output build() {
					return new Output(this.format, this.voice, this.speed, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Output} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Output> {

				Reader() {
					super(Output.class, "format", "voice", "speed");
				}

				@Override
				protected Output create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Output((RealtimeAudioFormats) values[0], (VoiceIdsOrCustomVoice) values[1],
							(Double) values[2], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Output} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Output> {

				Writer() {
					super(Output.class, "format", "voice", "speed");
				}

				@Override
				protected @Nullable Object value(Output record, int index) {
					return switch (index) {
						case 0 -> record.format();
						case 1 -> record.voice();
						case 2 -> record.speed();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Output record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Audio}.
		 */
		public static final class Builder {

			private @Nullable Input input;

			private @Nullable Output output;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Audio source) {
				this.input = source.input();
				this.output = source.output();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A
			 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA.Audio.Input}
			 * (the API description says no more).
			 * @param input the value
			 * @return this builder
			 */
			public Builder input(@Nullable Input input) {
				this.input = input;
				return this;
			}

			/**
			 * A
			 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA.Audio.Output}
			 * (the API description says no more).
			 * @param output the value
			 * @return this builder
			 */
			public Builder output(@Nullable Output output) {
				this.output = output;
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
			public Audio build() {
				return new Audio(this.input, this.output, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Audio} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Audio> {

			Reader() {
				super(Audio.class, "input", "output");
			}

			@Override
			protected Audio create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Audio((Input) values[0], (Output) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Audio} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Audio> {

			Writer() {
				super(Audio.class, "input", "output");
			}

			@Override
			protected @Nullable Object value(Audio record, int index) {
				return switch (index) {
					case 0 -> record.input();
					case 1 -> record.output();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Audio record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * An item of a {@link RealtimeSessionCreateRequestGA}'s {@code include}.
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
	 * Realtime API can write session traces to the
	 * <a href="https://platform.openai.com/logs?api=traces">Traces Dashboard</a>. Set to
	 * null to disable tracing. Once tracing is enabled for a session, the configuration
	 * cannot be modified.
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
		 * Enables tracing and sets default values for tracing configuration options.
		 * Always {@code auto}.
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
		 * used to name the trace in the Traces Dashboard.
		 * @param groupId The group id to attach to this trace to enable filtering and
		 * grouping in the Traces Dashboard.
		 * @param metadata The arbitrary metadata to attach to this trace to enable
		 * filtering in the Traces Dashboard.
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
			 * grouping in the Traces Dashboard.
			 * @param metadata The arbitrary metadata to attach to this trace to enable
			 * filtering in the Traces Dashboard.
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
				 * in the Traces Dashboard.
				 * @param groupId the value
				 * @return this builder
				 */
				public Builder groupId(@Nullable String groupId) {
					this.groupId = groupId;
					return this;
				}

				/**
				 * The arbitrary metadata to attach to this trace to enable filtering in
				 * the Traces Dashboard.
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
				 * the Traces Dashboard.
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
	 * An item of a {@link RealtimeSessionCreateRequestGA}'s {@code tools}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tool.Deserializer.class)
	public sealed interface Tool permits RealtimeFunctionTool, MCPTool, Tool.Unknown {

		/**
		 * A {@link Tool} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Tool, UnknownVariant {
		}

		/**
		 * Reads a {@link Tool} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Tool> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Tool>variants(Unknown::new)
					.discriminator("type")
					.object(RealtimeFunctionTool.class,
							VariantShape.declaring("type", "name", "description", "parameters")
								.values("type", "function"))
					.object(MCPTool.class, VariantShape
						.declaring("type", "server_label", "server_url", "connector_id", "authorization",
								"server_description", "headers", "allowed_tools", "require_approval", "defer_loading")
						.requiring("type", "server_label")
						.values("type", "mcp")
						.values("connector_id", "connector_dropbox", "connector_gmail", "connector_googlecalendar",
								"connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar",
								"connector_outlookemail", "connector_sharepoint")));
			}

		}

	}

	/**
	 * How the model chooses tools. Provide one of the string modes or force a specific
	 * function/MCP tool.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ToolChoice.Deserializer.class)
	public sealed interface ToolChoice
			permits ToolChoice.ToolChoiceOptionsValue, ToolChoiceFunction, ToolChoiceMCP, ToolChoice.Unknown {

		/**
		 * A {@link ToolChoice} that is a {@code ToolChoiceOptions}.
		 *
		 * @param value the value
		 */
		record ToolChoiceOptionsValue(@JsonValue ToolChoiceOptions value) implements ToolChoice {
			/**
			 * Creates a {@link ToolChoiceOptionsValue}, rejecting a null value.
			 * @param value the value
			 */
			public ToolChoiceOptionsValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link ToolChoice} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ToolChoice, UnknownVariant {
		}

		/**
		 * Reads a {@link ToolChoice} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ToolChoice> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ToolChoice>variants(Unknown::new)
					.discriminator("type")
					.object(ToolChoiceFunction.class,
							VariantShape.declaring("type", "name").requiring("type", "name").values("type", "function"))
					.object(ToolChoiceMCP.class,
							VariantShape.declaring("type", "server_label", "name")
								.requiring("type", "server_label")
								.values("type", "mcp"))
					.string(ToolChoiceOptions.class, ToolChoiceOptionsValue::new));
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
	@JsonDeserialize(using = MaxOutputTokens.Deserializer.class)
	public sealed interface MaxOutputTokens
			permits MaxOutputTokens.LongValue, MaxOutputTokens.InfValue, MaxOutputTokens.Unknown {

		/**
		 * A {@link MaxOutputTokens} that is a {@code Long}.
		 *
		 * @param value the value
		 */
		record LongValue(@JsonValue Long value) implements MaxOutputTokens {
			/**
			 * Creates a {@link LongValue}, rejecting a null value.
			 * @param value the value
			 */
			public LongValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * One of the forms of a {@link MaxOutputTokens}.
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
		 * A {@link MaxOutputTokens} that is a {@code Inf}.
		 *
		 * @param value the value
		 */
		record InfValue(@JsonValue Inf value) implements MaxOutputTokens {
			/**
			 * Creates a {@link InfValue}, rejecting a null value.
			 * @param value the value
			 */
			public InfValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link MaxOutputTokens} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements MaxOutputTokens, UnknownVariant {
		}

		/**
		 * Reads a {@link MaxOutputTokens} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<MaxOutputTokens> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<MaxOutputTokens>variants(Unknown::new)
					.integer(Long.class, LongValue::new)
					.string(Inf.class, InfValue::new));
			}

		}

	}

	/**
	 * Builds a {@link RealtimeSessionCreateRequestGA}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<OutputModality> outputModalities;

		private @Nullable Model model;

		private @Nullable String instructions;

		private @Nullable Audio audio;

		private @Nullable List<IncludeItem> include;

		private @Nullable Tracing tracing;

		private @Nullable List<Tool> tools;

		private @Nullable ToolChoice toolChoice;

		private @Nullable MaxOutputTokens maxOutputTokens;

		private @Nullable RealtimeTruncation truncation;

		private @Nullable Prompt prompt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "realtime";
		}

		private Builder(RealtimeSessionCreateRequestGA source) {
			this.type = source.type();
			this.outputModalities = (source.outputModalities() != null) ? new ArrayList<>(source.outputModalities())
					: null;
			this.model = source.model();
			this.instructions = source.instructions();
			this.audio = source.audio();
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.tracing = source.tracing();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.maxOutputTokens = source.maxOutputTokens();
			this.truncation = source.truncation();
			this.prompt = source.prompt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The set of modalities the model can respond with.
		 * <p>
		 * Takes a copy of the list.
		 * @param outputModalities the value
		 * @return this builder
		 */
		public Builder outputModalities(@Nullable List<OutputModality> outputModalities) {
			this.outputModalities = (outputModalities != null) ? new ArrayList<>(outputModalities) : null;
			return this;
		}

		/**
		 * The set of modalities the model can respond with.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param outputModality the item to add
		 * @return this builder
		 */
		public Builder addOutputModality(OutputModality outputModality) {
			Objects.requireNonNull(outputModality, "'outputModality' must not be null");
			if (this.outputModalities == null) {
				this.outputModalities = new ArrayList<>();
			}
			this.outputModalities.add(outputModality);
			return this;
		}

		/**
		 * The set of modalities the model can respond with.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addOutputModality(String value) {
			return addOutputModality(OutputModality.of(value));
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
		 * Configuration for input and output audio.
		 * @param audio the value
		 * @return this builder
		 */
		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
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
		 * Realtime API can write session traces to the
		 * <a href="https://platform.openai.com/logs?api=traces">Traces Dashboard</a>.
		 * @param tracing the value
		 * @return this builder
		 */
		public Builder tracing(@Nullable Tracing tracing) {
			this.tracing = tracing;
			return this;
		}

		/**
		 * Realtime API can write session traces to the
		 * <a href="https://platform.openai.com/logs?api=traces">Traces Dashboard</a>.
		 * <p>
		 * Takes the value of a {@link Tracing.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder tracing(Tracing.Auto value) {
			return tracing(new Tracing.AutoValue(value));
		}

		/**
		 * Tools available to the model.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<? extends Tool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * Tools available to the model.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(Tool tool) {
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
		public Builder toolChoice(@Nullable ToolChoice toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * How the model chooses tools.
		 * <p>
		 * Takes the value of a {@link ToolChoice.ToolChoiceOptionsValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(ToolChoiceOptions value) {
			return toolChoice(new ToolChoice.ToolChoiceOptionsValue(value));
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * @param maxOutputTokens the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(@Nullable MaxOutputTokens maxOutputTokens) {
			this.maxOutputTokens = maxOutputTokens;
			return this;
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * <p>
		 * Takes the value of a {@link MaxOutputTokens.LongValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(Long value) {
			return maxOutputTokens(new MaxOutputTokens.LongValue(value));
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * <p>
		 * Takes the value of a {@link MaxOutputTokens.InfValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(MaxOutputTokens.Inf value) {
			return maxOutputTokens(new MaxOutputTokens.InfValue(value));
		}

		/**
		 * When the number of tokens in a conversation exceeds the model's input token
		 * limit, the conversation be truncated, meaning messages (starting from the
		 * oldest) will not be included in the model's context.
		 * @param truncation the value
		 * @return this builder
		 */
		public Builder truncation(@Nullable RealtimeTruncation truncation) {
			this.truncation = truncation;
			return this;
		}

		/**
		 * When the number of tokens in a conversation exceeds the model's input token
		 * limit, the conversation be truncated, meaning messages (starting from the
		 * oldest) will not be included in the model's context.
		 * <p>
		 * Takes the value of a {@link RealtimeTruncation.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder truncation(RealtimeTruncation.Item value) {
			return truncation(new RealtimeTruncation.ItemValue(value));
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
		public RealtimeSessionCreateRequestGA build() {
			return new RealtimeSessionCreateRequestGA(this.type,
					(this.outputModalities != null)
							? Collections.unmodifiableList(new ArrayList<>(this.outputModalities)) : null,
					this.model, this.instructions, this.audio,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.tracing,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.maxOutputTokens, this.truncation, this.prompt, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeSessionCreateRequestGA} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeSessionCreateRequestGA> {

		Reader() {
			super(RealtimeSessionCreateRequestGA.class, "type", "output_modalities", "model", "instructions", "audio",
					"include", "tracing", "tools", "tool_choice", "max_output_tokens", "truncation", "prompt");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Model.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeSessionCreateRequestGA create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeSessionCreateRequestGA((String) values[0], (List<OutputModality>) values[1],
					(Model) values[2], (String) values[3], (Audio) values[4], (List<IncludeItem>) values[5],
					(Tracing) values[6], (List<Tool>) values[7], (ToolChoice) values[8], (MaxOutputTokens) values[9],
					(RealtimeTruncation) values[10], (Prompt) values[11], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeSessionCreateRequestGA} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeSessionCreateRequestGA> {

		Writer() {
			super(RealtimeSessionCreateRequestGA.class, "type", "output_modalities", "model", "instructions", "audio",
					"include", "tracing", "tools", "tool_choice", "max_output_tokens", "truncation", "prompt");
		}

		@Override
		protected @Nullable Object value(RealtimeSessionCreateRequestGA record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.outputModalities();
				case 2 -> record.model();
				case 3 -> record.instructions();
				case 4 -> record.audio();
				case 5 -> record.include();
				case 6 -> record.tracing();
				case 7 -> record.tools();
				case 8 -> record.toolChoice();
				case 9 -> record.maxOutputTokens();
				case 10 -> record.truncation();
				case 11 -> record.prompt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeSessionCreateRequestGA record) {
			return record.additionalProperties();
		}

	}
}

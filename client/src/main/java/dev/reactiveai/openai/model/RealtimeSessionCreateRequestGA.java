// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Realtime session object configuration.
 *
 * @param type The type of session to create.
 * @param outputModalities The set of modalities the model can respond with.
 * @param model The Realtime model used for this session.
 * @param instructions The default system instructions (i.e.
 * @param audio Configuration for input and output audio.
 * @param include Additional fields to include in server outputs.
 * @param tracing Realtime API can write session traces to the [Traces
 * Dashboard](https://platform.openai.com/logs?api=traces).
 * @param tools Tools available to the model.
 * @param toolChoice How the model chooses tools.
 * @param maxOutputTokens Maximum number of output tokens for a single assistant response,
 * inclusive of tool calls.
 * @param truncation When the number of tokens in a conversation exceeds the model's input
 * token limit, the conversation be truncated, meaning messages (starting from the oldest)
 * will not be included in the model's context.
 * @param prompt the {@code prompt} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record RealtimeSessionCreateRequestGA(@JsonProperty("type") String type,
		@JsonProperty("output_modalities") @Nullable List<RealtimeSessionCreateRequestGA.OutputModalitiesItem> outputModalities,
		@JsonProperty("model") RealtimeSessionCreateRequestGA.@Nullable Model model,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("audio") RealtimeSessionCreateRequestGA.@Nullable Audio audio,
		@JsonProperty("include") @Nullable List<RealtimeSessionCreateRequestGA.IncludeItem> include,
		@JsonProperty("tracing") RealtimeSessionCreateRequestGA.@Nullable Tracing tracing,
		@JsonProperty("tools") @Nullable List<RealtimeSessionCreateRequestGA.ToolsItem> tools,
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

	public RealtimeSessionCreateRequestGA {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link RealtimeSessionCreateRequestGA}.
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
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OutputModalitiesItem(@JsonValue String value) {
		public static final OutputModalitiesItem TEXT = new OutputModalitiesItem("text");

		public static final OutputModalitiesItem AUDIO = new OutputModalitiesItem("audio");

		public OutputModalitiesItem {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static OutputModalitiesItem of(String value) {
			return switch (value) {
				case "text" -> TEXT;
				case "audio" -> AUDIO;
				default -> new OutputModalitiesItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
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
		public static final Model GPT_REALTIME = new Model("gpt-realtime");

		public static final Model GPT_REALTIME_1_5 = new Model("gpt-realtime-1.5");

		public static final Model GPT_REALTIME_2025_08_28 = new Model("gpt-realtime-2025-08-28");

		public static final Model GPT_4O_REALTIME_PREVIEW = new Model("gpt-4o-realtime-preview");

		public static final Model GPT_4O_REALTIME_PREVIEW_2024_10_01 = new Model("gpt-4o-realtime-preview-2024-10-01");

		public static final Model GPT_4O_REALTIME_PREVIEW_2024_12_17 = new Model("gpt-4o-realtime-preview-2024-12-17");

		public static final Model GPT_4O_REALTIME_PREVIEW_2025_06_03 = new Model("gpt-4o-realtime-preview-2025-06-03");

		public static final Model GPT_4O_MINI_REALTIME_PREVIEW = new Model("gpt-4o-mini-realtime-preview");

		public static final Model GPT_4O_MINI_REALTIME_PREVIEW_2024_12_17 = new Model(
				"gpt-4o-mini-realtime-preview-2024-12-17");

		public static final Model GPT_REALTIME_MINI = new Model("gpt-realtime-mini");

		public static final Model GPT_REALTIME_MINI_2025_10_06 = new Model("gpt-realtime-mini-2025-10-06");

		public static final Model GPT_REALTIME_MINI_2025_12_15 = new Model("gpt-realtime-mini-2025-12-15");

		public static final Model GPT_AUDIO_1_5 = new Model("gpt-audio-1.5");

		public static final Model GPT_AUDIO_MINI = new Model("gpt-audio-mini");

		public static final Model GPT_AUDIO_MINI_2025_10_06 = new Model("gpt-audio-mini-2025-10-06");

		public static final Model GPT_AUDIO_MINI_2025_12_15 = new Model("gpt-audio-mini-2025-12-15");

		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
	 * @param input the {@code input} property
	 * @param output the {@code output} property
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record Audio(@JsonProperty("input") Audio.@Nullable Input input,
			@JsonProperty("output") Audio.@Nullable Output output,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public Audio {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link Audio}.
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
		 * @param format The format of the input audio.
		 * @param transcription Configuration for input audio transcription, defaults to
		 * off and can be set to `null` to turn off once on.
		 * @param noiseReduction Configuration for input audio noise reduction.
		 * @param turnDetection the {@code turn_detection} property
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public static record Input(@JsonProperty("format") @Nullable RealtimeAudioFormats format,
				@JsonProperty("transcription") @Nullable AudioTranscription transcription,
				@JsonProperty("noise_reduction") Input.@Nullable NoiseReduction noiseReduction,
				@JsonProperty("turn_detection") @Nullable RealtimeTurnDetection turnDetection,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			public Input {
				additionalProperties = (additionalProperties != null)
						? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
			}

			/**
			 * A builder of {@link Input}.
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
			 * Configuration for input audio noise reduction. This can be set to `null` to
			 * turn off. Noise reduction filters audio added to the input audio buffer
			 * before it is sent to VAD and the model. Filtering the audio can improve VAD
			 * and turn detection accuracy (reducing false positives) and model
			 * performance by improving perception of the input audio.
			 *
			 * @param type Type of noise reduction.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public static record NoiseReduction(@JsonProperty("type") @Nullable NoiseReductionType type,
					@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

				public NoiseReduction {
					additionalProperties = (additionalProperties != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
				}

				/**
				 * A builder of {@link NoiseReduction}.
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
					 * Set {@code type}: Type of noise reduction. `near_field` is for
					 * close-talking microphones such as headphones, `far_field` is for
					 * far-field microphones such as laptop or conference room
					 * microphones.
					 * @param type the value
					 * @return this builder
					 */
					public Builder type(@Nullable NoiseReductionType type) {
						this.type = type;
						return this;
					}

					/**
					 * Set {@code type} to a value, known to this client or not.
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
				 * Set {@code format}: The format of the input audio.
				 * @param format the value
				 * @return this builder
				 */
				public Builder format(@Nullable RealtimeAudioFormats format) {
					this.format = format;
					return this;
				}

				/**
				 * Set {@code transcription}: Configuration for input audio transcription,
				 * defaults to off and can be set to `null` to turn off once on. Input
				 * audio transcription is not native to the model, since the model
				 * consumes audio directly. Transcription runs asynchronously through [the
				 * /audio/transcriptions
				 * endpoint](/docs/api-reference/audio/createTranscription) and should be
				 * treated as guidance of input audio content rather than precisely what
				 * the model heard. The client can optionally set the language and prompt
				 * for transcription, these offer additional guidance to the transcription
				 * service.
				 * @param transcription the value
				 * @return this builder
				 */
				public Builder transcription(@Nullable AudioTranscription transcription) {
					this.transcription = transcription;
					return this;
				}

				/**
				 * Set {@code noise_reduction}: Configuration for input audio noise
				 * reduction. This can be set to `null` to turn off. Noise reduction
				 * filters audio added to the input audio buffer before it is sent to VAD
				 * and the model. Filtering the audio can improve VAD and turn detection
				 * accuracy (reducing false positives) and model performance by improving
				 * perception of the input audio.
				 * @param noiseReduction the value
				 * @return this builder
				 */
				public Builder noiseReduction(@Nullable NoiseReduction noiseReduction) {
					this.noiseReduction = noiseReduction;
					return this;
				}

				/**
				 * Set {@code turn_detection}.
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
		}

		/**
		 * @param format The format of the output audio.
		 * @param voice The voice the model uses to respond.
		 * @param speed The speed of the model's spoken response as a multiple of the
		 * original speed.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public static record Output(@JsonProperty("format") @Nullable RealtimeAudioFormats format,
				@JsonProperty("voice") @Nullable VoiceIdsOrCustomVoice voice,
				@JsonProperty("speed") @Nullable Double speed,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			public Output {
				additionalProperties = (additionalProperties != null)
						? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
			}

			/**
			 * A builder of {@link Output}.
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
				 * Set {@code format}: The format of the output audio.
				 * @param format the value
				 * @return this builder
				 */
				public Builder format(@Nullable RealtimeAudioFormats format) {
					this.format = format;
					return this;
				}

				/**
				 * Set {@code voice}: The voice the model uses to respond. Supported
				 * built-in voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
				 * `shimmer`, `verse`, `marin`, and `cedar`. You may also provide a custom
				 * voice object with an `id`, for example `{ "id": "voice_1234" }`. Voice
				 * cannot be changed during the session once the model has responded with
				 * audio at least once. We recommend `marin` and `cedar` for best quality.
				 * @param voice the value
				 * @return this builder
				 */
				public Builder voice(@Nullable VoiceIdsOrCustomVoice voice) {
					this.voice = voice;
					return this;
				}

				/**
				 * Set {@code voice} to a
				 * {@link VoiceIdsOrCustomVoice.VoiceIdsSharedValue}.
				 * @param value the value
				 * @return this builder
				 */
				public Builder voice(VoiceIdsShared value) {
					return voice(new VoiceIdsOrCustomVoice.VoiceIdsSharedValue(value));
				}

				/**
				 * Set {@code speed}: The speed of the model's spoken response as a
				 * multiple of the original speed. 1.0 is the default speed. 0.25 is the
				 * minimum speed. 1.5 is the maximum speed. This value can only be changed
				 * in between model turns, not while a response is in progress.
				 *
				 * This parameter is a post-processing adjustment to the audio after it is
				 * generated, it's also possible to prompt the model to speak faster or
				 * slower.
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
			 * Set {@code input}.
			 * @param input the value
			 * @return this builder
			 */
			public Builder input(@Nullable Input input) {
				this.input = input;
				return this;
			}

			/**
			 * Set {@code output}.
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
	}

	/**
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record IncludeItem(@JsonValue String value) {
		public static final IncludeItem ITEM_INPUT_AUDIO_TRANSCRIPTION_LOGPROBS = new IncludeItem(
				"item.input_audio_transcription.logprobs");

		public IncludeItem {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
	 * Realtime API can write session traces to the [Traces
	 * Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable
	 * tracing. Once tracing is enabled for a session, the configuration cannot be
	 * modified.
	 *
	 * `auto` will create a trace for the session with default values for the workflow
	 * name, group id, and metadata.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tracing.Deserializer.class)
	public sealed interface Tracing permits Tracing.AutoValue, Tracing.TracingConfiguration, Tracing.Unknown {

		/**
		 * Enables tracing and sets default values for tracing configuration options.
		 * Always `auto`.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Auto(@JsonValue String value) {
			public static final Auto AUTO = new Auto("auto");

			public Auto {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
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
			public AutoValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * Granular configuration for tracing.
		 *
		 * @param workflowName The name of the workflow to attach to this trace.
		 * @param groupId The group id to attach to this trace to enable filtering and
		 * grouping in the Traces Dashboard.
		 * @param metadata The arbitrary metadata to attach to this trace to enable
		 * filtering in the Traces Dashboard.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ValueDeserializer.None.class)
		record TracingConfiguration(@JsonProperty("workflow_name") @Nullable String workflowName,
				@JsonProperty("group_id") @Nullable String groupId,
				@JsonProperty("metadata") @Nullable Map<String, Object> metadata,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tracing {

			public TracingConfiguration {
				additionalProperties = (additionalProperties != null)
						? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
			}

			/**
			 * A builder of {@link TracingConfiguration}.
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
					this.metadata = source.metadata();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Set {@code workflow_name}: The name of the workflow to attach to this
				 * trace. This is used to name the trace in the Traces Dashboard.
				 * @param workflowName the value
				 * @return this builder
				 */
				public Builder workflowName(@Nullable String workflowName) {
					this.workflowName = workflowName;
					return this;
				}

				/**
				 * Set {@code group_id}: The group id to attach to this trace to enable
				 * filtering and grouping in the Traces Dashboard.
				 * @param groupId the value
				 * @return this builder
				 */
				public Builder groupId(@Nullable String groupId) {
					this.groupId = groupId;
					return this;
				}

				/**
				 * Set {@code metadata}: The arbitrary metadata to attach to this trace to
				 * enable filtering in the Traces Dashboard.
				 * @param metadata the value
				 * @return this builder
				 */
				public Builder metadata(@Nullable Map<String, Object> metadata) {
					this.metadata = metadata;
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
					return new TracingConfiguration(this.workflowName, this.groupId, this.metadata,
							this.additionalProperties);
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

			public Deserializer() {
				super(UnionDeserializer.<Tracing>variants(Unknown::new)
					.object(TracingConfiguration.class, VariantShape.declaring("workflow_name", "group_id", "metadata"))
					.string(Auto.class, AutoValue::new));
			}

		}

	}

	/**
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ToolsItem.Deserializer.class)
	public sealed interface ToolsItem permits RealtimeFunctionTool, MCPTool, ToolsItem.Unknown {

		/**
		 * A {@link ToolsItem} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ToolsItem, UnknownVariant {
		}

		/**
		 * Reads a {@link ToolsItem} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ToolsItem> {

			public Deserializer() {
				super(UnionDeserializer.<ToolsItem>variants(Unknown::new)
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
	 * calls. Provide an integer between 1 and 4096 to limit output tokens, or `inf` for
	 * the maximum available tokens for a given model. Defaults to `inf`.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = MaxOutputTokens.Deserializer.class)
	public sealed interface MaxOutputTokens
			permits MaxOutputTokens.LongValue, MaxOutputTokens.ItemValue, MaxOutputTokens.Unknown {

		/**
		 * A {@link MaxOutputTokens} that is a {@code Long}.
		 *
		 * @param value the value
		 */
		record LongValue(@JsonValue Long value) implements MaxOutputTokens {
			public LongValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Item(@JsonValue String value) {
			public static final Item INF = new Item("inf");

			public Item {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 */
			@JsonCreator
			public static Item of(String value) {
				return switch (value) {
					case "inf" -> INF;
					default -> new Item(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
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
		 * A {@link MaxOutputTokens} that is a {@code Item}.
		 *
		 * @param value the value
		 */
		record ItemValue(@JsonValue Item value) implements MaxOutputTokens {
			public ItemValue {
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

			public Deserializer() {
				super(UnionDeserializer.<MaxOutputTokens>variants(Unknown::new)
					.integer(Long.class, LongValue::new)
					.string(Item.class, ItemValue::new));
			}

		}

	}

	/**
	 * Builds a {@link RealtimeSessionCreateRequestGA}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<OutputModalitiesItem> outputModalities;

		private @Nullable Model model;

		private @Nullable String instructions;

		private @Nullable Audio audio;

		private @Nullable List<IncludeItem> include;

		private @Nullable Tracing tracing;

		private @Nullable List<ToolsItem> tools;

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
			this.outputModalities = source.outputModalities();
			this.model = source.model();
			this.instructions = source.instructions();
			this.audio = source.audio();
			this.include = source.include();
			this.tracing = source.tracing();
			this.tools = source.tools();
			this.toolChoice = source.toolChoice();
			this.maxOutputTokens = source.maxOutputTokens();
			this.truncation = source.truncation();
			this.prompt = source.prompt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of session to create. Always `realtime` for the
		 * Realtime API.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code output_modalities}: The set of modalities the model can respond
		 * with. It defaults to `["audio"]`, indicating that the model will respond with
		 * audio plus a transcript. `["text"]` can be used to make the model respond with
		 * text only. It is not possible to request both `text` and `audio` at the same
		 * time.
		 * @param outputModalities the value
		 * @return this builder
		 */
		public Builder outputModalities(@Nullable List<OutputModalitiesItem> outputModalities) {
			this.outputModalities = outputModalities;
			return this;
		}

		/**
		 * Set {@code model}: The Realtime model used for this session.
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
		 * Set {@code instructions}: The default system instructions (i.e. system message)
		 * prepended to model calls. This field allows the client to guide the model on
		 * desired responses. The model can be instructed on response content and format,
		 * (e.g. "be extremely succinct", "act friendly", "here are examples of good
		 * responses") and on audio behavior (e.g. "talk quickly", "inject emotion into
		 * your voice", "laugh frequently"). The instructions are not guaranteed to be
		 * followed by the model, but they provide guidance to the model on the desired
		 * behavior.
		 *
		 * Note that the server sets default instructions which will be used if this field
		 * is not set and are visible in the `session.created` event at the start of the
		 * session.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * Set {@code audio}: Configuration for input and output audio.
		 * @param audio the value
		 * @return this builder
		 */
		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
			return this;
		}

		/**
		 * Set {@code include}: Additional fields to include in server outputs.
		 *
		 * `item.input_audio_transcription.logprobs`: Include logprobs for input audio
		 * transcription.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeItem> include) {
			this.include = include;
			return this;
		}

		/**
		 * Set {@code tracing}: Realtime API can write session traces to the [Traces
		 * Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable
		 * tracing. Once tracing is enabled for a session, the configuration cannot be
		 * modified.
		 *
		 * `auto` will create a trace for the session with default values for the workflow
		 * name, group id, and metadata.
		 * @param tracing the value
		 * @return this builder
		 */
		public Builder tracing(@Nullable Tracing tracing) {
			this.tracing = tracing;
			return this;
		}

		/**
		 * Set {@code tracing} to a {@link Tracing.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder tracing(Tracing.Auto value) {
			return tracing(new Tracing.AutoValue(value));
		}

		/**
		 * Set {@code tools}: Tools available to the model.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<ToolsItem> tools) {
			this.tools = tools;
			return this;
		}

		/**
		 * Set {@code tool_choice}: How the model chooses tools. Provide one of the string
		 * modes or force a specific function/MCP tool.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ToolChoice toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Set {@code tool_choice} to a {@link ToolChoice.ToolChoiceOptionsValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(ToolChoiceOptions value) {
			return toolChoice(new ToolChoice.ToolChoiceOptionsValue(value));
		}

		/**
		 * Set {@code max_output_tokens}: Maximum number of output tokens for a single
		 * assistant response, inclusive of tool calls. Provide an integer between 1 and
		 * 4096 to limit output tokens, or `inf` for the maximum available tokens for a
		 * given model. Defaults to `inf`.
		 * @param maxOutputTokens the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(@Nullable MaxOutputTokens maxOutputTokens) {
			this.maxOutputTokens = maxOutputTokens;
			return this;
		}

		/**
		 * Set {@code max_output_tokens} to a {@link MaxOutputTokens.LongValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(Long value) {
			return maxOutputTokens(new MaxOutputTokens.LongValue(value));
		}

		/**
		 * Set {@code max_output_tokens} to a {@link MaxOutputTokens.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(MaxOutputTokens.Item value) {
			return maxOutputTokens(new MaxOutputTokens.ItemValue(value));
		}

		/**
		 * Set {@code truncation}: When the number of tokens in a conversation exceeds the
		 * model's input token limit, the conversation be truncated, meaning messages
		 * (starting from the oldest) will not be included in the model's context. A 32k
		 * context model with 4,096 max output tokens can only include 28,224 tokens in
		 * the context before truncation occurs.
		 *
		 * Clients can configure truncation behavior to truncate with a lower max token
		 * limit, which is an effective way to control token usage and cost.
		 *
		 * Truncation will reduce the number of cached tokens on the next turn (busting
		 * the cache), since messages are dropped from the beginning of the context.
		 * However, clients can also configure truncation to retain messages up to a
		 * fraction of the maximum context size, which will reduce the need for future
		 * truncations and thus improve the cache rate.
		 *
		 * Truncation can be disabled entirely, which means the server will never truncate
		 * but would instead return an error if the conversation exceeds the model's input
		 * token limit.
		 * @param truncation the value
		 * @return this builder
		 */
		public Builder truncation(@Nullable RealtimeTruncation truncation) {
			this.truncation = truncation;
			return this;
		}

		/**
		 * Set {@code truncation} to a {@link RealtimeTruncation.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder truncation(RealtimeTruncation.Item value) {
			return truncation(new RealtimeTruncation.ItemValue(value));
		}

		/**
		 * Set {@code prompt}.
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
			return new RealtimeSessionCreateRequestGA(this.type, this.outputModalities, this.model, this.instructions,
					this.audio, this.include, this.tracing, this.tools, this.toolChoice, this.maxOutputTokens,
					this.truncation, this.prompt, this.additionalProperties);
		}

	}
}

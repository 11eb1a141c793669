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
 * A Realtime session configuration object.
 *
 * @param id Unique identifier for the session that looks like
 * {@code sess_1234567890abcdef}.
 * @param object The object type. Always {@code realtime.session}.
 * @param expiresAt Expiration timestamp for the session, in seconds since epoch.
 * @param include Additional fields to include in server outputs.
 * <ul>
 * <li>{@code item.input_audio_transcription.logprobs}: Include logprobs for input audio
 * transcription.</li>
 * </ul>
 * @param model The Realtime model used for this session.
 * @param outputModalities The set of modalities the model can respond with. To disable
 * audio, set this to ["text"].
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
 * @param audio Configuration for input and output audio for the session.
 * @param tracing Configuration options for tracing. Set to null to disable tracing. Once
 * tracing is enabled for a session, the configuration cannot be modified.
 * <p>
 * {@code auto} will create a trace for the session with default values for the workflow
 * name, group id, and metadata.
 * @param turnDetection Configuration for turn detection. Can be set to {@code null} to
 * turn off. Server VAD means that the model will detect the start and end of speech based
 * on audio volume and respond at the end of user speech.
 * @param tools Tools (functions) available to the model.
 * @param toolChoice How the model chooses tools. Options are {@code auto}, {@code none},
 * {@code required}, or specify a function.
 * @param maxOutputTokens Maximum number of output tokens for a single assistant response,
 * inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens,
 * or {@code inf} for the maximum available tokens for a given model. Defaults to
 * {@code inf}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeSessionCreateResponse.Reader.class)
public record RealtimeSessionCreateResponse(@JsonProperty("id") @Nullable String id,
		@JsonProperty("object") @Nullable String object, @JsonProperty("expires_at") @Nullable Long expiresAt,
		@JsonProperty("include") @Nullable List<RealtimeSessionCreateResponse.IncludeItem> include,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("output_modalities") @Nullable Object outputModalities,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("audio") RealtimeSessionCreateResponse.@Nullable Audio audio,
		@JsonProperty("tracing") RealtimeSessionCreateResponse.@Nullable Tracing tracing,
		@JsonProperty("turn_detection") RealtimeSessionCreateResponse.@Nullable TurnDetection turnDetection,
		@JsonProperty("tools") @Nullable List<RealtimeFunctionTool> tools,
		@JsonProperty("tool_choice") @Nullable String toolChoice,
		@JsonProperty("max_output_tokens") RealtimeSessionCreateResponse.@Nullable MaxOutputTokens maxOutputTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeSessionCreateResponse}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param id Unique identifier for the session that looks like
	 * {@code sess_1234567890abcdef}.
	 * @param object The object type.
	 * @param expiresAt Expiration timestamp for the session, in seconds since epoch.
	 * @param include Additional fields to include in server outputs.
	 * @param model The Realtime model used for this session.
	 * @param outputModalities The set of modalities the model can respond with.
	 * @param instructions The default system instructions (i.e. system message) prepended
	 * to model calls.
	 * @param audio Configuration for input and output audio for the session.
	 * @param tracing Configuration options for tracing.
	 * @param turnDetection Configuration for turn detection.
	 * @param tools Tools (functions) available to the model.
	 * @param toolChoice How the model chooses tools.
	 * @param maxOutputTokens Maximum number of output tokens for a single assistant
	 * response, inclusive of tool calls.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeSessionCreateResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeSessionCreateResponse}.
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
	 * An item of a {@link RealtimeSessionCreateResponse}'s {@code include}.
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
	 * Configuration for input and output audio for the session.
	 *
	 * @param input A
	 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateResponse.Audio.Input} (the
	 * API description says no more).
	 * @param output A
	 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateResponse.Audio.Output} (the
	 * API description says no more).
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
		 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateResponse.Audio.Input}
		 * (the API description says no more).
		 * @param output A
		 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateResponse.Audio.Output}
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
		 * @param format A {@link dev.reactiveai.openai.types.RealtimeAudioFormats} (the
		 * API description says no more).
		 * @param transcription Configuration for input audio transcription.
		 * @param noiseReduction Configuration for input audio noise reduction.
		 * @param turnDetection Configuration for turn detection.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Input.Reader.class)
		public static record Input(@JsonProperty("format") @Nullable RealtimeAudioFormats format,
				@JsonProperty("transcription") @Nullable AudioTranscription transcription,
				@JsonProperty("noise_reduction") Input.@Nullable NoiseReduction noiseReduction,
				@JsonProperty("turn_detection") Input.@Nullable TurnDetection turnDetection,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Input}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param format A {@link dev.reactiveai.openai.types.RealtimeAudioFormats}
			 * (the API description says no more).
			 * @param transcription Configuration for input audio transcription.
			 * @param noiseReduction Configuration for input audio noise reduction.
			 * @param turnDetection Configuration for turn detection.
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
			 * Configuration for input audio noise reduction.
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
			 * Configuration for turn detection.
			 *
			 * @param type Type of turn detection, only {@code server_vad} is currently
			 * supported.
			 * @param threshold A number (the API description says no more).
			 * @param prefixPaddingMs An integer (the API description says no more).
			 * @param silenceDurationMs An integer (the API description says no more).
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			@JsonDeserialize(using = TurnDetection.Reader.class)
			public static record TurnDetection(@JsonProperty("type") @Nullable String type,
					@JsonProperty("threshold") @Nullable Double threshold,
					@JsonProperty("prefix_padding_ms") @Nullable Long prefixPaddingMs,
					@JsonProperty("silence_duration_ms") @Nullable Long silenceDurationMs,
					@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

				/**
				 * Creates a {@link TurnDetection}; {@code additionalProperties} becomes
				 * an unmodifiable copy, empty for null.
				 * @param type Type of turn detection, only {@code server_vad} is
				 * currently supported.
				 * @param threshold A number (the API description says no more).
				 * @param prefixPaddingMs An integer (the API description says no more).
				 * @param silenceDurationMs An integer (the API description says no more).
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				public TurnDetection {
					additionalProperties = AdditionalProperties.copyOf(additionalProperties);
				}

				/**
				 * A builder of {@link TurnDetection}.
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
				 * Builds a {@link TurnDetection}.
				 */
				public static final class Builder {

					private @Nullable String type;

					private @Nullable Double threshold;

					private @Nullable Long prefixPaddingMs;

					private @Nullable Long silenceDurationMs;

					private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

					private Builder() {
					}

					private Builder(TurnDetection source) {
						this.type = source.type();
						this.threshold = source.threshold();
						this.prefixPaddingMs = source.prefixPaddingMs();
						this.silenceDurationMs = source.silenceDurationMs();
						this.additionalProperties.putAll(source.additionalProperties());
					}

					/**
					 * Type of turn detection, only {@code server_vad} is currently
					 * supported.
					 * @param type the value
					 * @return this builder
					 */
					public Builder type(@Nullable String type) {
						this.type = type;
						return this;
					}

					/**
					 * A number (the API description says no more).
					 * @param threshold the value
					 * @return this builder
					 */
					public Builder threshold(@Nullable Double threshold) {
						this.threshold = threshold;
						return this;
					}

					/**
					 * An integer (the API description says no more).
					 * @param prefixPaddingMs the value
					 * @return this builder
					 */
					public Builder prefixPaddingMs(@Nullable Long prefixPaddingMs) {
						this.prefixPaddingMs = prefixPaddingMs;
						return this;
					}

					/**
					 * An integer (the API description says no more).
					 * @param silenceDurationMs the value
					 * @return this builder
					 */
					public Builder silenceDurationMs(@Nullable Long silenceDurationMs) {
						this.silenceDurationMs = silenceDurationMs;
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
					public TurnDetection build() {
						return new TurnDetection(this.type, this.threshold, this.prefixPaddingMs,
								this.silenceDurationMs, this.additionalProperties);
					}

				}

				/**
				 * Reads a {@link TurnDetection} from the parser's tokens; Jackson creates
				 * it from {@code @JsonDeserialize}.
				 */
				static final class Reader extends RecordDeserializer<TurnDetection> {

					Reader() {
						super(TurnDetection.class, "type", "threshold", "prefix_padding_ms", "silence_duration_ms");
					}

					@Override
					protected TurnDetection create(@Nullable Object[] values,
							@Nullable Map<String, Object> additionalProperties) {
						return new TurnDetection((String) values[0], (Double) values[1], (Long) values[2],
								(Long) values[3], additionalProperties);
					}

				}

				/**
				 * Writes a {@link TurnDetection} without reflection; the client's mapper
				 * finds it ({@code GeneratedWriters}).
				 */
				static final class Writer extends RecordSerializer<TurnDetection> {

					Writer() {
						super(TurnDetection.class, "type", "threshold", "prefix_padding_ms", "silence_duration_ms");
					}

					@Override
					protected @Nullable Object value(TurnDetection record, int index) {
						return switch (index) {
							case 0 -> record.type();
							case 1 -> record.threshold();
							case 2 -> record.prefixPaddingMs();
							case 3 -> record.silenceDurationMs();
							default -> throw new IndexOutOfBoundsException(index);
						};
					}

					@Override
					protected Map<String, Object> additionalProperties(TurnDetection record) {
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

				private @Nullable TurnDetection turnDetection;

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
				 * A {@link dev.reactiveai.openai.types.RealtimeAudioFormats} (the API
				 * description says no more).
				 * @param format the value
				 * @return this builder
				 */
				public Builder format(@Nullable RealtimeAudioFormats format) {
					this.format = format;
					return this;
				}

				/**
				 * Configuration for input audio transcription.
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
				 * Configuration for turn detection.
				 * @param turnDetection the value
				 * @return this builder
				 */
				public Builder turnDetection(@Nullable TurnDetection turnDetection) {
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
							(NoiseReduction) values[2], (TurnDetection) values[3], additionalProperties);
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
		 * @param format A {@link dev.reactiveai.openai.types.RealtimeAudioFormats} (the
		 * API description says no more).
		 * @param voice A {@link dev.reactiveai.openai.types.VoiceIdsShared} (the API
		 * description says no more).
		 * @param speed A number (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Output.Reader.class)
		public static record Output(@JsonProperty("format") @Nullable RealtimeAudioFormats format,
				@JsonProperty("voice") @Nullable VoiceIdsShared voice, @JsonProperty("speed") @Nullable Double speed,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Output}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param format A {@link dev.reactiveai.openai.types.RealtimeAudioFormats}
			 * (the API description says no more).
			 * @param voice A {@link dev.reactiveai.openai.types.VoiceIdsShared} (the API
			 * description says no more).
			 * @param speed A number (the API description says no more).
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

				private @Nullable VoiceIdsShared voice;

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
				 * A {@link dev.reactiveai.openai.types.RealtimeAudioFormats} (the API
				 * description says no more).
				 * @param format the value
				 * @return this builder
				 */
				public Builder format(@Nullable RealtimeAudioFormats format) {
					this.format = format;
					return this;
				}

				/**
				 * A {@link dev.reactiveai.openai.types.VoiceIdsShared} (the API
				 * description says no more).
				 * @param voice the value
				 * @return this builder
				 */
				public Builder voice(@Nullable VoiceIdsShared voice) {
					this.voice = voice;
					return this;
				}

				/**
				 * A {@link dev.reactiveai.openai.types.VoiceIdsShared} (the API
				 * description says no more).
				 * <p>
				 * Takes the value as the API spells it, known to this client or not.
				 * @param value the value
				 * @return this builder
				 */
				public Builder voice(String value) {
					return voice(VoiceIdsShared.of(value));
				}

				/**
				 * A number (the API description says no more).
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
				protected Object openEnum(int index, String value) {
					return switch (index) {
						case 1 -> VoiceIdsShared.of(value);
						default -> super.openEnum(index, value);
					};
				}

				@Override
				protected Output create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Output((RealtimeAudioFormats) values[0], (VoiceIdsShared) values[1], (Double) values[2],
							additionalProperties);
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
			 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateResponse.Audio.Input}
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
			 * {@link dev.reactiveai.openai.types.RealtimeSessionCreateResponse.Audio.Output}
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
	 * Configuration for turn detection. Can be set to {@code null} to turn off. Server
	 * VAD means that the model will detect the start and end of speech based on audio
	 * volume and respond at the end of user speech.
	 *
	 * @param type Type of turn detection, only {@code server_vad} is currently supported.
	 * @param threshold Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
	 * higher threshold will require louder audio to activate the model, and thus might
	 * perform better in noisy environments.
	 * @param prefixPaddingMs Amount of audio to include before the VAD detected speech
	 * (in milliseconds). Defaults to 300ms.
	 * @param silenceDurationMs Duration of silence to detect speech stop (in
	 * milliseconds). Defaults to 500ms. With shorter values the model will respond more
	 * quickly, but may jump in on short pauses from the user.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = TurnDetection.Reader.class)
	public static record TurnDetection(@JsonProperty("type") @Nullable String type,
			@JsonProperty("threshold") @Nullable Double threshold,
			@JsonProperty("prefix_padding_ms") @Nullable Long prefixPaddingMs,
			@JsonProperty("silence_duration_ms") @Nullable Long silenceDurationMs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link TurnDetection}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type Type of turn detection, only {@code server_vad} is currently
		 * supported.
		 * @param threshold Activation threshold for VAD (0.0 to 1.0), this defaults to
		 * 0.5.
		 * @param prefixPaddingMs Amount of audio to include before the VAD detected
		 * speech (in milliseconds).
		 * @param silenceDurationMs Duration of silence to detect speech stop (in
		 * milliseconds).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public TurnDetection {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link TurnDetection}.
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
		 * Builds a {@link TurnDetection}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable Double threshold;

			private @Nullable Long prefixPaddingMs;

			private @Nullable Long silenceDurationMs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(TurnDetection source) {
				this.type = source.type();
				this.threshold = source.threshold();
				this.prefixPaddingMs = source.prefixPaddingMs();
				this.silenceDurationMs = source.silenceDurationMs();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Type of turn detection, only {@code server_vad} is currently supported.
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				this.type = type;
				return this;
			}

			/**
			 * Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5.
			 * @param threshold the value
			 * @return this builder
			 */
			public Builder threshold(@Nullable Double threshold) {
				this.threshold = threshold;
				return this;
			}

			/**
			 * Amount of audio to include before the VAD detected speech (in
			 * milliseconds).
			 * @param prefixPaddingMs the value
			 * @return this builder
			 */
			public Builder prefixPaddingMs(@Nullable Long prefixPaddingMs) {
				this.prefixPaddingMs = prefixPaddingMs;
				return this;
			}

			/**
			 * Duration of silence to detect speech stop (in milliseconds).
			 * @param silenceDurationMs the value
			 * @return this builder
			 */
			public Builder silenceDurationMs(@Nullable Long silenceDurationMs) {
				this.silenceDurationMs = silenceDurationMs;
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
			public TurnDetection build() {
				return new TurnDetection(this.type, this.threshold, this.prefixPaddingMs, this.silenceDurationMs,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link TurnDetection} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<TurnDetection> {

			Reader() {
				super(TurnDetection.class, "type", "threshold", "prefix_padding_ms", "silence_duration_ms");
			}

			@Override
			protected TurnDetection create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new TurnDetection((String) values[0], (Double) values[1], (Long) values[2], (Long) values[3],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link TurnDetection} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<TurnDetection> {

			Writer() {
				super(TurnDetection.class, "type", "threshold", "prefix_padding_ms", "silence_duration_ms");
			}

			@Override
			protected @Nullable Object value(TurnDetection record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.threshold();
					case 2 -> record.prefixPaddingMs();
					case 3 -> record.silenceDurationMs();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(TurnDetection record) {
				return record.additionalProperties();
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
	 * Builds a {@link RealtimeSessionCreateResponse}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long expiresAt;

		private @Nullable List<IncludeItem> include;

		private @Nullable String model;

		private @Nullable Object outputModalities;

		private @Nullable String instructions;

		private @Nullable Audio audio;

		private @Nullable Tracing tracing;

		private @Nullable TurnDetection turnDetection;

		private @Nullable List<RealtimeFunctionTool> tools;

		private @Nullable String toolChoice;

		private @Nullable MaxOutputTokens maxOutputTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeSessionCreateResponse source) {
			this.id = source.id();
			this.object = source.object();
			this.expiresAt = source.expiresAt();
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.model = source.model();
			this.outputModalities = source.outputModalities();
			this.instructions = source.instructions();
			this.audio = source.audio();
			this.tracing = source.tracing();
			this.turnDetection = source.turnDetection();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.maxOutputTokens = source.maxOutputTokens();
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
		 * The object type.
		 * @param object the value
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
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
		 * The Realtime model used for this session.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * The set of modalities the model can respond with.
		 * @param outputModalities the value
		 * @return this builder
		 */
		public Builder outputModalities(@Nullable Object outputModalities) {
			this.outputModalities = outputModalities;
			return this;
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
		 * Configuration for input and output audio for the session.
		 * @param audio the value
		 * @return this builder
		 */
		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
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
		 * Configuration for turn detection.
		 * @param turnDetection the value
		 * @return this builder
		 */
		public Builder turnDetection(@Nullable TurnDetection turnDetection) {
			this.turnDetection = turnDetection;
			return this;
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
		public RealtimeSessionCreateResponse build() {
			return new RealtimeSessionCreateResponse(this.id, this.object, this.expiresAt,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.model, this.outputModalities, this.instructions, this.audio, this.tracing, this.turnDetection,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.maxOutputTokens, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeSessionCreateResponse} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeSessionCreateResponse> {

		Reader() {
			super(RealtimeSessionCreateResponse.class, "id", "object", "expires_at", "include", "model",
					"output_modalities", "instructions", "audio", "tracing", "turn_detection", "tools", "tool_choice",
					"max_output_tokens");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeSessionCreateResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeSessionCreateResponse((String) values[0], (String) values[1], (Long) values[2],
					(List<IncludeItem>) values[3], (String) values[4], (Object) values[5], (String) values[6],
					(Audio) values[7], (Tracing) values[8], (TurnDetection) values[9],
					(List<RealtimeFunctionTool>) values[10], (String) values[11], (MaxOutputTokens) values[12],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeSessionCreateResponse} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeSessionCreateResponse> {

		Writer() {
			super(RealtimeSessionCreateResponse.class, "id", "object", "expires_at", "include", "model",
					"output_modalities", "instructions", "audio", "tracing", "turn_detection", "tools", "tool_choice",
					"max_output_tokens");
		}

		@Override
		protected @Nullable Object value(RealtimeSessionCreateResponse record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.expiresAt();
				case 3 -> record.include();
				case 4 -> record.model();
				case 5 -> record.outputModalities();
				case 6 -> record.instructions();
				case 7 -> record.audio();
				case 8 -> record.tracing();
				case 9 -> record.turnDetection();
				case 10 -> record.tools();
				case 11 -> record.toolChoice();
				case 12 -> record.maxOutputTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeSessionCreateResponse record) {
			return record.additionalProperties();
		}

	}
}

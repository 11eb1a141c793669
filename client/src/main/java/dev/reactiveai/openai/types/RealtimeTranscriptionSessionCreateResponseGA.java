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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Realtime transcription session configuration object.
 *
 * @param type The type of session. Always {@code transcription} for transcription
 * sessions.
 * @param id Unique identifier for the session that looks like
 * {@code sess_1234567890abcdef}.
 * @param object The object type. Always {@code realtime.transcription_session}.
 * @param expiresAt Expiration timestamp for the session, in seconds since epoch.
 * @param include Additional fields to include in server outputs.
 * <ul>
 * <li>{@code item.input_audio_transcription.logprobs}: Include logprobs for input audio
 * transcription.</li>
 * </ul>
 * @param audio Configuration for input audio for the session.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeTranscriptionSessionCreateResponseGA.Reader.class)
public record RealtimeTranscriptionSessionCreateResponseGA(@JsonProperty("type") String type,
		@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("expires_at") @Nullable Long expiresAt,
		@JsonProperty("include") @Nullable List<RealtimeTranscriptionSessionCreateResponseGA.IncludeItem> include,
		@JsonProperty("audio") RealtimeTranscriptionSessionCreateResponseGA.@Nullable Audio audio,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RealtimeCreateClientSecretResponse.Session {

	/**
	 * Creates a {@link RealtimeTranscriptionSessionCreateResponseGA}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of session.
	 * @param id Unique identifier for the session that looks like
	 * {@code sess_1234567890abcdef}.
	 * @param object The object type.
	 * @param expiresAt Expiration timestamp for the session, in seconds since epoch.
	 * @param include Additional fields to include in server outputs.
	 * @param audio Configuration for input audio for the session.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeTranscriptionSessionCreateResponseGA {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeTranscriptionSessionCreateResponseGA}.
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
	 * An item of a {@link RealtimeTranscriptionSessionCreateResponseGA}'s
	 * {@code include}.
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
	 * Configuration for input audio for the session.
	 *
	 * @param input A
	 * {@link dev.reactiveai.openai.types.RealtimeTranscriptionSessionCreateResponseGA.Audio.Input}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Audio.Reader.class)
	public static record Audio(@JsonProperty("input") Audio.@Nullable Input input,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Audio}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param input A
		 * {@link dev.reactiveai.openai.types.RealtimeTranscriptionSessionCreateResponseGA.Audio.Input}
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
		 * @param transcription Configuration of the transcription model.
		 * @param noiseReduction Configuration for input audio noise reduction.
		 * @param turnDetection Configuration for turn detection. Can be set to
		 * {@code null} to turn off. Server VAD means that the model will detect the start
		 * and end of speech based on audio volume and respond at the end of user speech.
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
			 * @param transcription Configuration of the transcription model.
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
			 * Configuration for turn detection. Can be set to {@code null} to turn off.
			 * Server VAD means that the model will detect the start and end of speech
			 * based on audio volume and respond at the end of user speech.
			 *
			 * @param type Type of turn detection, only {@code server_vad} is currently
			 * supported.
			 * @param threshold Activation threshold for VAD (0.0 to 1.0), this defaults
			 * to 0.5. A higher threshold will require louder audio to activate the model,
			 * and thus might perform better in noisy environments.
			 * @param prefixPaddingMs Amount of audio to include before the VAD detected
			 * speech (in milliseconds). Defaults to 300ms.
			 * @param silenceDurationMs Duration of silence to detect speech stop (in
			 * milliseconds). Defaults to 500ms. With shorter values the model will
			 * respond more quickly, but may jump in on short pauses from the user.
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
				 * @param threshold Activation threshold for VAD (0.0 to 1.0), this
				 * defaults to 0.5.
				 * @param prefixPaddingMs Amount of audio to include before the VAD
				 * detected speech (in milliseconds).
				 * @param silenceDurationMs Duration of silence to detect speech stop (in
				 * milliseconds).
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
				 * Configuration of the transcription model.
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
		 * Builds a {@link Audio}.
		 */
		public static final class Builder {

			private @Nullable Input input;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Audio source) {
				this.input = source.input();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A
			 * {@link dev.reactiveai.openai.types.RealtimeTranscriptionSessionCreateResponseGA.Audio.Input}
			 * (the API description says no more).
			 * @param input the value
			 * @return this builder
			 */
			public Builder input(@Nullable Input input) {
				this.input = input;
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
				return new Audio(this.input, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Audio} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Audio> {

			Reader() {
				super(Audio.class, "input");
			}

			@Override
			protected Audio create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Audio((Input) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Audio} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Audio> {

			Writer() {
				super(Audio.class, "input");
			}

			@Override
			protected @Nullable Object value(Audio record, int index) {
				return switch (index) {
					case 0 -> record.input();
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
	 * Builds a {@link RealtimeTranscriptionSessionCreateResponseGA}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long expiresAt;

		private @Nullable List<IncludeItem> include;

		private @Nullable Audio audio;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "transcription";
		}

		private Builder(RealtimeTranscriptionSessionCreateResponseGA source) {
			this.type = source.type();
			this.id = source.id();
			this.object = source.object();
			this.expiresAt = source.expiresAt();
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.audio = source.audio();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the session that looks like
		 * {@code sess_1234567890abcdef}.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The object type.
		 * @param object the value (required)
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
		 * Configuration for input audio for the session.
		 * @param audio the value
		 * @return this builder
		 */
		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
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
		public RealtimeTranscriptionSessionCreateResponseGA build() {
			return new RealtimeTranscriptionSessionCreateResponseGA(this.type,
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.object, "'object' is required"), this.expiresAt,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.audio, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeTranscriptionSessionCreateResponseGA} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeTranscriptionSessionCreateResponseGA> {

		Reader() {
			super(RealtimeTranscriptionSessionCreateResponseGA.class, "type", "id", "object", "expires_at", "include",
					"audio");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeTranscriptionSessionCreateResponseGA create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeTranscriptionSessionCreateResponseGA((String) values[0], (String) values[1],
					(String) values[2], (Long) values[3], (List<IncludeItem>) values[4], (Audio) values[5],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeTranscriptionSessionCreateResponseGA} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeTranscriptionSessionCreateResponseGA> {

		Writer() {
			super(RealtimeTranscriptionSessionCreateResponseGA.class, "type", "id", "object", "expires_at", "include",
					"audio");
		}

		@Override
		protected @Nullable Object value(RealtimeTranscriptionSessionCreateResponseGA record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.object();
				case 3 -> record.expiresAt();
				case 4 -> record.include();
				case 5 -> record.audio();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeTranscriptionSessionCreateResponseGA record) {
			return record.additionalProperties();
		}

	}
}

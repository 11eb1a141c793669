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
 * Realtime transcription session object configuration.
 *
 * @param type The type of session to create. Always {@code transcription} for
 * transcription sessions.
 * @param audio Configuration for input and output audio.
 * @param include Additional fields to include in server outputs.
 * <p>
 * {@code item.input_audio_transcription.logprobs}: Include logprobs for input audio
 * transcription.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeTranscriptionSessionCreateRequestGA.Reader.class)
public record RealtimeTranscriptionSessionCreateRequestGA(@JsonProperty("type") String type,
		@JsonProperty("audio") RealtimeTranscriptionSessionCreateRequestGA.@Nullable Audio audio,
		@JsonProperty("include") @Nullable List<RealtimeTranscriptionSessionCreateRequestGA.IncludeItem> include,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RealtimeClientEventSessionUpdate.Session,
			RealtimeCreateClientSecretRequest.Session,
			RealtimeServerEventSessionCreated.Session,
			RealtimeServerEventSessionUpdated.Session {

	/**
	 * Creates a {@link RealtimeTranscriptionSessionCreateRequestGA}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of session to create.
	 * @param audio Configuration for input and output audio.
	 * @param include Additional fields to include in server outputs.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeTranscriptionSessionCreateRequestGA {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeTranscriptionSessionCreateRequestGA}.
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
	 * Configuration for input and output audio.
	 *
	 * @param input A
	 * {@link dev.reactiveai.openai.types.RealtimeTranscriptionSessionCreateRequestGA.Audio.Input}
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
		 * {@link dev.reactiveai.openai.types.RealtimeTranscriptionSessionCreateRequestGA.Audio.Input}
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
			 * @param format A {@link dev.reactiveai.openai.types.RealtimeAudioFormats}
			 * (the API description says no more).
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
			 * {@link dev.reactiveai.openai.types.RealtimeTranscriptionSessionCreateRequestGA.Audio.Input}
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
	 * An item of a {@link RealtimeTranscriptionSessionCreateRequestGA}'s {@code include}.
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
	 * Builds a {@link RealtimeTranscriptionSessionCreateRequestGA}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Audio audio;

		private @Nullable List<IncludeItem> include;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "transcription";
		}

		private Builder(RealtimeTranscriptionSessionCreateRequestGA source) {
			this.type = source.type();
			this.audio = source.audio();
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
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
		public RealtimeTranscriptionSessionCreateRequestGA build() {
			return new RealtimeTranscriptionSessionCreateRequestGA(this.type, this.audio,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeTranscriptionSessionCreateRequestGA} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeTranscriptionSessionCreateRequestGA> {

		Reader() {
			super(RealtimeTranscriptionSessionCreateRequestGA.class, "type", "audio", "include");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeTranscriptionSessionCreateRequestGA create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeTranscriptionSessionCreateRequestGA((String) values[0], (Audio) values[1],
					(List<IncludeItem>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeTranscriptionSessionCreateRequestGA} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeTranscriptionSessionCreateRequestGA> {

		Writer() {
			super(RealtimeTranscriptionSessionCreateRequestGA.class, "type", "audio", "include");
		}

		@Override
		protected @Nullable Object value(RealtimeTranscriptionSessionCreateRequestGA record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.audio();
				case 2 -> record.include();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeTranscriptionSessionCreateRequestGA record) {
			return record.additionalProperties();
		}

	}
}

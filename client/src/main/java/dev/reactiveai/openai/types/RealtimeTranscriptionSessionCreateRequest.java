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
 * @param turnDetection Configuration for turn detection. Can be set to {@code null} to
 * turn off. Server VAD means that the model will detect the start and end of speech based
 * on audio volume and respond at the end of user speech.
 * @param inputAudioNoiseReduction Configuration for input audio noise reduction. This can
 * be set to {@code null} to turn off. Noise reduction filters audio added to the input
 * audio buffer before it is sent to VAD and the model. Filtering the audio can improve
 * VAD and turn detection accuracy (reducing false positives) and model performance by
 * improving perception of the input audio.
 * @param inputAudioFormat The format of input audio. Options are {@code pcm16},
 * {@code g711_ulaw}, or {@code g711_alaw}. For {@code pcm16}, input audio must be 16-bit
 * PCM at a 24kHz sample rate, single channel (mono), and little-endian byte order.
 * @param inputAudioTranscription Configuration for input audio transcription. The client
 * can optionally set the language and prompt for transcription, these offer additional
 * guidance to the transcription service.
 * @param include The set of items to include in the transcription. Current available
 * items are: {@code item.input_audio_transcription.logprobs}
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeTranscriptionSessionCreateRequest.Reader.class)
public record RealtimeTranscriptionSessionCreateRequest(
		@JsonProperty("turn_detection") RealtimeTranscriptionSessionCreateRequest.@Nullable TurnDetection turnDetection,
		@JsonProperty("input_audio_noise_reduction") RealtimeTranscriptionSessionCreateRequest.@Nullable InputAudioNoiseReduction inputAudioNoiseReduction,
		@JsonProperty("input_audio_format") RealtimeTranscriptionSessionCreateRequest.@Nullable InputAudioFormat inputAudioFormat,
		@JsonProperty("input_audio_transcription") @Nullable AudioTranscription inputAudioTranscription,
		@JsonProperty("include") @Nullable List<RealtimeTranscriptionSessionCreateRequest.IncludeItem> include,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeTranscriptionSessionCreateRequest};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param turnDetection Configuration for turn detection.
	 * @param inputAudioNoiseReduction Configuration for input audio noise reduction.
	 * @param inputAudioFormat The format of input audio.
	 * @param inputAudioTranscription Configuration for input audio transcription.
	 * @param include The set of items to include in the transcription.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeTranscriptionSessionCreateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeTranscriptionSessionCreateRequest}.
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
	 * Configuration for turn detection. Can be set to {@code null} to turn off. Server
	 * VAD means that the model will detect the start and end of speech based on audio
	 * volume and respond at the end of user speech.
	 *
	 * @param type Type of turn detection. Only {@code server_vad} is currently supported
	 * for transcription sessions.
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
		 * Creates a {@link TurnDetection}, filling in {@code type} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type Type of turn detection.
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
				this.type = "server_vad";
			}

			private Builder(TurnDetection source) {
				this.type = source.type();
				this.threshold = source.threshold();
				this.prefixPaddingMs = source.prefixPaddingMs();
				this.silenceDurationMs = source.silenceDurationMs();
				this.additionalProperties.putAll(source.additionalProperties());
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
	 * An item of a {@link RealtimeTranscriptionSessionCreateRequest}'s {@code include}.
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
	 * Builds a {@link RealtimeTranscriptionSessionCreateRequest}.
	 */
	public static final class Builder {

		private @Nullable TurnDetection turnDetection;

		private @Nullable InputAudioNoiseReduction inputAudioNoiseReduction;

		private @Nullable InputAudioFormat inputAudioFormat;

		private @Nullable AudioTranscription inputAudioTranscription;

		private @Nullable List<IncludeItem> include;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeTranscriptionSessionCreateRequest source) {
			this.turnDetection = source.turnDetection();
			this.inputAudioNoiseReduction = source.inputAudioNoiseReduction();
			this.inputAudioFormat = source.inputAudioFormat();
			this.inputAudioTranscription = source.inputAudioTranscription();
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * Configuration for input audio noise reduction.
		 * @param inputAudioNoiseReduction the value
		 * @return this builder
		 */
		public Builder inputAudioNoiseReduction(@Nullable InputAudioNoiseReduction inputAudioNoiseReduction) {
			this.inputAudioNoiseReduction = inputAudioNoiseReduction;
			return this;
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
		 * Configuration for input audio transcription.
		 * @param inputAudioTranscription the value
		 * @return this builder
		 */
		public Builder inputAudioTranscription(@Nullable AudioTranscription inputAudioTranscription) {
			this.inputAudioTranscription = inputAudioTranscription;
			return this;
		}

		/**
		 * The set of items to include in the transcription.
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
		 * The set of items to include in the transcription.
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
		 * The set of items to include in the transcription.
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
		public RealtimeTranscriptionSessionCreateRequest build() {
			return new RealtimeTranscriptionSessionCreateRequest(this.turnDetection, this.inputAudioNoiseReduction,
					this.inputAudioFormat, this.inputAudioTranscription,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeTranscriptionSessionCreateRequest} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeTranscriptionSessionCreateRequest> {

		Reader() {
			super(RealtimeTranscriptionSessionCreateRequest.class, "turn_detection", "input_audio_noise_reduction",
					"input_audio_format", "input_audio_transcription", "include");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> InputAudioFormat.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeTranscriptionSessionCreateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeTranscriptionSessionCreateRequest((TurnDetection) values[0],
					(InputAudioNoiseReduction) values[1], (InputAudioFormat) values[2], (AudioTranscription) values[3],
					(List<IncludeItem>) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeTranscriptionSessionCreateRequest} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeTranscriptionSessionCreateRequest> {

		Writer() {
			super(RealtimeTranscriptionSessionCreateRequest.class, "turn_detection", "input_audio_noise_reduction",
					"input_audio_format", "input_audio_transcription", "include");
		}

		@Override
		protected @Nullable Object value(RealtimeTranscriptionSessionCreateRequest record, int index) {
			return switch (index) {
				case 0 -> record.turnDetection();
				case 1 -> record.inputAudioNoiseReduction();
				case 2 -> record.inputAudioFormat();
				case 3 -> record.inputAudioTranscription();
				case 4 -> record.include();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeTranscriptionSessionCreateRequest record) {
			return record.additionalProperties();
		}

	}
}

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /audio/speech}: Generates audio from the input text.
 *
 * @param model One of the available
 * <a href="https://platform.openai.com/docs/models#tts">TTS models</a>: {@code tts-1},
 * {@code tts-1-hd}, {@code gpt-4o-mini-tts}, or {@code gpt-4o-mini-tts-2025-12-15}.
 * @param input The text to generate audio for. The maximum length is 4096 characters.
 * @param instructions Control the voice of your generated audio with additional
 * instructions. Does not work with {@code tts-1} or {@code tts-1-hd}.
 * @param voice The voice to use when generating the audio. Supported built-in voices are
 * {@code alloy}, {@code ash}, {@code ballad}, {@code coral}, {@code echo}, {@code fable},
 * {@code onyx}, {@code nova}, {@code sage}, {@code shimmer}, {@code verse},
 * {@code marin}, and {@code cedar}. You may also provide a custom voice object with an
 * {@code id}, for example {@code { "id": "voice_1234" }}. Previews of the voices are
 * available in the
 * <a href="https://platform.openai.com/docs/guides/text-to-speech#voice-options">Text to
 * speech guide</a>.
 * @param responseFormat The format to audio in. Supported formats are {@code mp3},
 * {@code opus}, {@code aac}, {@code flac}, {@code wav}, and {@code pcm}.
 * @param speed The speed of the generated audio. Select a value from {@code 0.25} to
 * {@code 4.0}. {@code 1.0} is the default.
 * @param streamFormat The format to stream the audio in. Supported formats are
 * {@code sse} and {@code audio}. {@code sse} is not supported for {@code tts-1} or
 * {@code tts-1-hd}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateSpeechRequest.Reader.class)
public record CreateSpeechRequest(@JsonProperty("model") CreateSpeechRequest.Model model,
		@JsonProperty("input") String input, @JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("voice") VoiceIdsOrCustomVoice voice,
		@JsonProperty("response_format") CreateSpeechRequest.@Nullable ResponseFormat responseFormat,
		@JsonProperty("speed") @Nullable Double speed,
		@JsonProperty("stream_format") CreateSpeechRequest.@Nullable StreamFormat streamFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateSpeechRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param model One of the available
	 * <a href="https://platform.openai.com/docs/models#tts">TTS models</a>:
	 * {@code tts-1}, {@code tts-1-hd}, {@code gpt-4o-mini-tts}, or
	 * {@code gpt-4o-mini-tts-2025-12-15}.
	 * @param input The text to generate audio for.
	 * @param instructions Control the voice of your generated audio with additional
	 * instructions.
	 * @param voice The voice to use when generating the audio.
	 * @param responseFormat The format to audio in.
	 * @param speed The speed of the generated audio.
	 * @param streamFormat The format to stream the audio in.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateSpeechRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateSpeechRequest}.
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
	 * One of the available <a href="https://platform.openai.com/docs/models#tts">TTS
	 * models</a>: {@code tts-1}, {@code tts-1-hd}, {@code gpt-4o-mini-tts}, or
	 * {@code gpt-4o-mini-tts-2025-12-15}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code tts-1}.
		 */
		public static final Model TTS_1 = new Model("tts-1");

		/**
		 * The value {@code tts-1-hd}.
		 */
		public static final Model TTS_1_HD = new Model("tts-1-hd");

		/**
		 * The value {@code gpt-4o-mini-tts}.
		 */
		public static final Model GPT_4O_MINI_TTS = new Model("gpt-4o-mini-tts");

		/**
		 * The value {@code gpt-4o-mini-tts-2025-12-15}.
		 */
		public static final Model GPT_4O_MINI_TTS_2025_12_15 = new Model("gpt-4o-mini-tts-2025-12-15");

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
				case "tts-1" -> TTS_1;
				case "tts-1-hd" -> TTS_1_HD;
				case "gpt-4o-mini-tts" -> GPT_4O_MINI_TTS;
				case "gpt-4o-mini-tts-2025-12-15" -> GPT_4O_MINI_TTS_2025_12_15;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format to audio in. Supported formats are {@code mp3}, {@code opus},
	 * {@code aac}, {@code flac}, {@code wav}, and {@code pcm}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record ResponseFormat(@JsonValue String value) {
		/**
		 * The value {@code mp3}.
		 */
		public static final ResponseFormat MP3 = new ResponseFormat("mp3");

		/**
		 * The value {@code opus}.
		 */
		public static final ResponseFormat OPUS = new ResponseFormat("opus");

		/**
		 * The value {@code aac}.
		 */
		public static final ResponseFormat AAC = new ResponseFormat("aac");

		/**
		 * The value {@code flac}.
		 */
		public static final ResponseFormat FLAC = new ResponseFormat("flac");

		/**
		 * The value {@code wav}.
		 */
		public static final ResponseFormat WAV = new ResponseFormat("wav");

		/**
		 * The value {@code pcm}.
		 */
		public static final ResponseFormat PCM = new ResponseFormat("pcm");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public ResponseFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static ResponseFormat of(String value) {
			return switch (value) {
				case "mp3" -> MP3;
				case "opus" -> OPUS;
				case "aac" -> AAC;
				case "flac" -> FLAC;
				case "wav" -> WAV;
				case "pcm" -> PCM;
				default -> new ResponseFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "mp3", "opus", "aac", "flac", "wav", "pcm" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format to stream the audio in. Supported formats are {@code sse} and
	 * {@code audio}. {@code sse} is not supported for {@code tts-1} or {@code tts-1-hd}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record StreamFormat(@JsonValue String value) {
		/**
		 * The value {@code sse}.
		 */
		public static final StreamFormat SSE = new StreamFormat("sse");

		/**
		 * The value {@code audio}.
		 */
		public static final StreamFormat AUDIO = new StreamFormat("audio");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public StreamFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static StreamFormat of(String value) {
			return switch (value) {
				case "sse" -> SSE;
				case "audio" -> AUDIO;
				default -> new StreamFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "sse", "audio" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateSpeechRequest}.
	 * <p>
	 * {@code stream_format} is set by the service's call, which decides whether to
	 * stream.
	 */
	public static final class Builder {

		private @Nullable Model model;

		private @Nullable String input;

		private @Nullable String instructions;

		private @Nullable VoiceIdsOrCustomVoice voice;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Double speed;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateSpeechRequest source) {
			this.model = source.model();
			this.input = source.input();
			this.instructions = source.instructions();
			this.voice = source.voice();
			this.responseFormat = source.responseFormat();
			this.speed = source.speed();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * One of the available <a href="https://platform.openai.com/docs/models#tts">TTS
		 * models</a>: {@code tts-1}, {@code tts-1-hd}, {@code gpt-4o-mini-tts}, or
		 * {@code gpt-4o-mini-tts-2025-12-15}.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * One of the available <a href="https://platform.openai.com/docs/models#tts">TTS
		 * models</a>: {@code tts-1}, {@code tts-1-hd}, {@code gpt-4o-mini-tts}, or
		 * {@code gpt-4o-mini-tts-2025-12-15}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * The text to generate audio for.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable String input) {
			this.input = input;
			return this;
		}

		/**
		 * Control the voice of your generated audio with additional instructions.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * The voice to use when generating the audio.
		 * @param voice the value (required)
		 * @return this builder
		 */
		public Builder voice(@Nullable VoiceIdsOrCustomVoice voice) {
			this.voice = voice;
			return this;
		}

		/**
		 * The voice to use when generating the audio.
		 * <p>
		 * Takes the value of a {@link VoiceIdsOrCustomVoice.VoiceIdsSharedValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder voice(VoiceIdsShared value) {
			return voice(new VoiceIdsOrCustomVoice.VoiceIdsSharedValue(value));
		}

		/**
		 * The format to audio in.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * The format to audio in.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(String value) {
			return responseFormat(ResponseFormat.of(value));
		}

		/**
		 * The speed of the generated audio.
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
		public CreateSpeechRequest build() {
			return new CreateSpeechRequest(Objects.requireNonNull(this.model, "'model' is required"),
					Objects.requireNonNull(this.input, "'input' is required"), this.instructions,
					Objects.requireNonNull(this.voice, "'voice' is required"), this.responseFormat, this.speed, null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateSpeechRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateSpeechRequest> {

		Reader() {
			super(CreateSpeechRequest.class, "model", "input", "instructions", "voice", "response_format", "speed",
					"stream_format");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Model.of(value);
				case 4 -> ResponseFormat.of(value);
				case 6 -> StreamFormat.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateSpeechRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateSpeechRequest((Model) values[0], (String) values[1], (String) values[2],
					(VoiceIdsOrCustomVoice) values[3], (ResponseFormat) values[4], (Double) values[5],
					(StreamFormat) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateSpeechRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateSpeechRequest> {

		Writer() {
			super(CreateSpeechRequest.class, "model", "input", "instructions", "voice", "response_format", "speed",
					"stream_format");
		}

		@Override
		protected @Nullable Object value(CreateSpeechRequest record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.input();
				case 2 -> record.instructions();
				case 3 -> record.voice();
				case 4 -> record.responseFormat();
				case 5 -> record.speed();
				case 6 -> record.streamFormat();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateSpeechRequest record) {
			return record.additionalProperties();
		}

	}
}

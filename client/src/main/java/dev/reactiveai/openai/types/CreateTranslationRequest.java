// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /audio/translations}: Translates audio into English.
 *
 * @param file The audio file object (not file name) translate, in one of these formats:
 * flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
 * @param model ID of the model to use. Only {@code whisper-1} (which is powered by our
 * open source Whisper V2 model) is currently available.
 * @param prompt An optional text to guide the model's style or continue a previous audio
 * segment. The
 * <a href="https://platform.openai.com/docs/guides/speech-to-text#prompting">prompt</a>
 * should be in English.
 * @param responseFormat The format of the output, in one of these options: {@code json},
 * {@code text}, {@code srt}, {@code verbose_json}, or {@code vtt}.
 * @param temperature The sampling temperature, between 0 and 1. Higher values like 0.8
 * will make the output more random, while lower values like 0.2 will make it more focused
 * and deterministic. If set to 0, the model will use
 * <a href="https://en.wikipedia.org/wiki/Log_probability">log probability</a> to
 * automatically increase the temperature until certain thresholds are hit.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateTranslationRequest.Reader.class)
public record CreateTranslationRequest(@JsonProperty("file") UploadFile file,
		@JsonProperty("model") CreateTranslationRequest.Model model, @JsonProperty("prompt") @Nullable String prompt,
		@JsonProperty("response_format") CreateTranslationRequest.@Nullable ResponseFormat responseFormat,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateTranslationRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param file The audio file object (not file name) translate, in one of these
	 * formats: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
	 * @param model ID of the model to use.
	 * @param prompt An optional text to guide the model's style or continue a previous
	 * audio segment.
	 * @param responseFormat The format of the output, in one of these options:
	 * {@code json}, {@code text}, {@code srt}, {@code verbose_json}, or {@code vtt}.
	 * @param temperature The sampling temperature, between 0 and 1.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateTranslationRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateTranslationRequest}.
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
	 * ID of the model to use. Only {@code whisper-1} (which is powered by our open source
	 * Whisper V2 model) is currently available.
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
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "whisper-1" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format of the output, in one of these options: {@code json}, {@code text},
	 * {@code srt}, {@code verbose_json}, or {@code vtt}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record ResponseFormat(@JsonValue String value) {
		/**
		 * The value {@code json}.
		 */
		public static final ResponseFormat JSON = new ResponseFormat("json");

		/**
		 * The value {@code text}.
		 */
		public static final ResponseFormat TEXT = new ResponseFormat("text");

		/**
		 * The value {@code srt}.
		 */
		public static final ResponseFormat SRT = new ResponseFormat("srt");

		/**
		 * The value {@code verbose_json}.
		 */
		public static final ResponseFormat VERBOSE_JSON = new ResponseFormat("verbose_json");

		/**
		 * The value {@code vtt}.
		 */
		public static final ResponseFormat VTT = new ResponseFormat("vtt");

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
				case "json" -> JSON;
				case "text" -> TEXT;
				case "srt" -> SRT;
				case "verbose_json" -> VERBOSE_JSON;
				case "vtt" -> VTT;
				default -> new ResponseFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "json", "text", "srt", "verbose_json", "vtt" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateTranslationRequest}.
	 */
	public static final class Builder {

		private @Nullable UploadFile file;

		private @Nullable Model model;

		private @Nullable String prompt;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Double temperature;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateTranslationRequest source) {
			this.file = source.file();
			this.model = source.model();
			this.prompt = source.prompt();
			this.responseFormat = source.responseFormat();
			this.temperature = source.temperature();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The audio file object (not file name) translate, in one of these formats: flac,
		 * mp3, mp4, mpeg, mpga, m4a, ogg, wav, or webm.
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
		 * {@code srt}, {@code verbose_json}, or {@code vtt}.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * The format of the output, in one of these options: {@code json}, {@code text},
		 * {@code srt}, {@code verbose_json}, or {@code vtt}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(String value) {
			return responseFormat(ResponseFormat.of(value));
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
		public CreateTranslationRequest build() {
			return new CreateTranslationRequest(Objects.requireNonNull(this.file, "'file' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.prompt, this.responseFormat,
					this.temperature, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateTranslationRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateTranslationRequest> {

		Reader() {
			super(CreateTranslationRequest.class, "file", "model", "prompt", "response_format", "temperature");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Model.of(value);
				case 3 -> ResponseFormat.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateTranslationRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateTranslationRequest((UploadFile) values[0], (Model) values[1], (String) values[2],
					(ResponseFormat) values[3], (Double) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateTranslationRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateTranslationRequest> {

		Writer() {
			super(CreateTranslationRequest.class, "file", "model", "prompt", "response_format", "temperature");
		}

		@Override
		protected @Nullable Object value(CreateTranslationRequest record, int index) {
			return switch (index) {
				case 0 -> record.file();
				case 1 -> record.model();
				case 2 -> record.prompt();
				case 3 -> record.responseFormat();
				case 4 -> record.temperature();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateTranslationRequest record) {
			return record.additionalProperties();
		}

	}
}

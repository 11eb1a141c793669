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
 * Learn about <a href="https://platform.openai.com/docs/guides/audio">audio inputs</a>.
 *
 * @param type The type of the content part. Always {@code input_audio}.
 * @param inputAudio A
 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartAudio.InputAudio}
 * (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionRequestMessageContentPartAudio.Reader.class)
public record ChatCompletionRequestMessageContentPartAudio(@JsonProperty("type") String type,
		@JsonProperty("input_audio") ChatCompletionRequestMessageContentPartAudio.InputAudio inputAudio,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionRequestUserMessageContentPart {

	/**
	 * Creates a {@link ChatCompletionRequestMessageContentPartAudio}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of the content part.
	 * @param inputAudio A
	 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartAudio.InputAudio}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionRequestMessageContentPartAudio {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionRequestMessageContentPartAudio}.
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
	 * A {@link ChatCompletionRequestMessageContentPartAudio}'s {@code input_audio}.
	 *
	 * @param data Base64 encoded audio data.
	 * @param format The format of the encoded audio data. Currently supports "wav" and
	 * "mp3".
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InputAudio.Reader.class)
	public static record InputAudio(@JsonProperty("data") String data, @JsonProperty("format") InputAudio.Format format,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InputAudio}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param data Base64 encoded audio data.
		 * @param format The format of the encoded audio data.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InputAudio {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InputAudio}.
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
		 * The format of the encoded audio data. Currently supports "wav" and "mp3".
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Format(@JsonValue String value) {
			/**
			 * The value {@code wav}.
			 */
			public static final Format WAV = new Format("wav");

			/**
			 * The value {@code mp3}.
			 */
			public static final Format MP3 = new Format("mp3");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Format {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Format of(String value) {
				return switch (value) {
					case "wav" -> WAV;
					case "mp3" -> MP3;
					default -> new Format(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "wav", "mp3" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link InputAudio}.
		 */
		public static final class Builder {

			private @Nullable String data;

			private @Nullable Format format;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InputAudio source) {
				this.data = source.data();
				this.format = source.format();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Base64 encoded audio data.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable String data) {
				this.data = data;
				return this;
			}

			/**
			 * The format of the encoded audio data.
			 * @param format the value (required)
			 * @return this builder
			 */
			public Builder format(@Nullable Format format) {
				this.format = format;
				return this;
			}

			/**
			 * The format of the encoded audio data.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder format(String value) {
				return format(Format.of(value));
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
			public InputAudio build() {
				return new InputAudio(Objects.requireNonNull(this.data, "'data' is required"),
						Objects.requireNonNull(this.format, "'format' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InputAudio} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InputAudio> {

			Reader() {
				super(InputAudio.class, "data", "format");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 1 -> Format.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected InputAudio create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new InputAudio((String) values[0], (Format) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InputAudio} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InputAudio> {

			Writer() {
				super(InputAudio.class, "data", "format");
			}

			@Override
			protected @Nullable Object value(InputAudio record, int index) {
				return switch (index) {
					case 0 -> record.data();
					case 1 -> record.format();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InputAudio record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ChatCompletionRequestMessageContentPartAudio}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable InputAudio inputAudio;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio";
		}

		private Builder(ChatCompletionRequestMessageContentPartAudio source) {
			this.type = source.type();
			this.inputAudio = source.inputAudio();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartAudio.InputAudio}
		 * (the API description says no more).
		 * @param inputAudio the value (required)
		 * @return this builder
		 */
		public Builder inputAudio(@Nullable InputAudio inputAudio) {
			this.inputAudio = inputAudio;
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
		public ChatCompletionRequestMessageContentPartAudio build() {
			return new ChatCompletionRequestMessageContentPartAudio(this.type,
					Objects.requireNonNull(this.inputAudio, "'inputAudio' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionRequestMessageContentPartAudio} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionRequestMessageContentPartAudio> {

		Reader() {
			super(ChatCompletionRequestMessageContentPartAudio.class, "type", "input_audio");
		}

		@Override
		protected ChatCompletionRequestMessageContentPartAudio create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionRequestMessageContentPartAudio((String) values[0], (InputAudio) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionRequestMessageContentPartAudio} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionRequestMessageContentPartAudio> {

		Writer() {
			super(ChatCompletionRequestMessageContentPartAudio.class, "type", "input_audio");
		}

		@Override
		protected @Nullable Object value(ChatCompletionRequestMessageContentPartAudio record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.inputAudio();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionRequestMessageContentPartAudio record) {
			return record.additionalProperties();
		}

	}
}

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
 * An audio input to the model.
 *
 * @param type The type of the input item. Always {@code input_audio}.
 * @param inputAudio A {@link dev.reactiveai.openai.types.InputAudio.InputAudioDetails}
 * (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InputAudio.Reader.class)
public record InputAudio(@JsonProperty("type") String type,
		@JsonProperty("input_audio") InputAudio.InputAudioDetails inputAudio,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements EvalItemContentItem {

	/**
	 * Creates a {@link InputAudio}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the input item.
	 * @param inputAudio A
	 * {@link dev.reactiveai.openai.types.InputAudio.InputAudioDetails} (the API
	 * description says no more).
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
	 * A {@link InputAudio}'s {@code input_audio}.
	 *
	 * @param data Base64-encoded audio data.
	 * @param format The format of the audio data. Currently supported formats are
	 * {@code mp3} and {@code wav}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InputAudioDetails.Reader.class)
	public static record InputAudioDetails(@JsonProperty("data") String data,
			@JsonProperty("format") InputAudioDetails.Format format,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InputAudioDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param data Base64-encoded audio data.
		 * @param format The format of the audio data.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InputAudioDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InputAudioDetails}.
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
		 * The format of the audio data. Currently supported formats are {@code mp3} and
		 * {@code wav}.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Format(@JsonValue String value) {
			/**
			 * The value {@code mp3}.
			 */
			public static final Format MP3 = new Format("mp3");

			/**
			 * The value {@code wav}.
			 */
			public static final Format WAV = new Format("wav");

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
					case "mp3" -> MP3;
					case "wav" -> WAV;
					default -> new Format(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "mp3", "wav" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link InputAudioDetails}.
		 */
		public static final class Builder {

			private @Nullable String data;

			private @Nullable Format format;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InputAudioDetails source) {
				this.data = source.data();
				this.format = source.format();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Base64-encoded audio data.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable String data) {
				this.data = data;
				return this;
			}

			/**
			 * The format of the audio data.
			 * @param format the value (required)
			 * @return this builder
			 */
			public Builder format(@Nullable Format format) {
				this.format = format;
				return this;
			}

			/**
			 * The format of the audio data.
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
			public InputAudioDetails build() {
				return new InputAudioDetails(Objects.requireNonNull(this.data, "'data' is required"),
						Objects.requireNonNull(this.format, "'format' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InputAudioDetails} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InputAudioDetails> {

			Reader() {
				super(InputAudioDetails.class, "data", "format");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 1 -> Format.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected InputAudioDetails create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InputAudioDetails((String) values[0], (Format) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InputAudioDetails} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InputAudioDetails> {

			Writer() {
				super(InputAudioDetails.class, "data", "format");
			}

			@Override
			protected @Nullable Object value(InputAudioDetails record, int index) {
				return switch (index) {
					case 0 -> record.data();
					case 1 -> record.format();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InputAudioDetails record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link InputAudio}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable InputAudioDetails inputAudio;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio";
		}

		private Builder(InputAudio source) {
			this.type = source.type();
			this.inputAudio = source.inputAudio();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.InputAudio.InputAudioDetails} (the API
		 * description says no more).
		 * @param inputAudio the value (required)
		 * @return this builder
		 */
		public Builder inputAudio(@Nullable InputAudioDetails inputAudio) {
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
		public InputAudio build() {
			return new InputAudio(this.type, Objects.requireNonNull(this.inputAudio, "'inputAudio' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InputAudio} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InputAudio> {

		Reader() {
			super(InputAudio.class, "type", "input_audio");
		}

		@Override
		protected InputAudio create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new InputAudio((String) values[0], (InputAudioDetails) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InputAudio} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InputAudio> {

		Writer() {
			super(InputAudio.class, "type", "input_audio");
		}

		@Override
		protected @Nullable Object value(InputAudio record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.inputAudio();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InputAudio record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An audio output from the model.
 *
 * @param type The type of the output audio. Always {@code output_audio}.
 * @param data Base64-encoded audio data from the model.
 * @param transcript The transcript of the audio data from the model.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OutputAudio.Reader.class)
public record OutputAudio(@JsonProperty("type") String type, @JsonProperty("data") String data,
		@JsonProperty("transcript") String transcript,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OutputAudio}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the output audio.
	 * @param data Base64-encoded audio data from the model.
	 * @param transcript The transcript of the audio data from the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OutputAudio {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OutputAudio}.
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
	 * Builds a {@link OutputAudio}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String data;

		private @Nullable String transcript;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "output_audio";
		}

		private Builder(OutputAudio source) {
			this.type = source.type();
			this.data = source.data();
			this.transcript = source.transcript();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Base64-encoded audio data from the model.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable String data) {
			this.data = data;
			return this;
		}

		/**
		 * The transcript of the audio data from the model.
		 * @param transcript the value (required)
		 * @return this builder
		 */
		public Builder transcript(@Nullable String transcript) {
			this.transcript = transcript;
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
		public OutputAudio build() {
			return new OutputAudio(this.type, Objects.requireNonNull(this.data, "'data' is required"),
					Objects.requireNonNull(this.transcript, "'transcript' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OutputAudio} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OutputAudio> {

		Reader() {
			super(OutputAudio.class, "type", "data", "transcript");
		}

		@Override
		protected OutputAudio create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new OutputAudio((String) values[0], (String) values[1], (String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link OutputAudio} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OutputAudio> {

		Writer() {
			super(OutputAudio.class, "type", "data", "transcript");
		}

		@Override
		protected @Nullable Object value(OutputAudio record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.data();
				case 2 -> record.transcript();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OutputAudio record) {
			return record.additionalProperties();
		}

	}
}

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
 * Emitted for each chunk of audio data generated during speech synthesis.
 *
 * @param type The type of the event. Always {@code speech.audio.delta}.
 * @param audio A chunk of Base64-encoded audio data.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SpeechAudioDeltaEvent.Reader.class)
public record SpeechAudioDeltaEvent(@JsonProperty("type") String type, @JsonProperty("audio") String audio,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateSpeechResponseStreamEvent {

	/**
	 * Creates a {@link SpeechAudioDeltaEvent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the event.
	 * @param audio A chunk of Base64-encoded audio data.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SpeechAudioDeltaEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SpeechAudioDeltaEvent}.
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
	 * Builds a {@link SpeechAudioDeltaEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String audio;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "speech.audio.delta";
		}

		private Builder(SpeechAudioDeltaEvent source) {
			this.type = source.type();
			this.audio = source.audio();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A chunk of Base64-encoded audio data.
		 * @param audio the value (required)
		 * @return this builder
		 */
		public Builder audio(@Nullable String audio) {
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
		public SpeechAudioDeltaEvent build() {
			return new SpeechAudioDeltaEvent(this.type, Objects.requireNonNull(this.audio, "'audio' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SpeechAudioDeltaEvent} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SpeechAudioDeltaEvent> {

		Reader() {
			super(SpeechAudioDeltaEvent.class, "type", "audio");
		}

		@Override
		protected SpeechAudioDeltaEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new SpeechAudioDeltaEvent((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link SpeechAudioDeltaEvent} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SpeechAudioDeltaEvent> {

		Writer() {
			super(SpeechAudioDeltaEvent.class, "type", "audio");
		}

		@Override
		protected @Nullable Object value(SpeechAudioDeltaEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.audio();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SpeechAudioDeltaEvent record) {
			return record.additionalProperties();
		}

	}
}

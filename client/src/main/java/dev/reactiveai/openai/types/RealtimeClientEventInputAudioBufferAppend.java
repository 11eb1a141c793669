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
 * Send this event to append audio bytes to the input audio buffer. The audio buffer is
 * temporary storage you can write to and later commit. A "commit" will create a new user
 * message item in the conversation history from the buffer content and clear the buffer.
 * Input audio transcription (if enabled) will be generated when the buffer is committed.
 * <p>
 * If VAD is enabled the audio buffer is used to detect speech and the server will decide
 * when to commit. When Server VAD is disabled, you must commit the audio buffer manually.
 * Input audio noise reduction operates on writes to the audio buffer.
 * <p>
 * The client may choose how much audio to place in each event up to a maximum of 15 MiB,
 * for example streaming smaller chunks from the client may allow the VAD to be more
 * responsive. Unlike most other client events, the server will not send a confirmation
 * response to this event.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code input_audio_buffer.append}.
 * @param audio Base64-encoded audio bytes. This must be in the format specified by the
 * {@code input_audio_format} field in the session configuration.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeClientEventInputAudioBufferAppend.Reader.class)
public record RealtimeClientEventInputAudioBufferAppend(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonProperty("audio") String audio,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeClientEvent {

	/**
	 * Creates a {@link RealtimeClientEventInputAudioBufferAppend}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code input_audio_buffer.append}.
	 * @param audio Base64-encoded audio bytes.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeClientEventInputAudioBufferAppend {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeClientEventInputAudioBufferAppend}.
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
	 * Builds a {@link RealtimeClientEventInputAudioBufferAppend}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String audio;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.append";
		}

		private Builder(RealtimeClientEventInputAudioBufferAppend source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.audio = source.audio();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Optional client-generated ID used to identify this event.
		 * @param eventId the value
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * Base64-encoded audio bytes.
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
		public RealtimeClientEventInputAudioBufferAppend build() {
			return new RealtimeClientEventInputAudioBufferAppend(this.eventId, this.type,
					Objects.requireNonNull(this.audio, "'audio' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeClientEventInputAudioBufferAppend} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeClientEventInputAudioBufferAppend> {

		Reader() {
			super(RealtimeClientEventInputAudioBufferAppend.class, "event_id", "type", "audio");
		}

		@Override
		protected RealtimeClientEventInputAudioBufferAppend create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeClientEventInputAudioBufferAppend((String) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeClientEventInputAudioBufferAppend} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeClientEventInputAudioBufferAppend> {

		Writer() {
			super(RealtimeClientEventInputAudioBufferAppend.class, "event_id", "type", "audio");
		}

		@Override
		protected @Nullable Object value(RealtimeClientEventInputAudioBufferAppend record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.audio();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeClientEventInputAudioBufferAppend record) {
			return record.additionalProperties();
		}

	}
}

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
 * Sent by the server when in {@code server_vad} mode to indicate that speech has been
 * detected in the audio buffer. This can happen any time audio is added to the buffer
 * (unless speech is already detected). The client may want to use this event to interrupt
 * audio playback or provide visual feedback to the user.
 * <p>
 * The client should expect to receive a {@code input_audio_buffer.speech_stopped} event
 * when speech stops. The {@code item_id} property is the ID of the user message item that
 * will be created when speech stops and will also be included in the
 * {@code input_audio_buffer.speech_stopped} event (unless the client manually commits the
 * audio buffer during VAD activation).
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code input_audio_buffer.speech_started}.
 * @param audioStartMs Milliseconds from the start of all audio written to the buffer
 * during the session when speech was first detected. This will correspond to the
 * beginning of audio sent to the model, and thus includes the {@code prefix_padding_ms}
 * configured in the Session.
 * @param itemId The ID of the user message item that will be created when speech stops.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventInputAudioBufferSpeechStarted.Reader.class)
public record RealtimeServerEventInputAudioBufferSpeechStarted(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("audio_start_ms") Long audioStartMs,
		@JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventInputAudioBufferSpeechStarted}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code input_audio_buffer.speech_started}.
	 * @param audioStartMs Milliseconds from the start of all audio written to the buffer
	 * during the session when speech was first detected.
	 * @param itemId The ID of the user message item that will be created when speech
	 * stops.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventInputAudioBufferSpeechStarted {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventInputAudioBufferSpeechStarted}.
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
	 * Builds a {@link RealtimeServerEventInputAudioBufferSpeechStarted}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable Long audioStartMs;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.speech_started";
		}

		private Builder(RealtimeServerEventInputAudioBufferSpeechStarted source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.audioStartMs = source.audioStartMs();
			this.itemId = source.itemId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the server event.
		 * @param eventId the value (required)
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * Milliseconds from the start of all audio written to the buffer during the
		 * session when speech was first detected.
		 * @param audioStartMs the value (required)
		 * @return this builder
		 */
		public Builder audioStartMs(@Nullable Long audioStartMs) {
			this.audioStartMs = audioStartMs;
			return this;
		}

		/**
		 * The ID of the user message item that will be created when speech stops.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
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
		public RealtimeServerEventInputAudioBufferSpeechStarted build() {
			return new RealtimeServerEventInputAudioBufferSpeechStarted(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.audioStartMs, "'audioStartMs' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventInputAudioBufferSpeechStarted} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventInputAudioBufferSpeechStarted> {

		Reader() {
			super(RealtimeServerEventInputAudioBufferSpeechStarted.class, "event_id", "type", "audio_start_ms",
					"item_id");
		}

		@Override
		protected RealtimeServerEventInputAudioBufferSpeechStarted create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventInputAudioBufferSpeechStarted((String) values[0], (String) values[1],
					(Long) values[2], (String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventInputAudioBufferSpeechStarted} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventInputAudioBufferSpeechStarted> {

		Writer() {
			super(RealtimeServerEventInputAudioBufferSpeechStarted.class, "event_id", "type", "audio_start_ms",
					"item_id");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventInputAudioBufferSpeechStarted record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.audioStartMs();
				case 3 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventInputAudioBufferSpeechStarted record) {
			return record.additionalProperties();
		}

	}
}

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
 * Returned in {@code server_vad} mode when the server detects the end of speech in the
 * audio buffer. The server will also send an {@code conversation.item.created} event with
 * the user message item that is created from the audio buffer.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code input_audio_buffer.speech_stopped}.
 * @param audioEndMs Milliseconds since the session started when speech stopped. This will
 * correspond to the end of audio sent to the model, and thus includes the
 * {@code min_silence_duration_ms} configured in the Session.
 * @param itemId The ID of the user message item that will be created.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventInputAudioBufferSpeechStopped.Reader.class)
public record RealtimeServerEventInputAudioBufferSpeechStopped(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("audio_end_ms") Long audioEndMs,
		@JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventInputAudioBufferSpeechStopped}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code input_audio_buffer.speech_stopped}.
	 * @param audioEndMs Milliseconds since the session started when speech stopped.
	 * @param itemId The ID of the user message item that will be created.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventInputAudioBufferSpeechStopped {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventInputAudioBufferSpeechStopped}.
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
	 * Builds a {@link RealtimeServerEventInputAudioBufferSpeechStopped}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable Long audioEndMs;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.speech_stopped";
		}

		private Builder(RealtimeServerEventInputAudioBufferSpeechStopped source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.audioEndMs = source.audioEndMs();
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
		 * Milliseconds since the session started when speech stopped.
		 * @param audioEndMs the value (required)
		 * @return this builder
		 */
		public Builder audioEndMs(@Nullable Long audioEndMs) {
			this.audioEndMs = audioEndMs;
			return this;
		}

		/**
		 * The ID of the user message item that will be created.
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
		public RealtimeServerEventInputAudioBufferSpeechStopped build() {
			return new RealtimeServerEventInputAudioBufferSpeechStopped(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.audioEndMs, "'audioEndMs' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventInputAudioBufferSpeechStopped} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventInputAudioBufferSpeechStopped> {

		Reader() {
			super(RealtimeServerEventInputAudioBufferSpeechStopped.class, "event_id", "type", "audio_end_ms",
					"item_id");
		}

		@Override
		protected RealtimeServerEventInputAudioBufferSpeechStopped create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventInputAudioBufferSpeechStopped((String) values[0], (String) values[1],
					(Long) values[2], (String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventInputAudioBufferSpeechStopped} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventInputAudioBufferSpeechStopped> {

		Writer() {
			super(RealtimeServerEventInputAudioBufferSpeechStopped.class, "event_id", "type", "audio_end_ms",
					"item_id");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventInputAudioBufferSpeechStopped record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.audioEndMs();
				case 3 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventInputAudioBufferSpeechStopped record) {
			return record.additionalProperties();
		}

	}
}

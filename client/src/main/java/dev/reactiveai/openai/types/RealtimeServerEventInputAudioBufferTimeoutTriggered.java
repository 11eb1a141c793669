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
 * Returned when the Server VAD timeout is triggered for the input audio buffer. This is
 * configured with {@code idle_timeout_ms} in the {@code turn_detection} settings of the
 * session, and it indicates that there hasn't been any speech detected for the configured
 * duration.
 * <p>
 * The {@code audio_start_ms} and {@code audio_end_ms} fields indicate the segment of
 * audio after the last model response up to the triggering time, as an offset from the
 * beginning of audio written to the input audio buffer. This means it demarcates the
 * segment of audio that was silent and the difference between the start and end values
 * will roughly match the configured timeout.
 * <p>
 * The empty audio will be committed to the conversation as an {@code input_audio} item
 * (there will be a {@code input_audio_buffer.committed} event) and a model response will
 * be generated. There may be speech that didn't trigger VAD but is still detected by the
 * model, so the model may respond with something relevant to the conversation or a prompt
 * to continue speaking.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code input_audio_buffer.timeout_triggered}.
 * @param audioStartMs Millisecond offset of audio written to the input audio buffer that
 * was after the playback time of the last model response.
 * @param audioEndMs Millisecond offset of audio written to the input audio buffer at the
 * time the timeout was triggered.
 * @param itemId The ID of the item associated with this segment.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventInputAudioBufferTimeoutTriggered.Reader.class)
public record RealtimeServerEventInputAudioBufferTimeoutTriggered(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("audio_start_ms") Long audioStartMs,
		@JsonProperty("audio_end_ms") Long audioEndMs, @JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventInputAudioBufferTimeoutTriggered}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code input_audio_buffer.timeout_triggered}.
	 * @param audioStartMs Millisecond offset of audio written to the input audio buffer
	 * that was after the playback time of the last model response.
	 * @param audioEndMs Millisecond offset of audio written to the input audio buffer at
	 * the time the timeout was triggered.
	 * @param itemId The ID of the item associated with this segment.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventInputAudioBufferTimeoutTriggered {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventInputAudioBufferTimeoutTriggered}.
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
	 * Builds a {@link RealtimeServerEventInputAudioBufferTimeoutTriggered}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable Long audioStartMs;

		private @Nullable Long audioEndMs;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.timeout_triggered";
		}

		private Builder(RealtimeServerEventInputAudioBufferTimeoutTriggered source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.audioStartMs = source.audioStartMs();
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
		 * Millisecond offset of audio written to the input audio buffer that was after
		 * the playback time of the last model response.
		 * @param audioStartMs the value (required)
		 * @return this builder
		 */
		public Builder audioStartMs(@Nullable Long audioStartMs) {
			this.audioStartMs = audioStartMs;
			return this;
		}

		/**
		 * Millisecond offset of audio written to the input audio buffer at the time the
		 * timeout was triggered.
		 * @param audioEndMs the value (required)
		 * @return this builder
		 */
		public Builder audioEndMs(@Nullable Long audioEndMs) {
			this.audioEndMs = audioEndMs;
			return this;
		}

		/**
		 * The ID of the item associated with this segment.
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
		public RealtimeServerEventInputAudioBufferTimeoutTriggered build() {
			return new RealtimeServerEventInputAudioBufferTimeoutTriggered(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.audioStartMs, "'audioStartMs' is required"),
					Objects.requireNonNull(this.audioEndMs, "'audioEndMs' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventInputAudioBufferTimeoutTriggered} from the
	 * parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventInputAudioBufferTimeoutTriggered> {

		Reader() {
			super(RealtimeServerEventInputAudioBufferTimeoutTriggered.class, "event_id", "type", "audio_start_ms",
					"audio_end_ms", "item_id");
		}

		@Override
		protected RealtimeServerEventInputAudioBufferTimeoutTriggered create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventInputAudioBufferTimeoutTriggered((String) values[0], (String) values[1],
					(Long) values[2], (Long) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventInputAudioBufferTimeoutTriggered} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventInputAudioBufferTimeoutTriggered> {

		Writer() {
			super(RealtimeServerEventInputAudioBufferTimeoutTriggered.class, "event_id", "type", "audio_start_ms",
					"audio_end_ms", "item_id");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventInputAudioBufferTimeoutTriggered record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.audioStartMs();
				case 3 -> record.audioEndMs();
				case 4 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventInputAudioBufferTimeoutTriggered record) {
			return record.additionalProperties();
		}

	}
}

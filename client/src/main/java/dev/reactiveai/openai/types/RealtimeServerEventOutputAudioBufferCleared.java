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
 * <strong>WebRTC/SIP Only:</strong> Emitted when the output audio buffer is cleared. This
 * happens either in VAD mode when the user has interrupted
 * ({@code input_audio_buffer.speech_started}), or when the client has emitted the
 * {@code output_audio_buffer.clear} event to manually cut off the current audio response.
 * <a href=
 * "https://platform.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc">Learn
 * more</a>.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code output_audio_buffer.cleared}.
 * @param responseId The unique ID of the response that produced the audio.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventOutputAudioBufferCleared.Reader.class)
public record RealtimeServerEventOutputAudioBufferCleared(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response_id") String responseId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventOutputAudioBufferCleared}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code output_audio_buffer.cleared}.
	 * @param responseId The unique ID of the response that produced the audio.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventOutputAudioBufferCleared {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventOutputAudioBufferCleared}.
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
	 * Builds a {@link RealtimeServerEventOutputAudioBufferCleared}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String responseId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "output_audio_buffer.cleared";
		}

		private Builder(RealtimeServerEventOutputAudioBufferCleared source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.responseId = source.responseId();
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
		 * The unique ID of the response that produced the audio.
		 * @param responseId the value (required)
		 * @return this builder
		 */
		public Builder responseId(@Nullable String responseId) {
			this.responseId = responseId;
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
		public RealtimeServerEventOutputAudioBufferCleared build() {
			return new RealtimeServerEventOutputAudioBufferCleared(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.responseId, "'responseId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventOutputAudioBufferCleared} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventOutputAudioBufferCleared> {

		Reader() {
			super(RealtimeServerEventOutputAudioBufferCleared.class, "event_id", "type", "response_id");
		}

		@Override
		protected RealtimeServerEventOutputAudioBufferCleared create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventOutputAudioBufferCleared((String) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventOutputAudioBufferCleared} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventOutputAudioBufferCleared> {

		Writer() {
			super(RealtimeServerEventOutputAudioBufferCleared.class, "event_id", "type", "response_id");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventOutputAudioBufferCleared record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.responseId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventOutputAudioBufferCleared record) {
			return record.additionalProperties();
		}

	}
}

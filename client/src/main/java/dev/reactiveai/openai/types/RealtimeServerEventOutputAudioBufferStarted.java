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
 * <strong>WebRTC/SIP Only:</strong> Emitted when the server begins streaming audio to the
 * client. This event is emitted after an audio content part has been added
 * ({@code response.content_part.added}) to the response. <a href=
 * "https://platform.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc">Learn
 * more</a>.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code output_audio_buffer.started}.
 * @param responseId The unique ID of the response that produced the audio.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventOutputAudioBufferStarted.Reader.class)
public record RealtimeServerEventOutputAudioBufferStarted(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response_id") String responseId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventOutputAudioBufferStarted}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code output_audio_buffer.started}.
	 * @param responseId The unique ID of the response that produced the audio.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventOutputAudioBufferStarted {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventOutputAudioBufferStarted}.
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
	 * Builds a {@link RealtimeServerEventOutputAudioBufferStarted}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String responseId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "output_audio_buffer.started";
		}

		private Builder(RealtimeServerEventOutputAudioBufferStarted source) {
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
		public RealtimeServerEventOutputAudioBufferStarted build() {
			return new RealtimeServerEventOutputAudioBufferStarted(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.responseId, "'responseId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventOutputAudioBufferStarted} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventOutputAudioBufferStarted> {

		Reader() {
			super(RealtimeServerEventOutputAudioBufferStarted.class, "event_id", "type", "response_id");
		}

		@Override
		protected RealtimeServerEventOutputAudioBufferStarted create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventOutputAudioBufferStarted((String) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventOutputAudioBufferStarted} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventOutputAudioBufferStarted> {

		Writer() {
			super(RealtimeServerEventOutputAudioBufferStarted.class, "event_id", "type", "response_id");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventOutputAudioBufferStarted record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.responseId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventOutputAudioBufferStarted record) {
			return record.additionalProperties();
		}

	}
}

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
 * <strong>SIP Only:</strong> Returned when an DTMF event is received. A DTMF event is a
 * message that represents a telephone keypad press (0–9, *, #, A–D). The {@code event}
 * property is the keypad that the user press. The {@code received_at} is the UTC Unix
 * Timestamp that the server received the event.
 *
 * @param type The event type, must be {@code input_audio_buffer.dtmf_event_received}.
 * @param event The telephone keypad that was pressed by the user.
 * @param receivedAt UTC Unix Timestamp when DTMF Event was received by server.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventInputAudioBufferDtmfEventReceived.Reader.class)
public record RealtimeServerEventInputAudioBufferDtmfEventReceived(@JsonProperty("type") String type,
		@JsonProperty("event") String event, @JsonProperty("received_at") Long receivedAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventInputAudioBufferDtmfEventReceived}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The event type, must be {@code input_audio_buffer.dtmf_event_received}.
	 * @param event The telephone keypad that was pressed by the user.
	 * @param receivedAt UTC Unix Timestamp when DTMF Event was received by server.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventInputAudioBufferDtmfEventReceived {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventInputAudioBufferDtmfEventReceived}.
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
	 * Builds a {@link RealtimeServerEventInputAudioBufferDtmfEventReceived}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String event;

		private @Nullable Long receivedAt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.dtmf_event_received";
		}

		private Builder(RealtimeServerEventInputAudioBufferDtmfEventReceived source) {
			this.type = source.type();
			this.event = source.event();
			this.receivedAt = source.receivedAt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The telephone keypad that was pressed by the user.
		 * @param event the value (required)
		 * @return this builder
		 */
		public Builder event(@Nullable String event) {
			this.event = event;
			return this;
		}

		/**
		 * UTC Unix Timestamp when DTMF Event was received by server.
		 * @param receivedAt the value (required)
		 * @return this builder
		 */
		public Builder receivedAt(@Nullable Long receivedAt) {
			this.receivedAt = receivedAt;
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
		public RealtimeServerEventInputAudioBufferDtmfEventReceived build() {
			return new RealtimeServerEventInputAudioBufferDtmfEventReceived(this.type,
					Objects.requireNonNull(this.event, "'event' is required"),
					Objects.requireNonNull(this.receivedAt, "'receivedAt' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventInputAudioBufferDtmfEventReceived} from the
	 * parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventInputAudioBufferDtmfEventReceived> {

		Reader() {
			super(RealtimeServerEventInputAudioBufferDtmfEventReceived.class, "type", "event", "received_at");
		}

		@Override
		protected RealtimeServerEventInputAudioBufferDtmfEventReceived create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventInputAudioBufferDtmfEventReceived((String) values[0], (String) values[1],
					(Long) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventInputAudioBufferDtmfEventReceived} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventInputAudioBufferDtmfEventReceived> {

		Writer() {
			super(RealtimeServerEventInputAudioBufferDtmfEventReceived.class, "type", "event", "received_at");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventInputAudioBufferDtmfEventReceived record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.event();
				case 2 -> record.receivedAt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RealtimeServerEventInputAudioBufferDtmfEventReceived record) {
			return record.additionalProperties();
		}

	}
}

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
 * Returned when the input audio buffer is cleared by the client with a
 * {@code input_audio_buffer.clear} event.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code input_audio_buffer.cleared}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventInputAudioBufferCleared.Reader.class)
public record RealtimeServerEventInputAudioBufferCleared(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventInputAudioBufferCleared}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code input_audio_buffer.cleared}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventInputAudioBufferCleared {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventInputAudioBufferCleared}.
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
	 * Builds a {@link RealtimeServerEventInputAudioBufferCleared}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.cleared";
		}

		private Builder(RealtimeServerEventInputAudioBufferCleared source) {
			this.eventId = source.eventId();
			this.type = source.type();
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
		public RealtimeServerEventInputAudioBufferCleared build() {
			return new RealtimeServerEventInputAudioBufferCleared(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventInputAudioBufferCleared} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventInputAudioBufferCleared> {

		Reader() {
			super(RealtimeServerEventInputAudioBufferCleared.class, "event_id", "type");
		}

		@Override
		protected RealtimeServerEventInputAudioBufferCleared create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventInputAudioBufferCleared((String) values[0], (String) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventInputAudioBufferCleared} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventInputAudioBufferCleared> {

		Writer() {
			super(RealtimeServerEventInputAudioBufferCleared.class, "event_id", "type");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventInputAudioBufferCleared record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventInputAudioBufferCleared record) {
			return record.additionalProperties();
		}

	}
}

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
@JsonDeserialize(using = RealtimeBetaServerEventInputAudioBufferCleared.Reader.class)
public record RealtimeBetaServerEventInputAudioBufferCleared(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventInputAudioBufferCleared}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code input_audio_buffer.cleared}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventInputAudioBufferCleared {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventInputAudioBufferCleared}.
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
	 * Builds a {@link RealtimeBetaServerEventInputAudioBufferCleared}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.cleared";
		}

		private Builder(RealtimeBetaServerEventInputAudioBufferCleared source) {
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
		public RealtimeBetaServerEventInputAudioBufferCleared build() {
			return new RealtimeBetaServerEventInputAudioBufferCleared(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventInputAudioBufferCleared} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventInputAudioBufferCleared> {

		Reader() {
			super(RealtimeBetaServerEventInputAudioBufferCleared.class, "event_id", "type");
		}

		@Override
		protected RealtimeBetaServerEventInputAudioBufferCleared create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventInputAudioBufferCleared((String) values[0], (String) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventInputAudioBufferCleared} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventInputAudioBufferCleared> {

		Writer() {
			super(RealtimeBetaServerEventInputAudioBufferCleared.class, "event_id", "type");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventInputAudioBufferCleared record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventInputAudioBufferCleared record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Send this event to clear the audio bytes in the buffer. The server will respond with an
 * `input_audio_buffer.cleared` event.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be `input_audio_buffer.clear`.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record RealtimeClientEventInputAudioBufferClear(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeClientEvent {

	public RealtimeClientEventInputAudioBufferClear {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link RealtimeClientEventInputAudioBufferClear}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link RealtimeClientEventInputAudioBufferClear}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.clear";
		}

		private Builder(RealtimeClientEventInputAudioBufferClear source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code event_id}: Optional client-generated ID used to identify this event.
		 * @param eventId the value
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * Set {@code type}: The event type, must be `input_audio_buffer.clear`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
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
		public RealtimeClientEventInputAudioBufferClear build() {
			return new RealtimeClientEventInputAudioBufferClear(this.eventId, this.type, this.additionalProperties);
		}

	}
}

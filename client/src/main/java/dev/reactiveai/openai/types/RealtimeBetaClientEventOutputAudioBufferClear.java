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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * <strong>WebRTC/SIP Only:</strong> Emit to cut off the current audio response. This will
 * trigger the server to stop generating audio and emit a
 * {@code output_audio_buffer.cleared} event. This event should be preceded by a
 * {@code response.cancel} client event to stop the generation of the current response.
 * <a href=
 * "https://platform.openai.com/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc">Learn
 * more</a>.
 *
 * @param eventId The unique ID of the client event used for error handling.
 * @param type The event type, must be {@code output_audio_buffer.clear}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaClientEventOutputAudioBufferClear.Reader.class)
public record RealtimeBetaClientEventOutputAudioBufferClear(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaClientEventOutputAudioBufferClear}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the client event used for error handling.
	 * @param type The event type, must be {@code output_audio_buffer.clear}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaClientEventOutputAudioBufferClear {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaClientEventOutputAudioBufferClear}.
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
	 * Builds a {@link RealtimeBetaClientEventOutputAudioBufferClear}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "output_audio_buffer.clear";
		}

		private Builder(RealtimeBetaClientEventOutputAudioBufferClear source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the client event used for error handling.
		 * @param eventId the value
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
		public RealtimeBetaClientEventOutputAudioBufferClear build() {
			return new RealtimeBetaClientEventOutputAudioBufferClear(this.eventId, this.type,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaClientEventOutputAudioBufferClear} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaClientEventOutputAudioBufferClear> {

		Reader() {
			super(RealtimeBetaClientEventOutputAudioBufferClear.class, "event_id", "type");
		}

		@Override
		protected RealtimeBetaClientEventOutputAudioBufferClear create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaClientEventOutputAudioBufferClear((String) values[0], (String) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaClientEventOutputAudioBufferClear} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaClientEventOutputAudioBufferClear> {

		Writer() {
			super(RealtimeBetaClientEventOutputAudioBufferClear.class, "event_id", "type");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaClientEventOutputAudioBufferClear record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaClientEventOutputAudioBufferClear record) {
			return record.additionalProperties();
		}

	}
}

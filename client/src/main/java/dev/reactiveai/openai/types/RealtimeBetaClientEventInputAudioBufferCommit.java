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
 * Send this event to commit the user input audio buffer, which will create a new user
 * message item in the conversation. This event will produce an error if the input audio
 * buffer is empty. When in Server VAD mode, the client does not need to send this event,
 * the server will commit the audio buffer automatically.
 * <p>
 * Committing the input audio buffer will trigger input audio transcription (if enabled in
 * session configuration), but it will not create a response from the model. The server
 * will respond with an {@code input_audio_buffer.committed} event.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code input_audio_buffer.commit}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaClientEventInputAudioBufferCommit.Reader.class)
public record RealtimeBetaClientEventInputAudioBufferCommit(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaClientEventInputAudioBufferCommit}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code input_audio_buffer.commit}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaClientEventInputAudioBufferCommit {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaClientEventInputAudioBufferCommit}.
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
	 * Builds a {@link RealtimeBetaClientEventInputAudioBufferCommit}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.commit";
		}

		private Builder(RealtimeBetaClientEventInputAudioBufferCommit source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Optional client-generated ID used to identify this event.
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
		public RealtimeBetaClientEventInputAudioBufferCommit build() {
			return new RealtimeBetaClientEventInputAudioBufferCommit(this.eventId, this.type,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaClientEventInputAudioBufferCommit} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaClientEventInputAudioBufferCommit> {

		Reader() {
			super(RealtimeBetaClientEventInputAudioBufferCommit.class, "event_id", "type");
		}

		@Override
		protected RealtimeBetaClientEventInputAudioBufferCommit create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaClientEventInputAudioBufferCommit((String) values[0], (String) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaClientEventInputAudioBufferCommit} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaClientEventInputAudioBufferCommit> {

		Writer() {
			super(RealtimeBetaClientEventInputAudioBufferCommit.class, "event_id", "type");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaClientEventInputAudioBufferCommit record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaClientEventInputAudioBufferCommit record) {
			return record.additionalProperties();
		}

	}
}

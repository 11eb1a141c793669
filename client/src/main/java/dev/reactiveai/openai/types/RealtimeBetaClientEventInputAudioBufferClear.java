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
 * Send this event to clear the audio bytes in the buffer. The server will respond with an
 * {@code input_audio_buffer.cleared} event.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code input_audio_buffer.clear}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaClientEventInputAudioBufferClear.Reader.class)
public record RealtimeBetaClientEventInputAudioBufferClear(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaClientEventInputAudioBufferClear}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code input_audio_buffer.clear}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaClientEventInputAudioBufferClear {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaClientEventInputAudioBufferClear}.
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
	 * Builds a {@link RealtimeBetaClientEventInputAudioBufferClear}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.clear";
		}

		private Builder(RealtimeBetaClientEventInputAudioBufferClear source) {
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
		public RealtimeBetaClientEventInputAudioBufferClear build() {
			return new RealtimeBetaClientEventInputAudioBufferClear(this.eventId, this.type, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaClientEventInputAudioBufferClear} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaClientEventInputAudioBufferClear> {

		Reader() {
			super(RealtimeBetaClientEventInputAudioBufferClear.class, "event_id", "type");
		}

		@Override
		protected RealtimeBetaClientEventInputAudioBufferClear create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaClientEventInputAudioBufferClear((String) values[0], (String) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaClientEventInputAudioBufferClear} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaClientEventInputAudioBufferClear> {

		Writer() {
			super(RealtimeBetaClientEventInputAudioBufferClear.class, "event_id", "type");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaClientEventInputAudioBufferClear record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaClientEventInputAudioBufferClear record) {
			return record.additionalProperties();
		}

	}
}

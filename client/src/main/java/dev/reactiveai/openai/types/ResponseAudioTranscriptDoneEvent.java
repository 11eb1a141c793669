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
 * Emitted when the full audio transcript is completed.
 *
 * @param type The type of the event. Always {@code response.audio.transcript.done}.
 * @param sequenceNumber The sequence number of this event.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseAudioTranscriptDoneEvent.Reader.class)
public record ResponseAudioTranscriptDoneEvent(@JsonProperty("type") String type,
		@JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseAudioTranscriptDoneEvent}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param sequenceNumber The sequence number of this event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseAudioTranscriptDoneEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseAudioTranscriptDoneEvent}.
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
	 * Builds a {@link ResponseAudioTranscriptDoneEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.audio.transcript.done";
		}

		private Builder(ResponseAudioTranscriptDoneEvent source) {
			this.type = source.type();
			this.sequenceNumber = source.sequenceNumber();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The sequence number of this event.
		 * @param sequenceNumber the value (required)
		 * @return this builder
		 */
		public Builder sequenceNumber(@Nullable Long sequenceNumber) {
			this.sequenceNumber = sequenceNumber;
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
		public ResponseAudioTranscriptDoneEvent build() {
			return new ResponseAudioTranscriptDoneEvent(this.type,
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseAudioTranscriptDoneEvent} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseAudioTranscriptDoneEvent> {

		Reader() {
			super(ResponseAudioTranscriptDoneEvent.class, "type", "sequence_number");
		}

		@Override
		protected ResponseAudioTranscriptDoneEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseAudioTranscriptDoneEvent((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseAudioTranscriptDoneEvent} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseAudioTranscriptDoneEvent> {

		Writer() {
			super(ResponseAudioTranscriptDoneEvent.class, "type", "sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseAudioTranscriptDoneEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseAudioTranscriptDoneEvent record) {
			return record.additionalProperties();
		}

	}
}

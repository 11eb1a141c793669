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
 * Emitted when there is a partial transcript of audio.
 *
 * @param type The type of the event. Always {@code response.audio.transcript.delta}.
 * @param delta The partial transcript of the audio response.
 * @param sequenceNumber The sequence number of this event.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseAudioTranscriptDeltaEvent.Reader.class)
public record ResponseAudioTranscriptDeltaEvent(@JsonProperty("type") String type, @JsonProperty("delta") String delta,
		@JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseAudioTranscriptDeltaEvent}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param delta The partial transcript of the audio response.
	 * @param sequenceNumber The sequence number of this event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseAudioTranscriptDeltaEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseAudioTranscriptDeltaEvent}.
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
	 * Builds a {@link ResponseAudioTranscriptDeltaEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String delta;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.audio.transcript.delta";
		}

		private Builder(ResponseAudioTranscriptDeltaEvent source) {
			this.type = source.type();
			this.delta = source.delta();
			this.sequenceNumber = source.sequenceNumber();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The partial transcript of the audio response.
		 * @param delta the value (required)
		 * @return this builder
		 */
		public Builder delta(@Nullable String delta) {
			this.delta = delta;
			return this;
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
		public ResponseAudioTranscriptDeltaEvent build() {
			return new ResponseAudioTranscriptDeltaEvent(this.type,
					Objects.requireNonNull(this.delta, "'delta' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseAudioTranscriptDeltaEvent} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseAudioTranscriptDeltaEvent> {

		Reader() {
			super(ResponseAudioTranscriptDeltaEvent.class, "type", "delta", "sequence_number");
		}

		@Override
		protected ResponseAudioTranscriptDeltaEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseAudioTranscriptDeltaEvent((String) values[0], (String) values[1], (Long) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseAudioTranscriptDeltaEvent} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseAudioTranscriptDeltaEvent> {

		Writer() {
			super(ResponseAudioTranscriptDeltaEvent.class, "type", "delta", "sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseAudioTranscriptDeltaEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.delta();
				case 2 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseAudioTranscriptDeltaEvent record) {
			return record.additionalProperties();
		}

	}
}

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
 * Emitted when there is a partial audio response.
 *
 * @param type The type of the event. Always {@code response.audio.delta}.
 * @param sequenceNumber A sequence number for this chunk of the stream response.
 * @param delta A chunk of Base64 encoded response audio bytes.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseAudioDeltaEvent.Reader.class)
public record ResponseAudioDeltaEvent(@JsonProperty("type") String type,
		@JsonProperty("sequence_number") Long sequenceNumber, @JsonProperty("delta") String delta,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseAudioDeltaEvent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the event.
	 * @param sequenceNumber A sequence number for this chunk of the stream response.
	 * @param delta A chunk of Base64 encoded response audio bytes.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseAudioDeltaEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseAudioDeltaEvent}.
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
	 * Builds a {@link ResponseAudioDeltaEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long sequenceNumber;

		private @Nullable String delta;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.audio.delta";
		}

		private Builder(ResponseAudioDeltaEvent source) {
			this.type = source.type();
			this.sequenceNumber = source.sequenceNumber();
			this.delta = source.delta();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A sequence number for this chunk of the stream response.
		 * @param sequenceNumber the value (required)
		 * @return this builder
		 */
		public Builder sequenceNumber(@Nullable Long sequenceNumber) {
			this.sequenceNumber = sequenceNumber;
			return this;
		}

		/**
		 * A chunk of Base64 encoded response audio bytes.
		 * @param delta the value (required)
		 * @return this builder
		 */
		public Builder delta(@Nullable String delta) {
			this.delta = delta;
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
		public ResponseAudioDeltaEvent build() {
			return new ResponseAudioDeltaEvent(this.type,
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.delta, "'delta' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseAudioDeltaEvent} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseAudioDeltaEvent> {

		Reader() {
			super(ResponseAudioDeltaEvent.class, "type", "sequence_number", "delta");
		}

		@Override
		protected ResponseAudioDeltaEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseAudioDeltaEvent((String) values[0], (Long) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseAudioDeltaEvent} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseAudioDeltaEvent> {

		Writer() {
			super(ResponseAudioDeltaEvent.class, "type", "sequence_number", "delta");
		}

		@Override
		protected @Nullable Object value(ResponseAudioDeltaEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.sequenceNumber();
				case 2 -> record.delta();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseAudioDeltaEvent record) {
			return record.additionalProperties();
		}

	}
}

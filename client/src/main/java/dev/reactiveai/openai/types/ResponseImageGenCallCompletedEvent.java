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
 * Emitted when an image generation tool call has completed and the final image is
 * available.
 *
 * @param type The type of the event. Always 'response.image_generation_call.completed'.
 * @param outputIndex The index of the output item in the response's output array.
 * @param sequenceNumber The sequence number of this event.
 * @param itemId The unique identifier of the image generation item being processed.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseImageGenCallCompletedEvent.Reader.class)
public record ResponseImageGenCallCompletedEvent(@JsonProperty("type") String type,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("sequence_number") Long sequenceNumber,
		@JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseImageGenCallCompletedEvent}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param outputIndex The index of the output item in the response's output array.
	 * @param sequenceNumber The sequence number of this event.
	 * @param itemId The unique identifier of the image generation item being processed.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseImageGenCallCompletedEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseImageGenCallCompletedEvent}.
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
	 * Builds a {@link ResponseImageGenCallCompletedEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long outputIndex;

		private @Nullable Long sequenceNumber;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.image_generation_call.completed";
		}

		private Builder(ResponseImageGenCallCompletedEvent source) {
			this.type = source.type();
			this.outputIndex = source.outputIndex();
			this.sequenceNumber = source.sequenceNumber();
			this.itemId = source.itemId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the output item in the response's output array.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
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
		 * The unique identifier of the image generation item being processed.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
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
		public ResponseImageGenCallCompletedEvent build() {
			return new ResponseImageGenCallCompletedEvent(this.type,
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseImageGenCallCompletedEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseImageGenCallCompletedEvent> {

		Reader() {
			super(ResponseImageGenCallCompletedEvent.class, "type", "output_index", "sequence_number", "item_id");
		}

		@Override
		protected ResponseImageGenCallCompletedEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseImageGenCallCompletedEvent((String) values[0], (Long) values[1], (Long) values[2],
					(String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseImageGenCallCompletedEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseImageGenCallCompletedEvent> {

		Writer() {
			super(ResponseImageGenCallCompletedEvent.class, "type", "output_index", "sequence_number", "item_id");
		}

		@Override
		protected @Nullable Object value(ResponseImageGenCallCompletedEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.outputIndex();
				case 2 -> record.sequenceNumber();
				case 3 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseImageGenCallCompletedEvent record) {
			return record.additionalProperties();
		}

	}
}

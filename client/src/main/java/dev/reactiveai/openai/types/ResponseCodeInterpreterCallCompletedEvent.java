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
 * Emitted when the code interpreter call is completed.
 *
 * @param type The type of the event. Always
 * {@code response.code_interpreter_call.completed}.
 * @param outputIndex The index of the output item in the response for which the code
 * interpreter call is completed.
 * @param itemId The unique identifier of the code interpreter tool call item.
 * @param sequenceNumber The sequence number of this event, used to order streaming
 * events.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseCodeInterpreterCallCompletedEvent.Reader.class)
public record ResponseCodeInterpreterCallCompletedEvent(@JsonProperty("type") String type,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("item_id") String itemId,
		@JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseCodeInterpreterCallCompletedEvent}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param outputIndex The index of the output item in the response for which the code
	 * interpreter call is completed.
	 * @param itemId The unique identifier of the code interpreter tool call item.
	 * @param sequenceNumber The sequence number of this event, used to order streaming
	 * events.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseCodeInterpreterCallCompletedEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseCodeInterpreterCallCompletedEvent}.
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
	 * Builds a {@link ResponseCodeInterpreterCallCompletedEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long outputIndex;

		private @Nullable String itemId;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.code_interpreter_call.completed";
		}

		private Builder(ResponseCodeInterpreterCallCompletedEvent source) {
			this.type = source.type();
			this.outputIndex = source.outputIndex();
			this.itemId = source.itemId();
			this.sequenceNumber = source.sequenceNumber();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the output item in the response for which the code interpreter
		 * call is completed.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The unique identifier of the code interpreter tool call item.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The sequence number of this event, used to order streaming events.
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
		public ResponseCodeInterpreterCallCompletedEvent build() {
			return new ResponseCodeInterpreterCallCompletedEvent(this.type,
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseCodeInterpreterCallCompletedEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseCodeInterpreterCallCompletedEvent> {

		Reader() {
			super(ResponseCodeInterpreterCallCompletedEvent.class, "type", "output_index", "item_id",
					"sequence_number");
		}

		@Override
		protected ResponseCodeInterpreterCallCompletedEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseCodeInterpreterCallCompletedEvent((String) values[0], (Long) values[1],
					(String) values[2], (Long) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseCodeInterpreterCallCompletedEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseCodeInterpreterCallCompletedEvent> {

		Writer() {
			super(ResponseCodeInterpreterCallCompletedEvent.class, "type", "output_index", "item_id",
					"sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseCodeInterpreterCallCompletedEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.outputIndex();
				case 2 -> record.itemId();
				case 3 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseCodeInterpreterCallCompletedEvent record) {
			return record.additionalProperties();
		}

	}
}

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
 * Event indicating that input for a custom tool call is complete.
 *
 * @param type The event type identifier.
 * @param sequenceNumber The sequence number of this event.
 * @param outputIndex The index of the output this event applies to.
 * @param itemId Unique identifier for the API item associated with this event.
 * @param input The complete input data for the custom tool call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseCustomToolCallInputDoneEvent.Reader.class)
public record ResponseCustomToolCallInputDoneEvent(@JsonProperty("type") String type,
		@JsonProperty("sequence_number") Long sequenceNumber, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("item_id") String itemId, @JsonProperty("input") String input,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseCustomToolCallInputDoneEvent}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The event type identifier.
	 * @param sequenceNumber The sequence number of this event.
	 * @param outputIndex The index of the output this event applies to.
	 * @param itemId Unique identifier for the API item associated with this event.
	 * @param input The complete input data for the custom tool call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseCustomToolCallInputDoneEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseCustomToolCallInputDoneEvent}.
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
	 * Builds a {@link ResponseCustomToolCallInputDoneEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long sequenceNumber;

		private @Nullable Long outputIndex;

		private @Nullable String itemId;

		private @Nullable String input;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.custom_tool_call_input.done";
		}

		private Builder(ResponseCustomToolCallInputDoneEvent source) {
			this.type = source.type();
			this.sequenceNumber = source.sequenceNumber();
			this.outputIndex = source.outputIndex();
			this.itemId = source.itemId();
			this.input = source.input();
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
		 * The index of the output this event applies to.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * Unique identifier for the API item associated with this event.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The complete input data for the custom tool call.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable String input) {
			this.input = input;
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
		public ResponseCustomToolCallInputDoneEvent build() {
			return new ResponseCustomToolCallInputDoneEvent(this.type,
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.input, "'input' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseCustomToolCallInputDoneEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseCustomToolCallInputDoneEvent> {

		Reader() {
			super(ResponseCustomToolCallInputDoneEvent.class, "type", "sequence_number", "output_index", "item_id",
					"input");
		}

		@Override
		protected ResponseCustomToolCallInputDoneEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseCustomToolCallInputDoneEvent((String) values[0], (Long) values[1], (Long) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseCustomToolCallInputDoneEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseCustomToolCallInputDoneEvent> {

		Writer() {
			super(ResponseCustomToolCallInputDoneEvent.class, "type", "sequence_number", "output_index", "item_id",
					"input");
		}

		@Override
		protected @Nullable Object value(ResponseCustomToolCallInputDoneEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.sequenceNumber();
				case 2 -> record.outputIndex();
				case 3 -> record.itemId();
				case 4 -> record.input();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseCustomToolCallInputDoneEvent record) {
			return record.additionalProperties();
		}

	}
}

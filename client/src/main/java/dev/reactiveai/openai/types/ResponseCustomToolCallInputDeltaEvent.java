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
 * Event representing a delta (partial update) to the input of a custom tool call.
 *
 * @param type The event type identifier.
 * @param sequenceNumber The sequence number of this event.
 * @param outputIndex The index of the output this delta applies to.
 * @param itemId Unique identifier for the API item associated with this event.
 * @param delta The incremental input data (delta) for the custom tool call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseCustomToolCallInputDeltaEvent.Reader.class)
public record ResponseCustomToolCallInputDeltaEvent(@JsonProperty("type") String type,
		@JsonProperty("sequence_number") Long sequenceNumber, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("item_id") String itemId, @JsonProperty("delta") String delta,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseCustomToolCallInputDeltaEvent}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The event type identifier.
	 * @param sequenceNumber The sequence number of this event.
	 * @param outputIndex The index of the output this delta applies to.
	 * @param itemId Unique identifier for the API item associated with this event.
	 * @param delta The incremental input data (delta) for the custom tool call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseCustomToolCallInputDeltaEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseCustomToolCallInputDeltaEvent}.
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
	 * Builds a {@link ResponseCustomToolCallInputDeltaEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long sequenceNumber;

		private @Nullable Long outputIndex;

		private @Nullable String itemId;

		private @Nullable String delta;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.custom_tool_call_input.delta";
		}

		private Builder(ResponseCustomToolCallInputDeltaEvent source) {
			this.type = source.type();
			this.sequenceNumber = source.sequenceNumber();
			this.outputIndex = source.outputIndex();
			this.itemId = source.itemId();
			this.delta = source.delta();
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
		 * The index of the output this delta applies to.
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
		 * The incremental input data (delta) for the custom tool call.
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
		public ResponseCustomToolCallInputDeltaEvent build() {
			return new ResponseCustomToolCallInputDeltaEvent(this.type,
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.delta, "'delta' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseCustomToolCallInputDeltaEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseCustomToolCallInputDeltaEvent> {

		Reader() {
			super(ResponseCustomToolCallInputDeltaEvent.class, "type", "sequence_number", "output_index", "item_id",
					"delta");
		}

		@Override
		protected ResponseCustomToolCallInputDeltaEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseCustomToolCallInputDeltaEvent((String) values[0], (Long) values[1], (Long) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseCustomToolCallInputDeltaEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseCustomToolCallInputDeltaEvent> {

		Writer() {
			super(ResponseCustomToolCallInputDeltaEvent.class, "type", "sequence_number", "output_index", "item_id",
					"delta");
		}

		@Override
		protected @Nullable Object value(ResponseCustomToolCallInputDeltaEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.sequenceNumber();
				case 2 -> record.outputIndex();
				case 3 -> record.itemId();
				case 4 -> record.delta();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseCustomToolCallInputDeltaEvent record) {
			return record.additionalProperties();
		}

	}
}

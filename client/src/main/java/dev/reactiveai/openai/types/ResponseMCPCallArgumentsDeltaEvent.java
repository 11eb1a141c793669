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
 * Emitted when there is a delta (partial update) to the arguments of an MCP tool call.
 *
 * @param type The type of the event. Always 'response.mcp_call_arguments.delta'.
 * @param outputIndex The index of the output item in the response's output array.
 * @param itemId The unique identifier of the MCP tool call item being processed.
 * @param delta A JSON string containing the partial update to the arguments for the MCP
 * tool call.
 * @param sequenceNumber The sequence number of this event.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseMCPCallArgumentsDeltaEvent.Reader.class)
public record ResponseMCPCallArgumentsDeltaEvent(@JsonProperty("type") String type,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("item_id") String itemId,
		@JsonProperty("delta") String delta, @JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseMCPCallArgumentsDeltaEvent}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param outputIndex The index of the output item in the response's output array.
	 * @param itemId The unique identifier of the MCP tool call item being processed.
	 * @param delta A JSON string containing the partial update to the arguments for the
	 * MCP tool call.
	 * @param sequenceNumber The sequence number of this event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseMCPCallArgumentsDeltaEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseMCPCallArgumentsDeltaEvent}.
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
	 * Builds a {@link ResponseMCPCallArgumentsDeltaEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long outputIndex;

		private @Nullable String itemId;

		private @Nullable String delta;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.mcp_call_arguments.delta";
		}

		private Builder(ResponseMCPCallArgumentsDeltaEvent source) {
			this.type = source.type();
			this.outputIndex = source.outputIndex();
			this.itemId = source.itemId();
			this.delta = source.delta();
			this.sequenceNumber = source.sequenceNumber();
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
		 * The unique identifier of the MCP tool call item being processed.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * A JSON string containing the partial update to the arguments for the MCP tool
		 * call.
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
		public ResponseMCPCallArgumentsDeltaEvent build() {
			return new ResponseMCPCallArgumentsDeltaEvent(this.type,
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.delta, "'delta' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseMCPCallArgumentsDeltaEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseMCPCallArgumentsDeltaEvent> {

		Reader() {
			super(ResponseMCPCallArgumentsDeltaEvent.class, "type", "output_index", "item_id", "delta",
					"sequence_number");
		}

		@Override
		protected ResponseMCPCallArgumentsDeltaEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseMCPCallArgumentsDeltaEvent((String) values[0], (Long) values[1], (String) values[2],
					(String) values[3], (Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseMCPCallArgumentsDeltaEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseMCPCallArgumentsDeltaEvent> {

		Writer() {
			super(ResponseMCPCallArgumentsDeltaEvent.class, "type", "output_index", "item_id", "delta",
					"sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseMCPCallArgumentsDeltaEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.outputIndex();
				case 2 -> record.itemId();
				case 3 -> record.delta();
				case 4 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseMCPCallArgumentsDeltaEvent record) {
			return record.additionalProperties();
		}

	}
}

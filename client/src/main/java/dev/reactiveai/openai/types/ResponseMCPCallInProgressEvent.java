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
 * Emitted when an MCP tool call is in progress.
 *
 * @param type The type of the event. Always 'response.mcp_call.in_progress'.
 * @param sequenceNumber The sequence number of this event.
 * @param outputIndex The index of the output item in the response's output array.
 * @param itemId The unique identifier of the MCP tool call item being processed.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseMCPCallInProgressEvent.Reader.class)
public record ResponseMCPCallInProgressEvent(@JsonProperty("type") String type,
		@JsonProperty("sequence_number") Long sequenceNumber, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseMCPCallInProgressEvent}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param sequenceNumber The sequence number of this event.
	 * @param outputIndex The index of the output item in the response's output array.
	 * @param itemId The unique identifier of the MCP tool call item being processed.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseMCPCallInProgressEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseMCPCallInProgressEvent}.
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
	 * Builds a {@link ResponseMCPCallInProgressEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long sequenceNumber;

		private @Nullable Long outputIndex;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.mcp_call.in_progress";
		}

		private Builder(ResponseMCPCallInProgressEvent source) {
			this.type = source.type();
			this.sequenceNumber = source.sequenceNumber();
			this.outputIndex = source.outputIndex();
			this.itemId = source.itemId();
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
		public ResponseMCPCallInProgressEvent build() {
			return new ResponseMCPCallInProgressEvent(this.type,
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseMCPCallInProgressEvent} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseMCPCallInProgressEvent> {

		Reader() {
			super(ResponseMCPCallInProgressEvent.class, "type", "sequence_number", "output_index", "item_id");
		}

		@Override
		protected ResponseMCPCallInProgressEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseMCPCallInProgressEvent((String) values[0], (Long) values[1], (Long) values[2],
					(String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseMCPCallInProgressEvent} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseMCPCallInProgressEvent> {

		Writer() {
			super(ResponseMCPCallInProgressEvent.class, "type", "sequence_number", "output_index", "item_id");
		}

		@Override
		protected @Nullable Object value(ResponseMCPCallInProgressEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.sequenceNumber();
				case 2 -> record.outputIndex();
				case 3 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseMCPCallInProgressEvent record) {
			return record.additionalProperties();
		}

	}
}

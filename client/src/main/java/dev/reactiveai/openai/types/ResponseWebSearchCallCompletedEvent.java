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
 * Emitted when a web search call is completed.
 *
 * @param type The type of the event. Always {@code response.web_search_call.completed}.
 * @param outputIndex The index of the output item that the web search call is associated
 * with.
 * @param itemId Unique ID for the output item associated with the web search call.
 * @param sequenceNumber The sequence number of the web search call being processed.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseWebSearchCallCompletedEvent.Reader.class)
public record ResponseWebSearchCallCompletedEvent(@JsonProperty("type") String type,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("item_id") String itemId,
		@JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseWebSearchCallCompletedEvent}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param outputIndex The index of the output item that the web search call is
	 * associated with.
	 * @param itemId Unique ID for the output item associated with the web search call.
	 * @param sequenceNumber The sequence number of the web search call being processed.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseWebSearchCallCompletedEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseWebSearchCallCompletedEvent}.
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
	 * Builds a {@link ResponseWebSearchCallCompletedEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long outputIndex;

		private @Nullable String itemId;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.web_search_call.completed";
		}

		private Builder(ResponseWebSearchCallCompletedEvent source) {
			this.type = source.type();
			this.outputIndex = source.outputIndex();
			this.itemId = source.itemId();
			this.sequenceNumber = source.sequenceNumber();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the output item that the web search call is associated with.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * Unique ID for the output item associated with the web search call.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The sequence number of the web search call being processed.
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
		public ResponseWebSearchCallCompletedEvent build() {
			return new ResponseWebSearchCallCompletedEvent(this.type,
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseWebSearchCallCompletedEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseWebSearchCallCompletedEvent> {

		Reader() {
			super(ResponseWebSearchCallCompletedEvent.class, "type", "output_index", "item_id", "sequence_number");
		}

		@Override
		protected ResponseWebSearchCallCompletedEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseWebSearchCallCompletedEvent((String) values[0], (Long) values[1], (String) values[2],
					(Long) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseWebSearchCallCompletedEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseWebSearchCallCompletedEvent> {

		Writer() {
			super(ResponseWebSearchCallCompletedEvent.class, "type", "output_index", "item_id", "sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseWebSearchCallCompletedEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.outputIndex();
				case 2 -> record.itemId();
				case 3 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseWebSearchCallCompletedEvent record) {
			return record.additionalProperties();
		}

	}
}

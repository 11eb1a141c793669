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
 * Emitted when function-call arguments are finalized.
 *
 * @param type Always {@code response.function_call_arguments.done}.
 * @param itemId The ID of the item.
 * @param name The name of the function that was called.
 * @param outputIndex The index of the output item.
 * @param sequenceNumber The sequence number of this event.
 * @param arguments The function-call arguments.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseFunctionCallArgumentsDoneEvent.Reader.class)
public record ResponseFunctionCallArgumentsDoneEvent(@JsonProperty("type") String type,
		@JsonProperty("item_id") String itemId, @JsonProperty("name") String name,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("sequence_number") Long sequenceNumber,
		@JsonProperty("arguments") String arguments,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseFunctionCallArgumentsDoneEvent}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Always {@code response.function_call_arguments.done}.
	 * @param itemId The ID of the item.
	 * @param name The name of the function that was called.
	 * @param outputIndex The index of the output item.
	 * @param sequenceNumber The sequence number of this event.
	 * @param arguments The function-call arguments.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseFunctionCallArgumentsDoneEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseFunctionCallArgumentsDoneEvent}.
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
	 * Builds a {@link ResponseFunctionCallArgumentsDoneEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable String name;

		private @Nullable Long outputIndex;

		private @Nullable Long sequenceNumber;

		private @Nullable String arguments;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.function_call_arguments.done";
		}

		private Builder(ResponseFunctionCallArgumentsDoneEvent source) {
			this.type = source.type();
			this.itemId = source.itemId();
			this.name = source.name();
			this.outputIndex = source.outputIndex();
			this.sequenceNumber = source.sequenceNumber();
			this.arguments = source.arguments();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the item.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The name of the function that was called.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The index of the output item.
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
		 * The function-call arguments.
		 * @param arguments the value (required)
		 * @return this builder
		 */
		public Builder arguments(@Nullable String arguments) {
			this.arguments = arguments;
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
		public ResponseFunctionCallArgumentsDoneEvent build() {
			return new ResponseFunctionCallArgumentsDoneEvent(this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.arguments, "'arguments' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseFunctionCallArgumentsDoneEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseFunctionCallArgumentsDoneEvent> {

		Reader() {
			super(ResponseFunctionCallArgumentsDoneEvent.class, "type", "item_id", "name", "output_index",
					"sequence_number", "arguments");
		}

		@Override
		protected ResponseFunctionCallArgumentsDoneEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseFunctionCallArgumentsDoneEvent((String) values[0], (String) values[1],
					(String) values[2], (Long) values[3], (Long) values[4], (String) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseFunctionCallArgumentsDoneEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseFunctionCallArgumentsDoneEvent> {

		Writer() {
			super(ResponseFunctionCallArgumentsDoneEvent.class, "type", "item_id", "name", "output_index",
					"sequence_number", "arguments");
		}

		@Override
		protected @Nullable Object value(ResponseFunctionCallArgumentsDoneEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemId();
				case 2 -> record.name();
				case 3 -> record.outputIndex();
				case 4 -> record.sequenceNumber();
				case 5 -> record.arguments();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseFunctionCallArgumentsDoneEvent record) {
			return record.additionalProperties();
		}

	}
}

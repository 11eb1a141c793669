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
 * Emitted when there is a partial function-call arguments delta.
 *
 * @param type The type of the event. Always
 * {@code response.function_call_arguments.delta}.
 * @param itemId The ID of the output item that the function-call arguments delta is added
 * to.
 * @param outputIndex The index of the output item that the function-call arguments delta
 * is added to.
 * @param sequenceNumber The sequence number of this event.
 * @param delta The function-call arguments delta that is added.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseFunctionCallArgumentsDeltaEvent.Reader.class)
public record ResponseFunctionCallArgumentsDeltaEvent(@JsonProperty("type") String type,
		@JsonProperty("item_id") String itemId, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("sequence_number") Long sequenceNumber, @JsonProperty("delta") String delta,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseFunctionCallArgumentsDeltaEvent}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param itemId The ID of the output item that the function-call arguments delta is
	 * added to.
	 * @param outputIndex The index of the output item that the function-call arguments
	 * delta is added to.
	 * @param sequenceNumber The sequence number of this event.
	 * @param delta The function-call arguments delta that is added.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseFunctionCallArgumentsDeltaEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseFunctionCallArgumentsDeltaEvent}.
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
	 * Builds a {@link ResponseFunctionCallArgumentsDeltaEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long sequenceNumber;

		private @Nullable String delta;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.function_call_arguments.delta";
		}

		private Builder(ResponseFunctionCallArgumentsDeltaEvent source) {
			this.type = source.type();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.sequenceNumber = source.sequenceNumber();
			this.delta = source.delta();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the output item that the function-call arguments delta is added to.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the output item that the function-call arguments delta is added
		 * to.
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
		 * The function-call arguments delta that is added.
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
		public ResponseFunctionCallArgumentsDeltaEvent build() {
			return new ResponseFunctionCallArgumentsDeltaEvent(this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.delta, "'delta' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseFunctionCallArgumentsDeltaEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseFunctionCallArgumentsDeltaEvent> {

		Reader() {
			super(ResponseFunctionCallArgumentsDeltaEvent.class, "type", "item_id", "output_index", "sequence_number",
					"delta");
		}

		@Override
		protected ResponseFunctionCallArgumentsDeltaEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseFunctionCallArgumentsDeltaEvent((String) values[0], (String) values[1], (Long) values[2],
					(Long) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseFunctionCallArgumentsDeltaEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseFunctionCallArgumentsDeltaEvent> {

		Writer() {
			super(ResponseFunctionCallArgumentsDeltaEvent.class, "type", "item_id", "output_index", "sequence_number",
					"delta");
		}

		@Override
		protected @Nullable Object value(ResponseFunctionCallArgumentsDeltaEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemId();
				case 2 -> record.outputIndex();
				case 3 -> record.sequenceNumber();
				case 4 -> record.delta();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseFunctionCallArgumentsDeltaEvent record) {
			return record.additionalProperties();
		}

	}
}

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
 * Emitted when a new output item is added.
 *
 * @param type The type of the event. Always {@code response.output_item.added}.
 * @param outputIndex The index of the output item that was added.
 * @param sequenceNumber The sequence number of this event.
 * @param item The output item that was added.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseOutputItemAddedEvent.Reader.class)
public record ResponseOutputItemAddedEvent(@JsonProperty("type") String type,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("sequence_number") Long sequenceNumber,
		@JsonProperty("item") OutputItem item,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseOutputItemAddedEvent}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param outputIndex The index of the output item that was added.
	 * @param sequenceNumber The sequence number of this event.
	 * @param item The output item that was added.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseOutputItemAddedEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseOutputItemAddedEvent}.
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
	 * Builds a {@link ResponseOutputItemAddedEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long outputIndex;

		private @Nullable Long sequenceNumber;

		private @Nullable OutputItem item;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.output_item.added";
		}

		private Builder(ResponseOutputItemAddedEvent source) {
			this.type = source.type();
			this.outputIndex = source.outputIndex();
			this.sequenceNumber = source.sequenceNumber();
			this.item = source.item();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the output item that was added.
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
		 * The output item that was added.
		 * @param item the value (required)
		 * @return this builder
		 */
		public Builder item(@Nullable OutputItem item) {
			this.item = item;
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
		public ResponseOutputItemAddedEvent build() {
			return new ResponseOutputItemAddedEvent(this.type,
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.item, "'item' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseOutputItemAddedEvent} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseOutputItemAddedEvent> {

		Reader() {
			super(ResponseOutputItemAddedEvent.class, "type", "output_index", "sequence_number", "item");
		}

		@Override
		protected ResponseOutputItemAddedEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseOutputItemAddedEvent((String) values[0], (Long) values[1], (Long) values[2],
					(OutputItem) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseOutputItemAddedEvent} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseOutputItemAddedEvent> {

		Writer() {
			super(ResponseOutputItemAddedEvent.class, "type", "output_index", "sequence_number", "item");
		}

		@Override
		protected @Nullable Object value(ResponseOutputItemAddedEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.outputIndex();
				case 2 -> record.sequenceNumber();
				case 3 -> record.item();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseOutputItemAddedEvent record) {
			return record.additionalProperties();
		}

	}
}

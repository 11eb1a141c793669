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
 * Emitted when a delta is added to a reasoning text.
 *
 * @param type The type of the event. Always {@code response.reasoning_text.delta}.
 * @param itemId The ID of the item this reasoning text delta is associated with.
 * @param outputIndex The index of the output item this reasoning text delta is associated
 * with.
 * @param contentIndex The index of the reasoning content part this delta is associated
 * with.
 * @param delta The text delta that was added to the reasoning content.
 * @param sequenceNumber The sequence number of this event.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseReasoningTextDeltaEvent.Reader.class)
public record ResponseReasoningTextDeltaEvent(@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("content_index") Long contentIndex,
		@JsonProperty("delta") String delta, @JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseReasoningTextDeltaEvent}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param itemId The ID of the item this reasoning text delta is associated with.
	 * @param outputIndex The index of the output item this reasoning text delta is
	 * associated with.
	 * @param contentIndex The index of the reasoning content part this delta is
	 * associated with.
	 * @param delta The text delta that was added to the reasoning content.
	 * @param sequenceNumber The sequence number of this event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseReasoningTextDeltaEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseReasoningTextDeltaEvent}.
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
	 * Builds a {@link ResponseReasoningTextDeltaEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long contentIndex;

		private @Nullable String delta;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.reasoning_text.delta";
		}

		private Builder(ResponseReasoningTextDeltaEvent source) {
			this.type = source.type();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.contentIndex = source.contentIndex();
			this.delta = source.delta();
			this.sequenceNumber = source.sequenceNumber();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the item this reasoning text delta is associated with.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the output item this reasoning text delta is associated with.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The index of the reasoning content part this delta is associated with.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The text delta that was added to the reasoning content.
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
		public ResponseReasoningTextDeltaEvent build() {
			return new ResponseReasoningTextDeltaEvent(this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.delta, "'delta' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseReasoningTextDeltaEvent} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseReasoningTextDeltaEvent> {

		Reader() {
			super(ResponseReasoningTextDeltaEvent.class, "type", "item_id", "output_index", "content_index", "delta",
					"sequence_number");
		}

		@Override
		protected ResponseReasoningTextDeltaEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseReasoningTextDeltaEvent((String) values[0], (String) values[1], (Long) values[2],
					(Long) values[3], (String) values[4], (Long) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseReasoningTextDeltaEvent} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseReasoningTextDeltaEvent> {

		Writer() {
			super(ResponseReasoningTextDeltaEvent.class, "type", "item_id", "output_index", "content_index", "delta",
					"sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseReasoningTextDeltaEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemId();
				case 2 -> record.outputIndex();
				case 3 -> record.contentIndex();
				case 4 -> record.delta();
				case 5 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseReasoningTextDeltaEvent record) {
			return record.additionalProperties();
		}

	}
}

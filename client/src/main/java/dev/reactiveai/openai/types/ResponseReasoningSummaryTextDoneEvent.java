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
 * Emitted when a reasoning summary text is completed.
 *
 * @param type The type of the event. Always {@code response.reasoning_summary_text.done}.
 * @param itemId The ID of the item this summary text is associated with.
 * @param outputIndex The index of the output item this summary text is associated with.
 * @param summaryIndex The index of the summary part within the reasoning summary.
 * @param text The full text of the completed reasoning summary.
 * @param sequenceNumber The sequence number of this event.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseReasoningSummaryTextDoneEvent.Reader.class)
public record ResponseReasoningSummaryTextDoneEvent(@JsonProperty("type") String type,
		@JsonProperty("item_id") String itemId, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("summary_index") Long summaryIndex, @JsonProperty("text") String text,
		@JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseReasoningSummaryTextDoneEvent}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param itemId The ID of the item this summary text is associated with.
	 * @param outputIndex The index of the output item this summary text is associated
	 * with.
	 * @param summaryIndex The index of the summary part within the reasoning summary.
	 * @param text The full text of the completed reasoning summary.
	 * @param sequenceNumber The sequence number of this event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseReasoningSummaryTextDoneEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseReasoningSummaryTextDoneEvent}.
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
	 * Builds a {@link ResponseReasoningSummaryTextDoneEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long summaryIndex;

		private @Nullable String text;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.reasoning_summary_text.done";
		}

		private Builder(ResponseReasoningSummaryTextDoneEvent source) {
			this.type = source.type();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.summaryIndex = source.summaryIndex();
			this.text = source.text();
			this.sequenceNumber = source.sequenceNumber();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the item this summary text is associated with.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the output item this summary text is associated with.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The index of the summary part within the reasoning summary.
		 * @param summaryIndex the value (required)
		 * @return this builder
		 */
		public Builder summaryIndex(@Nullable Long summaryIndex) {
			this.summaryIndex = summaryIndex;
			return this;
		}

		/**
		 * The full text of the completed reasoning summary.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
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
		public ResponseReasoningSummaryTextDoneEvent build() {
			return new ResponseReasoningSummaryTextDoneEvent(this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.summaryIndex, "'summaryIndex' is required"),
					Objects.requireNonNull(this.text, "'text' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseReasoningSummaryTextDoneEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseReasoningSummaryTextDoneEvent> {

		Reader() {
			super(ResponseReasoningSummaryTextDoneEvent.class, "type", "item_id", "output_index", "summary_index",
					"text", "sequence_number");
		}

		@Override
		protected ResponseReasoningSummaryTextDoneEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseReasoningSummaryTextDoneEvent((String) values[0], (String) values[1], (Long) values[2],
					(Long) values[3], (String) values[4], (Long) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseReasoningSummaryTextDoneEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseReasoningSummaryTextDoneEvent> {

		Writer() {
			super(ResponseReasoningSummaryTextDoneEvent.class, "type", "item_id", "output_index", "summary_index",
					"text", "sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseReasoningSummaryTextDoneEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemId();
				case 2 -> record.outputIndex();
				case 3 -> record.summaryIndex();
				case 4 -> record.text();
				case 5 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseReasoningSummaryTextDoneEvent record) {
			return record.additionalProperties();
		}

	}
}

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
 * Emitted when a new reasoning summary part is added.
 *
 * @param type The type of the event. Always
 * {@code response.reasoning_summary_part.added}.
 * @param itemId The ID of the item this summary part is associated with.
 * @param outputIndex The index of the output item this summary part is associated with.
 * @param summaryIndex The index of the summary part within the reasoning summary.
 * @param sequenceNumber The sequence number of this event.
 * @param part The summary part that was added.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseReasoningSummaryPartAddedEvent.Reader.class)
public record ResponseReasoningSummaryPartAddedEvent(@JsonProperty("type") String type,
		@JsonProperty("item_id") String itemId, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("summary_index") Long summaryIndex, @JsonProperty("sequence_number") Long sequenceNumber,
		@JsonProperty("part") ResponseReasoningSummaryPartAddedEvent.Part part,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseReasoningSummaryPartAddedEvent}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param itemId The ID of the item this summary part is associated with.
	 * @param outputIndex The index of the output item this summary part is associated
	 * with.
	 * @param summaryIndex The index of the summary part within the reasoning summary.
	 * @param sequenceNumber The sequence number of this event.
	 * @param part The summary part that was added.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseReasoningSummaryPartAddedEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseReasoningSummaryPartAddedEvent}.
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
	 * The summary part that was added.
	 *
	 * @param type The type of the summary part. Always {@code summary_text}.
	 * @param text The text of the summary part.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Part.Reader.class)
	public static record Part(@JsonProperty("type") String type, @JsonProperty("text") String text,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Part}, filling in {@code type} with its single possible value
		 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
		 * for null.
		 * @param type The type of the summary part.
		 * @param text The text of the summary part.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Part {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Part}.
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
		 * Builds a {@link Part}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String text;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "summary_text";
			}

			private Builder(Part source) {
				this.type = source.type();
				this.text = source.text();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The text of the summary part.
			 * @param text the value (required)
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				this.text = text;
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
			public Part build() {
				return new Part(this.type, Objects.requireNonNull(this.text, "'text' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Part} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Part> {

			Reader() {
				super(Part.class, "type", "text");
			}

			@Override
			protected Part create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Part((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Part} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Part> {

			Writer() {
				super(Part.class, "type", "text");
			}

			@Override
			protected @Nullable Object value(Part record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.text();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Part record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ResponseReasoningSummaryPartAddedEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long summaryIndex;

		private @Nullable Long sequenceNumber;

		private @Nullable Part part;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.reasoning_summary_part.added";
		}

		private Builder(ResponseReasoningSummaryPartAddedEvent source) {
			this.type = source.type();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.summaryIndex = source.summaryIndex();
			this.sequenceNumber = source.sequenceNumber();
			this.part = source.part();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the item this summary part is associated with.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the output item this summary part is associated with.
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
		 * The sequence number of this event.
		 * @param sequenceNumber the value (required)
		 * @return this builder
		 */
		public Builder sequenceNumber(@Nullable Long sequenceNumber) {
			this.sequenceNumber = sequenceNumber;
			return this;
		}

		/**
		 * The summary part that was added.
		 * @param part the value (required)
		 * @return this builder
		 */
		public Builder part(@Nullable Part part) {
			this.part = part;
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
		public ResponseReasoningSummaryPartAddedEvent build() {
			return new ResponseReasoningSummaryPartAddedEvent(this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.summaryIndex, "'summaryIndex' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.part, "'part' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseReasoningSummaryPartAddedEvent} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseReasoningSummaryPartAddedEvent> {

		Reader() {
			super(ResponseReasoningSummaryPartAddedEvent.class, "type", "item_id", "output_index", "summary_index",
					"sequence_number", "part");
		}

		@Override
		protected ResponseReasoningSummaryPartAddedEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseReasoningSummaryPartAddedEvent((String) values[0], (String) values[1], (Long) values[2],
					(Long) values[3], (Long) values[4], (Part) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseReasoningSummaryPartAddedEvent} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseReasoningSummaryPartAddedEvent> {

		Writer() {
			super(ResponseReasoningSummaryPartAddedEvent.class, "type", "item_id", "output_index", "summary_index",
					"sequence_number", "part");
		}

		@Override
		protected @Nullable Object value(ResponseReasoningSummaryPartAddedEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemId();
				case 2 -> record.outputIndex();
				case 3 -> record.summaryIndex();
				case 4 -> record.sequenceNumber();
				case 5 -> record.part();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseReasoningSummaryPartAddedEvent record) {
			return record.additionalProperties();
		}

	}
}

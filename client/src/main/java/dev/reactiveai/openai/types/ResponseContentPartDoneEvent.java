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
 * Emitted when a content part is done.
 *
 * @param type The type of the event. Always {@code response.content_part.done}.
 * @param itemId The ID of the output item that the content part was added to.
 * @param outputIndex The index of the output item that the content part was added to.
 * @param contentIndex The index of the content part that is done.
 * @param sequenceNumber The sequence number of this event.
 * @param part The content part that is done.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseContentPartDoneEvent.Reader.class)
public record ResponseContentPartDoneEvent(@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("content_index") Long contentIndex,
		@JsonProperty("sequence_number") Long sequenceNumber, @JsonProperty("part") OutputContent part,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseContentPartDoneEvent}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param itemId The ID of the output item that the content part was added to.
	 * @param outputIndex The index of the output item that the content part was added to.
	 * @param contentIndex The index of the content part that is done.
	 * @param sequenceNumber The sequence number of this event.
	 * @param part The content part that is done.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseContentPartDoneEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseContentPartDoneEvent}.
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
	 * Builds a {@link ResponseContentPartDoneEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long contentIndex;

		private @Nullable Long sequenceNumber;

		private @Nullable OutputContent part;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.content_part.done";
		}

		private Builder(ResponseContentPartDoneEvent source) {
			this.type = source.type();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.contentIndex = source.contentIndex();
			this.sequenceNumber = source.sequenceNumber();
			this.part = source.part();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the output item that the content part was added to.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the output item that the content part was added to.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The index of the content part that is done.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
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
		 * The content part that is done.
		 * @param part the value (required)
		 * @return this builder
		 */
		public Builder part(@Nullable OutputContent part) {
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
		public ResponseContentPartDoneEvent build() {
			return new ResponseContentPartDoneEvent(this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.part, "'part' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseContentPartDoneEvent} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseContentPartDoneEvent> {

		Reader() {
			super(ResponseContentPartDoneEvent.class, "type", "item_id", "output_index", "content_index",
					"sequence_number", "part");
		}

		@Override
		protected ResponseContentPartDoneEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseContentPartDoneEvent((String) values[0], (String) values[1], (Long) values[2],
					(Long) values[3], (Long) values[4], (OutputContent) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseContentPartDoneEvent} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseContentPartDoneEvent> {

		Writer() {
			super(ResponseContentPartDoneEvent.class, "type", "item_id", "output_index", "content_index",
					"sequence_number", "part");
		}

		@Override
		protected @Nullable Object value(ResponseContentPartDoneEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemId();
				case 2 -> record.outputIndex();
				case 3 -> record.contentIndex();
				case 4 -> record.sequenceNumber();
				case 5 -> record.part();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseContentPartDoneEvent record) {
			return record.additionalProperties();
		}

	}
}

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
 * Returned when the text value of an "output_text" content part is done streaming. Also
 * emitted when a Response is interrupted, incomplete, or cancelled.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code response.output_text.done}.
 * @param responseId The ID of the response.
 * @param itemId The ID of the item.
 * @param outputIndex The index of the output item in the response.
 * @param contentIndex The index of the content part in the item's content array.
 * @param text The final text content.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventResponseTextDone.Reader.class)
public record RealtimeServerEventResponseTextDone(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response_id") String responseId,
		@JsonProperty("item_id") String itemId, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("content_index") Long contentIndex, @JsonProperty("text") String text,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventResponseTextDone}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code response.output_text.done}.
	 * @param responseId The ID of the response.
	 * @param itemId The ID of the item.
	 * @param outputIndex The index of the output item in the response.
	 * @param contentIndex The index of the content part in the item's content array.
	 * @param text The final text content.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventResponseTextDone {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventResponseTextDone}.
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
	 * Builds a {@link RealtimeServerEventResponseTextDone}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String responseId;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long contentIndex;

		private @Nullable String text;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.output_text.done";
		}

		private Builder(RealtimeServerEventResponseTextDone source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.responseId = source.responseId();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.contentIndex = source.contentIndex();
			this.text = source.text();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the server event.
		 * @param eventId the value (required)
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * The ID of the response.
		 * @param responseId the value (required)
		 * @return this builder
		 */
		public Builder responseId(@Nullable String responseId) {
			this.responseId = responseId;
			return this;
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
		 * The index of the output item in the response.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The index of the content part in the item's content array.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The final text content.
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
		public RealtimeServerEventResponseTextDone build() {
			return new RealtimeServerEventResponseTextDone(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.responseId, "'responseId' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.text, "'text' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventResponseTextDone} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventResponseTextDone> {

		Reader() {
			super(RealtimeServerEventResponseTextDone.class, "event_id", "type", "response_id", "item_id",
					"output_index", "content_index", "text");
		}

		@Override
		protected RealtimeServerEventResponseTextDone create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventResponseTextDone((String) values[0], (String) values[1], (String) values[2],
					(String) values[3], (Long) values[4], (Long) values[5], (String) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventResponseTextDone} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventResponseTextDone> {

		Writer() {
			super(RealtimeServerEventResponseTextDone.class, "event_id", "type", "response_id", "item_id",
					"output_index", "content_index", "text");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventResponseTextDone record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.responseId();
				case 3 -> record.itemId();
				case 4 -> record.outputIndex();
				case 5 -> record.contentIndex();
				case 6 -> record.text();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventResponseTextDone record) {
			return record.additionalProperties();
		}

	}
}

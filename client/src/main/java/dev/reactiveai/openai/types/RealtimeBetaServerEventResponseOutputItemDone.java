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
 * Returned when an Item is done streaming. Also emitted when a Response is interrupted,
 * incomplete, or cancelled.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code response.output_item.done}.
 * @param responseId The ID of the Response to which the item belongs.
 * @param outputIndex The index of the output item in the Response.
 * @param item A single item within a Realtime conversation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventResponseOutputItemDone.Reader.class)
public record RealtimeBetaServerEventResponseOutputItemDone(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response_id") String responseId,
		@JsonProperty("output_index") Long outputIndex, @JsonProperty("item") RealtimeConversationItem item,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventResponseOutputItemDone}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code response.output_item.done}.
	 * @param responseId The ID of the Response to which the item belongs.
	 * @param outputIndex The index of the output item in the Response.
	 * @param item A single item within a Realtime conversation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventResponseOutputItemDone {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventResponseOutputItemDone}.
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
	 * Builds a {@link RealtimeBetaServerEventResponseOutputItemDone}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String responseId;

		private @Nullable Long outputIndex;

		private @Nullable RealtimeConversationItem item;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.output_item.done";
		}

		private Builder(RealtimeBetaServerEventResponseOutputItemDone source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.responseId = source.responseId();
			this.outputIndex = source.outputIndex();
			this.item = source.item();
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
		 * The ID of the Response to which the item belongs.
		 * @param responseId the value (required)
		 * @return this builder
		 */
		public Builder responseId(@Nullable String responseId) {
			this.responseId = responseId;
			return this;
		}

		/**
		 * The index of the output item in the Response.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * A single item within a Realtime conversation.
		 * @param item the value (required)
		 * @return this builder
		 */
		public Builder item(@Nullable RealtimeConversationItem item) {
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
		public RealtimeBetaServerEventResponseOutputItemDone build() {
			return new RealtimeBetaServerEventResponseOutputItemDone(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.responseId, "'responseId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.item, "'item' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventResponseOutputItemDone} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventResponseOutputItemDone> {

		Reader() {
			super(RealtimeBetaServerEventResponseOutputItemDone.class, "event_id", "type", "response_id",
					"output_index", "item");
		}

		@Override
		protected RealtimeBetaServerEventResponseOutputItemDone create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventResponseOutputItemDone((String) values[0], (String) values[1],
					(String) values[2], (Long) values[3], (RealtimeConversationItem) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventResponseOutputItemDone} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventResponseOutputItemDone> {

		Writer() {
			super(RealtimeBetaServerEventResponseOutputItemDone.class, "event_id", "type", "response_id",
					"output_index", "item");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventResponseOutputItemDone record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.responseId();
				case 3 -> record.outputIndex();
				case 4 -> record.item();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventResponseOutputItemDone record) {
			return record.additionalProperties();
		}

	}
}

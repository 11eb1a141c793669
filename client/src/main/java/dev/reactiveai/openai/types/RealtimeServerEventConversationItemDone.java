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
 * Returned when a conversation item is finalized.
 * <p>
 * The event will include the full content of the Item except for audio data, which can be
 * retrieved separately with a {@code conversation.item.retrieve} event if needed.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code conversation.item.done}.
 * @param previousItemId The ID of the item that precedes this one, if any. This is used
 * to maintain ordering when items are inserted.
 * @param item A single item within a Realtime conversation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventConversationItemDone.Reader.class)
public record RealtimeServerEventConversationItemDone(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("previous_item_id") @Nullable String previousItemId,
		@JsonProperty("item") RealtimeConversationItem item,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventConversationItemDone}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code conversation.item.done}.
	 * @param previousItemId The ID of the item that precedes this one, if any.
	 * @param item A single item within a Realtime conversation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventConversationItemDone {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventConversationItemDone}.
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
	 * Builds a {@link RealtimeServerEventConversationItemDone}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String previousItemId;

		private @Nullable RealtimeConversationItem item;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.done";
		}

		private Builder(RealtimeServerEventConversationItemDone source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.previousItemId = source.previousItemId();
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
		 * The ID of the item that precedes this one, if any.
		 * @param previousItemId the value
		 * @return this builder
		 */
		public Builder previousItemId(@Nullable String previousItemId) {
			this.previousItemId = previousItemId;
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
		public RealtimeServerEventConversationItemDone build() {
			return new RealtimeServerEventConversationItemDone(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type, this.previousItemId,
					Objects.requireNonNull(this.item, "'item' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventConversationItemDone} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventConversationItemDone> {

		Reader() {
			super(RealtimeServerEventConversationItemDone.class, "event_id", "type", "previous_item_id", "item");
		}

		@Override
		protected RealtimeServerEventConversationItemDone create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventConversationItemDone((String) values[0], (String) values[1],
					(String) values[2], (RealtimeConversationItem) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventConversationItemDone} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventConversationItemDone> {

		Writer() {
			super(RealtimeServerEventConversationItemDone.class, "event_id", "type", "previous_item_id", "item");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventConversationItemDone record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.previousItemId();
				case 3 -> record.item();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventConversationItemDone record) {
			return record.additionalProperties();
		}

	}
}

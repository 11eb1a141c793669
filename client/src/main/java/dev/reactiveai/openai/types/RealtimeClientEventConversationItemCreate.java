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
 * Add a new Item to the Conversation's context, including messages, function calls, and
 * function call responses. This event can be used both to populate a "history" of the
 * conversation and to add new items mid-stream, but has the current limitation that it
 * cannot populate assistant audio messages.
 * <p>
 * If successful, the server will respond with a {@code conversation.item.created} event,
 * otherwise an {@code error} event will be sent.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code conversation.item.create}.
 * @param previousItemId The ID of the preceding item after which the new item will be
 * inserted. If not set, the new item will be appended to the end of the conversation.
 * <p>
 * If set to {@code root}, the new item will be added to the beginning of the
 * conversation.
 * <p>
 * If set to an existing ID, it allows an item to be inserted mid-conversation. If the ID
 * cannot be found, an error will be returned and the item will not be added.
 * @param item A single item within a Realtime conversation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeClientEventConversationItemCreate.Reader.class)
public record RealtimeClientEventConversationItemCreate(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonProperty("previous_item_id") @Nullable String previousItemId,
		@JsonProperty("item") RealtimeConversationItem item,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeClientEvent {

	/**
	 * Creates a {@link RealtimeClientEventConversationItemCreate}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code conversation.item.create}.
	 * @param previousItemId The ID of the preceding item after which the new item will be
	 * inserted.
	 * @param item A single item within a Realtime conversation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeClientEventConversationItemCreate {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeClientEventConversationItemCreate}.
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
	 * Builds a {@link RealtimeClientEventConversationItemCreate}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String previousItemId;

		private @Nullable RealtimeConversationItem item;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.create";
		}

		private Builder(RealtimeClientEventConversationItemCreate source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.previousItemId = source.previousItemId();
			this.item = source.item();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Optional client-generated ID used to identify this event.
		 * @param eventId the value
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * The ID of the preceding item after which the new item will be inserted.
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
		public RealtimeClientEventConversationItemCreate build() {
			return new RealtimeClientEventConversationItemCreate(this.eventId, this.type, this.previousItemId,
					Objects.requireNonNull(this.item, "'item' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeClientEventConversationItemCreate} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeClientEventConversationItemCreate> {

		Reader() {
			super(RealtimeClientEventConversationItemCreate.class, "event_id", "type", "previous_item_id", "item");
		}

		@Override
		protected RealtimeClientEventConversationItemCreate create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeClientEventConversationItemCreate((String) values[0], (String) values[1],
					(String) values[2], (RealtimeConversationItem) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeClientEventConversationItemCreate} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeClientEventConversationItemCreate> {

		Writer() {
			super(RealtimeClientEventConversationItemCreate.class, "event_id", "type", "previous_item_id", "item");
		}

		@Override
		protected @Nullable Object value(RealtimeClientEventConversationItemCreate record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.previousItemId();
				case 3 -> record.item();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeClientEventConversationItemCreate record) {
			return record.additionalProperties();
		}

	}
}

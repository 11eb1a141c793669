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
 * Returned when a conversation item is retrieved with {@code conversation.item.retrieve}.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code conversation.item.retrieved}.
 * @param item A single item within a Realtime conversation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventConversationItemRetrieved.Reader.class)
public record RealtimeBetaServerEventConversationItemRetrieved(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("item") RealtimeConversationItem item,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventConversationItemRetrieved}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code conversation.item.retrieved}.
	 * @param item A single item within a Realtime conversation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventConversationItemRetrieved {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventConversationItemRetrieved}.
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
	 * Builds a {@link RealtimeBetaServerEventConversationItemRetrieved}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable RealtimeConversationItem item;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.retrieved";
		}

		private Builder(RealtimeBetaServerEventConversationItemRetrieved source) {
			this.eventId = source.eventId();
			this.type = source.type();
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
		public RealtimeBetaServerEventConversationItemRetrieved build() {
			return new RealtimeBetaServerEventConversationItemRetrieved(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.item, "'item' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventConversationItemRetrieved} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventConversationItemRetrieved> {

		Reader() {
			super(RealtimeBetaServerEventConversationItemRetrieved.class, "event_id", "type", "item");
		}

		@Override
		protected RealtimeBetaServerEventConversationItemRetrieved create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventConversationItemRetrieved((String) values[0], (String) values[1],
					(RealtimeConversationItem) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventConversationItemRetrieved} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventConversationItemRetrieved> {

		Writer() {
			super(RealtimeBetaServerEventConversationItemRetrieved.class, "event_id", "type", "item");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventConversationItemRetrieved record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.item();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventConversationItemRetrieved record) {
			return record.additionalProperties();
		}

	}
}

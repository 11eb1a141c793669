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
 * Send this event when you want to retrieve the server's representation of a specific
 * item in the conversation history. This is useful, for example, to inspect user audio
 * after noise cancellation and VAD. The server will respond with a
 * {@code conversation.item.retrieved} event, unless the item does not exist in the
 * conversation history, in which case the server will respond with an error.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code conversation.item.retrieve}.
 * @param itemId The ID of the item to retrieve.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaClientEventConversationItemRetrieve.Reader.class)
public record RealtimeBetaClientEventConversationItemRetrieve(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaClientEventConversationItemRetrieve}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code conversation.item.retrieve}.
	 * @param itemId The ID of the item to retrieve.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaClientEventConversationItemRetrieve {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaClientEventConversationItemRetrieve}.
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
	 * Builds a {@link RealtimeBetaClientEventConversationItemRetrieve}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.retrieve";
		}

		private Builder(RealtimeBetaClientEventConversationItemRetrieve source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.itemId = source.itemId();
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
		 * The ID of the item to retrieve.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
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
		public RealtimeBetaClientEventConversationItemRetrieve build() {
			return new RealtimeBetaClientEventConversationItemRetrieve(this.eventId, this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaClientEventConversationItemRetrieve} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaClientEventConversationItemRetrieve> {

		Reader() {
			super(RealtimeBetaClientEventConversationItemRetrieve.class, "event_id", "type", "item_id");
		}

		@Override
		protected RealtimeBetaClientEventConversationItemRetrieve create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaClientEventConversationItemRetrieve((String) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaClientEventConversationItemRetrieve} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaClientEventConversationItemRetrieve> {

		Writer() {
			super(RealtimeBetaClientEventConversationItemRetrieve.class, "event_id", "type", "item_id");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaClientEventConversationItemRetrieve record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaClientEventConversationItemRetrieve record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Returned when a conversation item is created. There are several scenarios that produce
 * this event: - The server is generating a Response, which if successful will produce
 * either one or two Items, which will be of type `message` (role `assistant`) or type
 * `function_call`. - The input audio buffer has been committed, either by the client or
 * the server (in `server_vad` mode). The server will take the content of the input audio
 * buffer and add it to a new user message Item. - The client has sent a
 * `conversation.item.create` event to add a new Item to the Conversation.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be `conversation.item.created`.
 * @param previousItemId the {@code previous_item_id} property
 * @param item A single item within a Realtime conversation.
 * @param additionalProperties properties that this version of the client does not know
 */
public record RealtimeBetaServerEventConversationItemCreated(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("previous_item_id") @Nullable String previousItemId,
		@JsonProperty("item") RealtimeConversationItem item,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public RealtimeBetaServerEventConversationItemCreated {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventConversationItemCreated}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link RealtimeBetaServerEventConversationItemCreated}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String previousItemId;

		private @Nullable RealtimeConversationItem item;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.created";
		}

		private Builder(RealtimeBetaServerEventConversationItemCreated source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.previousItemId = source.previousItemId();
			this.item = source.item();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code event_id}: The unique ID of the server event.
		 * @param eventId the value (required)
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * Set {@code type}: The event type, must be `conversation.item.created`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code previous_item_id}.
		 * @param previousItemId the value
		 * @return this builder
		 */
		public Builder previousItemId(@Nullable String previousItemId) {
			this.previousItemId = previousItemId;
			return this;
		}

		/**
		 * Set {@code item}: A single item within a Realtime conversation.
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
		public RealtimeBetaServerEventConversationItemCreated build() {
			return new RealtimeBetaServerEventConversationItemCreated(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type, this.previousItemId,
					Objects.requireNonNull(this.item, "'item' is required"), this.additionalProperties);
		}

	}
}

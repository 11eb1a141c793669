// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A system message in a Realtime conversation can be used to provide additional context
 * or instructions to the model. This is similar but distinct from the instruction prompt
 * provided at the start of a conversation, as system messages can be added at any point
 * in the conversation. For major changes to the conversation's behavior, use
 * instructions, but for smaller updates (e.g. "the user is now asking about a different
 * topic"), use system messages.
 *
 * @param id The unique ID of the item.
 * @param object Identifier for the API object being returned - always `realtime.item`.
 * @param type The type of the item.
 * @param status The status of the item.
 * @param role The role of the message sender.
 * @param content The content of the message.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record RealtimeConversationItemMessageSystem(@JsonProperty("id") @Nullable String id,
		@JsonProperty("object") @Nullable String object, @JsonProperty("type") String type,
		@JsonProperty("status") RealtimeConversationItemMessageSystem.@Nullable Status status,
		@JsonProperty("role") String role,
		@JsonProperty("content") List<RealtimeConversationItemMessageSystem.ContentItem> content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeConversationItem {

	public RealtimeConversationItemMessageSystem {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link RealtimeConversationItemMessageSystem}.
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
	 * The status of the item. Has no effect on the conversation.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		public static final Status COMPLETED = new Status("completed");

		public static final Status INCOMPLETE = new Status("incomplete");

		public static final Status IN_PROGRESS = new Status("in_progress");

		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "completed" -> COMPLETED;
				case "incomplete" -> INCOMPLETE;
				case "in_progress" -> IN_PROGRESS;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "completed", "incomplete", "in_progress" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * @param type The content type.
	 * @param text The text content.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record ContentItem(@JsonProperty("type") @Nullable String type,
			@JsonProperty("text") @Nullable String text,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public ContentItem {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ContentItem}.
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
		 * Builds a {@link ContentItem}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String text;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "input_text";
			}

			private Builder(ContentItem source) {
				this.type = source.type();
				this.text = source.text();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code type}: The content type. Always `input_text` for system
			 * messages.
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				this.type = type;
				return this;
			}

			/**
			 * Set {@code text}: The text content.
			 * @param text the value
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
			public ContentItem build() {
				return new ContentItem(this.type, this.text, this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link RealtimeConversationItemMessageSystem}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable String type;

		private @Nullable Status status;

		private @Nullable String role;

		private @Nullable List<ContentItem> content;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "realtime.item";
			this.type = "message";
			this.role = "system";
		}

		private Builder(RealtimeConversationItemMessageSystem source) {
			this.id = source.id();
			this.object = source.object();
			this.type = source.type();
			this.status = source.status();
			this.role = source.role();
			this.content = source.content();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code id}: The unique ID of the item. This may be provided by the client
		 * or generated by the server.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code object}: Identifier for the API object being returned - always
		 * `realtime.item`. Optional when creating a new item.
		 * @param object the value
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code type}: The type of the item. Always `message`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code status}: The status of the item. Has no effect on the conversation.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Set {@code role}: The role of the message sender. Always `system`.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable String role) {
			this.role = role;
			return this;
		}

		/**
		 * Set {@code content}: The content of the message.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<ContentItem> content) {
			this.content = content;
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
		public RealtimeConversationItemMessageSystem build() {
			return new RealtimeConversationItemMessageSystem(this.id, this.object, this.type, this.status, this.role,
					Objects.requireNonNull(this.content, "'content' is required"), this.additionalProperties);
		}

	}
}

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
 * Returned when a conversation is created. Emitted right after session creation.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code conversation.created}.
 * @param conversation The conversation resource.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventConversationCreated.Reader.class)
public record RealtimeServerEventConversationCreated(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type,
		@JsonProperty("conversation") RealtimeServerEventConversationCreated.Conversation conversation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventConversationCreated}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code conversation.created}.
	 * @param conversation The conversation resource.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventConversationCreated {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventConversationCreated}.
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
	 * The conversation resource.
	 *
	 * @param id The unique ID of the conversation.
	 * @param object The object type, must be {@code realtime.conversation}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Conversation.Reader.class)
	public static record Conversation(@JsonProperty("id") @Nullable String id,
			@JsonProperty("object") @Nullable String object,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Conversation}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The unique ID of the conversation.
		 * @param object The object type, must be {@code realtime.conversation}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Conversation {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Conversation}.
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
		 * Builds a {@link Conversation}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String object;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Conversation source) {
				this.id = source.id();
				this.object = source.object();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The unique ID of the conversation.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The object type, must be {@code realtime.conversation}.
			 * @param object the value
			 * @return this builder
			 */
			public Builder object(@Nullable String object) {
				this.object = object;
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
			public Conversation build() {
				return new Conversation(this.id, this.object, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Conversation} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Conversation> {

			Reader() {
				super(Conversation.class, "id", "object");
			}

			@Override
			protected Conversation create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new Conversation((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Conversation} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Conversation> {

			Writer() {
				super(Conversation.class, "id", "object");
			}

			@Override
			protected @Nullable Object value(Conversation record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.object();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Conversation record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RealtimeServerEventConversationCreated}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable Conversation conversation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.created";
		}

		private Builder(RealtimeServerEventConversationCreated source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.conversation = source.conversation();
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
		 * The conversation resource.
		 * @param conversation the value (required)
		 * @return this builder
		 */
		public Builder conversation(@Nullable Conversation conversation) {
			this.conversation = conversation;
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
		public RealtimeServerEventConversationCreated build() {
			return new RealtimeServerEventConversationCreated(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.conversation, "'conversation' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventConversationCreated} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventConversationCreated> {

		Reader() {
			super(RealtimeServerEventConversationCreated.class, "event_id", "type", "conversation");
		}

		@Override
		protected RealtimeServerEventConversationCreated create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventConversationCreated((String) values[0], (String) values[1],
					(Conversation) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventConversationCreated} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventConversationCreated> {

		Writer() {
			super(RealtimeServerEventConversationCreated.class, "event_id", "type", "conversation");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventConversationCreated record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.conversation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventConversationCreated record) {
			return record.additionalProperties();
		}

	}
}

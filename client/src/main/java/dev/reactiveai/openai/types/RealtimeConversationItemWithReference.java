// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The item to add to the conversation.
 *
 * @param id For an item of type ({@code message} | {@code function_call} |
 * {@code function_call_output}) this field allows the client to assign the unique ID of
 * the item. It is not required because the server will generate one if not provided.
 * <p>
 * For an item of type {@code item_reference}, this field is required and is a reference
 * to any item that has previously existed in the conversation.
 * @param type The type of the item ({@code message}, {@code function_call},
 * {@code function_call_output}, {@code item_reference}).
 * @param object Identifier for the API object being returned - always
 * {@code realtime.item}.
 * @param status The status of the item ({@code completed}, {@code incomplete},
 * {@code in_progress}). These have no effect on the conversation, but are accepted for
 * consistency with the {@code conversation.item.created} event.
 * @param role The role of the message sender ({@code user}, {@code assistant},
 * {@code system}), only applicable for {@code message} items.
 * @param content The content of the message, applicable for {@code message} items.
 * <ul>
 * <li>Message items of role {@code system} support only {@code input_text} content</li>
 * <li>Message items of role {@code user} support {@code input_text} and
 * {@code input_audio} content</li>
 * <li>Message items of role {@code assistant} support {@code text} content.</li>
 * </ul>
 * @param callId The ID of the function call (for {@code function_call} and
 * {@code function_call_output} items). If passed on a {@code function_call_output} item,
 * the server will check that a {@code function_call} item with the same ID exists in the
 * conversation history.
 * @param name The name of the function being called (for {@code function_call} items).
 * @param arguments The arguments of the function call (for {@code function_call} items).
 * @param output The output of the function call (for {@code function_call_output} items).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeConversationItemWithReference.Reader.class)
public record RealtimeConversationItemWithReference(@JsonProperty("id") @Nullable String id,
		@JsonProperty("type") RealtimeConversationItemWithReference.@Nullable Type type,
		@JsonProperty("object") @Nullable String object,
		@JsonProperty("status") RealtimeConversationItemWithReference.@Nullable Status status,
		@JsonProperty("role") RealtimeConversationItemWithReference.@Nullable Role role,
		@JsonProperty("content") @Nullable List<RealtimeConversationItemWithReference.ContentItem> content,
		@JsonProperty("call_id") @Nullable String callId, @JsonProperty("name") @Nullable String name,
		@JsonProperty("arguments") @Nullable String arguments, @JsonProperty("output") @Nullable String output,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeConversationItemWithReference}, filling in {@code object}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id For an item of type ({@code message} | {@code function_call} |
	 * {@code function_call_output}) this field allows the client to assign the unique ID
	 * of the item.
	 * @param type The type of the item ({@code message}, {@code function_call},
	 * {@code function_call_output}, {@code item_reference}).
	 * @param object Identifier for the API object being returned - always
	 * {@code realtime.item}.
	 * @param status The status of the item ({@code completed}, {@code incomplete},
	 * {@code in_progress}).
	 * @param role The role of the message sender ({@code user}, {@code assistant},
	 * {@code system}), only applicable for {@code message} items.
	 * @param content The content of the message, applicable for {@code message} items.
	 * @param callId The ID of the function call (for {@code function_call} and
	 * {@code function_call_output} items).
	 * @param name The name of the function being called (for {@code function_call}
	 * items).
	 * @param arguments The arguments of the function call (for {@code function_call}
	 * items).
	 * @param output The output of the function call (for {@code function_call_output}
	 * items).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeConversationItemWithReference {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeConversationItemWithReference}.
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
	 * The type of the item ({@code message}, {@code function_call},
	 * {@code function_call_output}, {@code item_reference}).
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code message}.
		 */
		public static final Type MESSAGE = new Type("message");

		/**
		 * The value {@code function_call}.
		 */
		public static final Type FUNCTION_CALL = new Type("function_call");

		/**
		 * The value {@code function_call_output}.
		 */
		public static final Type FUNCTION_CALL_OUTPUT = new Type("function_call_output");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "message" -> MESSAGE;
				case "function_call" -> FUNCTION_CALL;
				case "function_call_output" -> FUNCTION_CALL_OUTPUT;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "message", "function_call", "function_call_output" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The status of the item ({@code completed}, {@code incomplete},
	 * {@code in_progress}). These have no effect on the conversation, but are accepted
	 * for consistency with the {@code conversation.item.created} event.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code incomplete}.
		 */
		public static final Status INCOMPLETE = new Status("incomplete");

		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * The role of the message sender ({@code user}, {@code assistant}, {@code system}),
	 * only applicable for {@code message} items.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		/**
		 * The value {@code user}.
		 */
		public static final Role USER = new Role("user");

		/**
		 * The value {@code assistant}.
		 */
		public static final Role ASSISTANT = new Role("assistant");

		/**
		 * The value {@code system}.
		 */
		public static final Role SYSTEM = new Role("system");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Role {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Role of(String value) {
			return switch (value) {
				case "user" -> USER;
				case "assistant" -> ASSISTANT;
				case "system" -> SYSTEM;
				default -> new Role(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "user", "assistant", "system" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link RealtimeConversationItemWithReference}'s {@code content}.
	 *
	 * @param type The content type ({@code input_text}, {@code input_audio},
	 * {@code item_reference}, {@code text}).
	 * @param text The text content, used for {@code input_text} and {@code text} content
	 * types.
	 * @param id ID of a previous conversation item to reference (for
	 * {@code item_reference} content types in {@code response.create} events). These can
	 * reference both client and server created items.
	 * @param audio Base64-encoded audio bytes, used for {@code input_audio} content type.
	 * @param transcript The transcript of the audio, used for {@code input_audio} content
	 * type.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ContentItem.Reader.class)
	public static record ContentItem(@JsonProperty("type") ContentItem.@Nullable Type type,
			@JsonProperty("text") @Nullable String text, @JsonProperty("id") @Nullable String id,
			@JsonProperty("audio") @Nullable String audio, @JsonProperty("transcript") @Nullable String transcript,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ContentItem}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type The content type ({@code input_text}, {@code input_audio},
		 * {@code item_reference}, {@code text}).
		 * @param text The text content, used for {@code input_text} and {@code text}
		 * content types.
		 * @param id ID of a previous conversation item to reference (for
		 * {@code item_reference} content types in {@code response.create} events).
		 * @param audio Base64-encoded audio bytes, used for {@code input_audio} content
		 * type.
		 * @param transcript The transcript of the audio, used for {@code input_audio}
		 * content type.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ContentItem {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ContentItem}.
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
		 * The content type ({@code input_text}, {@code input_audio},
		 * {@code item_reference}, {@code text}).
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Type(@JsonValue String value) {
			/**
			 * The value {@code input_audio}.
			 */
			public static final Type INPUT_AUDIO = new Type("input_audio");

			/**
			 * The value {@code input_text}.
			 */
			public static final Type INPUT_TEXT = new Type("input_text");

			/**
			 * The value {@code item_reference}.
			 */
			public static final Type ITEM_REFERENCE = new Type("item_reference");

			/**
			 * The value {@code text}.
			 */
			public static final Type TEXT = new Type("text");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Type {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Type of(String value) {
				return switch (value) {
					case "input_audio" -> INPUT_AUDIO;
					case "input_text" -> INPUT_TEXT;
					case "item_reference" -> ITEM_REFERENCE;
					case "text" -> TEXT;
					default -> new Type(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "input_audio", "input_text", "item_reference", "text" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link ContentItem}.
		 */
		public static final class Builder {

			private @Nullable Type type;

			private @Nullable String text;

			private @Nullable String id;

			private @Nullable String audio;

			private @Nullable String transcript;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ContentItem source) {
				this.type = source.type();
				this.text = source.text();
				this.id = source.id();
				this.audio = source.audio();
				this.transcript = source.transcript();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The content type ({@code input_text}, {@code input_audio},
			 * {@code item_reference}, {@code text}).
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable Type type) {
				this.type = type;
				return this;
			}

			/**
			 * The content type ({@code input_text}, {@code input_audio},
			 * {@code item_reference}, {@code text}).
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder type(String value) {
				return type(Type.of(value));
			}

			/**
			 * The text content, used for {@code input_text} and {@code text} content
			 * types.
			 * @param text the value
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				this.text = text;
				return this;
			}

			/**
			 * ID of a previous conversation item to reference (for {@code item_reference}
			 * content types in {@code response.create} events).
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * Base64-encoded audio bytes, used for {@code input_audio} content type.
			 * @param audio the value
			 * @return this builder
			 */
			public Builder audio(@Nullable String audio) {
				this.audio = audio;
				return this;
			}

			/**
			 * The transcript of the audio, used for {@code input_audio} content type.
			 * @param transcript the value
			 * @return this builder
			 */
			public Builder transcript(@Nullable String transcript) {
				this.transcript = transcript;
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
				return new ContentItem(this.type, this.text, this.id, this.audio, this.transcript,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ContentItem} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ContentItem> {

			Reader() {
				super(ContentItem.class, "type", "text", "id", "audio", "transcript");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Type.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected ContentItem create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ContentItem((Type) values[0], (String) values[1], (String) values[2], (String) values[3],
						(String) values[4], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ContentItem} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ContentItem> {

			Writer() {
				super(ContentItem.class, "type", "text", "id", "audio", "transcript");
			}

			@Override
			protected @Nullable Object value(ContentItem record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.text();
					case 2 -> record.id();
					case 3 -> record.audio();
					case 4 -> record.transcript();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ContentItem record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RealtimeConversationItemWithReference}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Type type;

		private @Nullable String object;

		private @Nullable Status status;

		private @Nullable Role role;

		private @Nullable List<ContentItem> content;

		private @Nullable String callId;

		private @Nullable String name;

		private @Nullable String arguments;

		private @Nullable String output;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "realtime.item";
		}

		private Builder(RealtimeConversationItemWithReference source) {
			this.id = source.id();
			this.type = source.type();
			this.object = source.object();
			this.status = source.status();
			this.role = source.role();
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.callId = source.callId();
			this.name = source.name();
			this.arguments = source.arguments();
			this.output = source.output();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * For an item of type ({@code message} | {@code function_call} |
		 * {@code function_call_output}) this field allows the client to assign the unique
		 * ID of the item.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The type of the item ({@code message}, {@code function_call},
		 * {@code function_call_output}, {@code item_reference}).
		 * @param type the value
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of the item ({@code message}, {@code function_call},
		 * {@code function_call_output}, {@code item_reference}).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * The status of the item ({@code completed}, {@code incomplete},
		 * {@code in_progress}).
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the item ({@code completed}, {@code incomplete},
		 * {@code in_progress}).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The role of the message sender ({@code user}, {@code assistant},
		 * {@code system}), only applicable for {@code message} items.
		 * @param role the value
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * The role of the message sender ({@code user}, {@code assistant},
		 * {@code system}), only applicable for {@code message} items.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(Role.of(value));
		}

		/**
		 * The content of the message, applicable for {@code message} items.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value
		 * @return this builder
		 */
		public Builder content(@Nullable List<ContentItem> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * The content of the message, applicable for {@code message} items.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(ContentItem content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.content == null) {
				this.content = new ArrayList<>();
			}
			this.content.add(content);
			return this;
		}

		/**
		 * The ID of the function call (for {@code function_call} and
		 * {@code function_call_output} items).
		 * @param callId the value
		 * @return this builder
		 */
		public Builder callId(@Nullable String callId) {
			this.callId = callId;
			return this;
		}

		/**
		 * The name of the function being called (for {@code function_call} items).
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The arguments of the function call (for {@code function_call} items).
		 * @param arguments the value
		 * @return this builder
		 */
		public Builder arguments(@Nullable String arguments) {
			this.arguments = arguments;
			return this;
		}

		/**
		 * The output of the function call (for {@code function_call_output} items).
		 * @param output the value
		 * @return this builder
		 */
		public Builder output(@Nullable String output) {
			this.output = output;
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
		public RealtimeConversationItemWithReference build() {
			return new RealtimeConversationItemWithReference(this.id, this.type, this.object, this.status, this.role,
					(this.content != null) ? Collections.unmodifiableList(new ArrayList<>(this.content)) : null,
					this.callId, this.name, this.arguments, this.output, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeConversationItemWithReference} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeConversationItemWithReference> {

		Reader() {
			super(RealtimeConversationItemWithReference.class, "id", "type", "object", "status", "role", "content",
					"call_id", "name", "arguments", "output");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Type.of(value);
				case 3 -> Status.of(value);
				case 4 -> Role.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeConversationItemWithReference create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeConversationItemWithReference((String) values[0], (Type) values[1], (String) values[2],
					(Status) values[3], (Role) values[4], (List<ContentItem>) values[5], (String) values[6],
					(String) values[7], (String) values[8], (String) values[9], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeConversationItemWithReference} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeConversationItemWithReference> {

		Writer() {
			super(RealtimeConversationItemWithReference.class, "id", "type", "object", "status", "role", "content",
					"call_id", "name", "arguments", "output");
		}

		@Override
		protected @Nullable Object value(RealtimeConversationItemWithReference record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.object();
				case 3 -> record.status();
				case 4 -> record.role();
				case 5 -> record.content();
				case 6 -> record.callId();
				case 7 -> record.name();
				case 8 -> record.arguments();
				case 9 -> record.output();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeConversationItemWithReference record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents a message delta i.e. any changed fields on a message during streaming.
 *
 * @param id The identifier of the message, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code thread.message.delta}.
 * @param delta The delta containing the fields that have changed on the Message.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MessageDelta.Reader.class)
public record MessageDelta(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("delta") MessageDelta.Delta delta,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link MessageDelta}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id The identifier of the message, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code thread.message.delta}.
	 * @param delta The delta containing the fields that have changed on the Message.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MessageDelta {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MessageDelta}.
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
	 * The delta containing the fields that have changed on the Message.
	 *
	 * @param role The entity that produced the message. One of {@code user} or
	 * {@code assistant}.
	 * @param content The content of the message in array of text and/or images.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Delta.Reader.class)
	public static record Delta(@JsonProperty("role") Delta.@Nullable Role role,
			@JsonProperty("content") @Nullable List<Delta.ContentItem> content,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Delta}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param role The entity that produced the message.
		 * @param content The content of the message in array of text and/or images.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Delta {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Delta}.
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
		 * The entity that produced the message. One of {@code user} or {@code assistant}.
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
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
					default -> new Role(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "user", "assistant" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * An item of a {@link Delta}'s {@code content}.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = ContentItem.Deserializer.class)
		public sealed interface ContentItem permits MessageDeltaContentImageFileObject, MessageDeltaContentTextObject,
				MessageDeltaContentRefusalObject, MessageDeltaContentImageUrlObject, ContentItem.Unknown {

			/**
			 * A {@link ContentItem} that this version of the client does not recognize,
			 * kept as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements ContentItem, UnknownVariant {
			}

			/**
			 * Reads a {@link ContentItem} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<ContentItem> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<ContentItem>variants(Unknown::new)
						.discriminator("type")
						.object(MessageDeltaContentImageFileObject.class,
								VariantShape.declaring("index", "type", "image_file")
									.requiring("index", "type")
									.values("type", "image_file"))
						.object(MessageDeltaContentTextObject.class,
								VariantShape.declaring("index", "type", "text")
									.requiring("index", "type")
									.values("type", "text"))
						.object(MessageDeltaContentRefusalObject.class,
								VariantShape.declaring("index", "type", "refusal")
									.requiring("index", "type")
									.values("type", "refusal"))
						.object(MessageDeltaContentImageUrlObject.class,
								VariantShape.declaring("index", "type", "image_url")
									.requiring("index", "type")
									.values("type", "image_url")));
				}

			}

		}

		/**
		 * Builds a {@link Delta}.
		 */
		public static final class Builder {

			private @Nullable Role role;

			private @Nullable List<ContentItem> content;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Delta source) {
				this.role = source.role();
				this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The entity that produced the message.
			 * @param role the value
			 * @return this builder
			 */
			public Builder role(@Nullable Role role) {
				this.role = role;
				return this;
			}

			/**
			 * The entity that produced the message.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder role(String value) {
				return role(Role.of(value));
			}

			/**
			 * The content of the message in array of text and/or images.
			 * <p>
			 * Takes a copy of the list.
			 * @param content the value
			 * @return this builder
			 */
			public Builder content(@Nullable List<? extends ContentItem> content) {
				this.content = (content != null) ? new ArrayList<>(content) : null;
				return this;
			}

			/**
			 * The content of the message in array of text and/or images.
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
			public Delta build() {
				return new Delta(this.role,
						(this.content != null) ? Collections.unmodifiableList(new ArrayList<>(this.content)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Delta} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Delta> {

			Reader() {
				super(Delta.class, "role", "content");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Role.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Delta create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Delta((Role) values[0], (List<ContentItem>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Delta} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Delta> {

			Writer() {
				super(Delta.class, "role", "content");
			}

			@Override
			protected @Nullable Object value(Delta record, int index) {
				return switch (index) {
					case 0 -> record.role();
					case 1 -> record.content();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Delta record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link MessageDelta}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Delta delta;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "thread.message.delta";
		}

		private Builder(MessageDelta source) {
			this.id = source.id();
			this.object = source.object();
			this.delta = source.delta();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier of the message, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The delta containing the fields that have changed on the Message.
		 * @param delta the value (required)
		 * @return this builder
		 */
		public Builder delta(@Nullable Delta delta) {
			this.delta = delta;
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
		public MessageDelta build() {
			return new MessageDelta(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.delta, "'delta' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MessageDelta} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MessageDelta> {

		Reader() {
			super(MessageDelta.class, "id", "object", "delta");
		}

		@Override
		protected MessageDelta create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new MessageDelta((String) values[0], (String) values[1], (Delta) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MessageDelta} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MessageDelta> {

		Writer() {
			super(MessageDelta.class, "id", "object", "delta");
		}

		@Override
		protected @Nullable Object value(MessageDelta record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.delta();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MessageDelta record) {
			return record.additionalProperties();
		}

	}
}

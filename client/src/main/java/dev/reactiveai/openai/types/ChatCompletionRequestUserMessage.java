// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Messages sent by an end user, containing prompts or additional context information.
 *
 * @param content The contents of the user message.
 * @param role The role of the messages author, in this case {@code user}.
 * @param name An optional name for the participant. Provides the model information to
 * differentiate between participants of the same role.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionRequestUserMessage.Reader.class)
public record ChatCompletionRequestUserMessage(
		@JsonProperty("content") ChatCompletionRequestUserMessage.Content content, @JsonProperty("role") String role,
		@JsonProperty("name") @Nullable String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionRequestMessage {

	/**
	 * Creates a {@link ChatCompletionRequestUserMessage}, filling in {@code role} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param content The contents of the user message.
	 * @param role The role of the messages author, in this case {@code user}.
	 * @param name An optional name for the participant.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionRequestUserMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionRequestUserMessage}.
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
	 * The contents of the user message.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Content.Deserializer.class)
	public sealed interface Content
			permits Content.StringValue, Content.ChatCompletionRequestUserMessageContentPartList, Content.Unknown {

		/**
		 * A {@link Content} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Content {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Content} that is a
		 * {@code List<ChatCompletionRequestUserMessageContentPart>}.
		 *
		 * @param value the value
		 */
		record ChatCompletionRequestUserMessageContentPartList(
				@JsonValue List<ChatCompletionRequestUserMessageContentPart> value) implements Content {
			/**
			 * Creates a {@link ChatCompletionRequestUserMessageContentPartList},
			 * rejecting a null value.
			 * @param value the value
			 */
			public ChatCompletionRequestUserMessageContentPartList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Content} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Content, UnknownVariant {
		}

		/**
		 * Reads a {@link Content} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Content> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Content>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<ChatCompletionRequestUserMessageContentPart>>() {
					}, ChatCompletionRequestUserMessageContentPartList::new));
			}

		}

	}

	/**
	 * Builds a {@link ChatCompletionRequestUserMessage}.
	 */
	public static final class Builder {

		private @Nullable Content content;

		private @Nullable String role;

		private @Nullable String name;

		/**
		 * The list that {@code content} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<ChatCompletionRequestUserMessageContentPart> contentAdded;

		private Content.@Nullable ChatCompletionRequestUserMessageContentPartList contentAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.role = "user";
		}

		private Builder(ChatCompletionRequestUserMessage source) {
			this.content = source.content();
			this.role = source.role();
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The contents of the user message.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable Content content) {
			this.content = content;
			return this;
		}

		/**
		 * The contents of the user message.
		 * <p>
		 * Takes the value of a {@link Content.StringValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder content(String value) {
			return content(new Content.StringValue(value));
		}

		/**
		 * The contents of the user message.
		 * <p>
		 * Takes the value of a
		 * {@link Content.ChatCompletionRequestUserMessageContentPartList}, copying the
		 * list.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder content(List<? extends ChatCompletionRequestUserMessageContentPart> value) {
			return content(new Content.ChatCompletionRequestUserMessageContentPartList(
					Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * The contents of the user message.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(ChatCompletionRequestUserMessageContentPart content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.contentAdded == null || this.content != this.contentAddedTo) {
				List<ChatCompletionRequestUserMessageContentPart> items = new ArrayList<>();
				if (this.content instanceof Content.ChatCompletionRequestUserMessageContentPartList held) {
					items.addAll(held.value());
				}
				else if (this.content != null) {
					throw new IllegalStateException("Cannot add to 'content', which holds a "
							+ this.content.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.contentAdded = items;
				this.contentAddedTo = new Content.ChatCompletionRequestUserMessageContentPartList(
						Collections.unmodifiableList(items));
				this.content = this.contentAddedTo;
			}
			this.contentAdded.add(content);
			return this;
		}

		/**
		 * An optional name for the participant.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		public ChatCompletionRequestUserMessage build() {
			ChatCompletionRequestUserMessage value = new ChatCompletionRequestUserMessage(
					Objects.requireNonNull(this.content, "'content' is required"), this.role, this.name,
					this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.contentAdded = null;
			this.contentAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link ChatCompletionRequestUserMessage} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionRequestUserMessage> {

		Reader() {
			super(ChatCompletionRequestUserMessage.class, "content", "role", "name");
		}

		@Override
		protected ChatCompletionRequestUserMessage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionRequestUserMessage((Content) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionRequestUserMessage} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionRequestUserMessage> {

		Writer() {
			super(ChatCompletionRequestUserMessage.class, "content", "role", "name");
		}

		@Override
		protected @Nullable Object value(ChatCompletionRequestUserMessage record, int index) {
			return switch (index) {
				case 0 -> record.content();
				case 1 -> record.role();
				case 2 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionRequestUserMessage record) {
			return record.additionalProperties();
		}

	}
}

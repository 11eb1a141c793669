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
 * Static predicted output content, such as the content of a text file that is being
 * regenerated.
 *
 * @param type The type of the predicted content you want to provide. This type is
 * currently always {@code content}.
 * @param content The content that should be matched when generating a model response. If
 * generated tokens would match this content, the entire model response can be returned
 * much more quickly.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = PredictionContent.Reader.class)
public record PredictionContent(@JsonProperty("type") String type,
		@JsonProperty("content") PredictionContent.Content content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link PredictionContent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the predicted content you want to provide.
	 * @param content The content that should be matched when generating a model response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public PredictionContent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link PredictionContent}.
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
	 * The content that should be matched when generating a model response. If generated
	 * tokens would match this content, the entire model response can be returned much
	 * more quickly.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Content.Deserializer.class)
	public sealed interface Content
			permits Content.StringValue, Content.ChatCompletionRequestMessageContentPartTextList, Content.Unknown {

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
		 * {@code List<ChatCompletionRequestMessageContentPartText>}.
		 *
		 * @param value the value
		 */
		record ChatCompletionRequestMessageContentPartTextList(
				@JsonValue List<ChatCompletionRequestMessageContentPartText> value) implements Content {
			/**
			 * Creates a {@link ChatCompletionRequestMessageContentPartTextList},
			 * rejecting a null value.
			 * @param value the value
			 */
			public ChatCompletionRequestMessageContentPartTextList {
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
					.array(new TypeReference<List<ChatCompletionRequestMessageContentPartText>>() {
					}, ChatCompletionRequestMessageContentPartTextList::new));
			}

		}

	}

	/**
	 * Builds a {@link PredictionContent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Content content;

		/**
		 * The list that {@code content} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<ChatCompletionRequestMessageContentPartText> contentAdded;

		private Content.@Nullable ChatCompletionRequestMessageContentPartTextList contentAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "content";
		}

		private Builder(PredictionContent source) {
			this.type = source.type();
			this.content = source.content();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The content that should be matched when generating a model response.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable Content content) {
			this.content = content;
			return this;
		}

		/**
		 * The content that should be matched when generating a model response.
		 * <p>
		 * Takes the value of a {@link Content.StringValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder content(String value) {
			return content(new Content.StringValue(value));
		}

		/**
		 * The content that should be matched when generating a model response.
		 * <p>
		 * Takes the value of a
		 * {@link Content.ChatCompletionRequestMessageContentPartTextList}, copying the
		 * list.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder content(List<ChatCompletionRequestMessageContentPartText> value) {
			return content(new Content.ChatCompletionRequestMessageContentPartTextList(
					Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * The content that should be matched when generating a model response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(ChatCompletionRequestMessageContentPartText content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.contentAdded == null || this.content != this.contentAddedTo) {
				List<ChatCompletionRequestMessageContentPartText> items = new ArrayList<>();
				if (this.content instanceof Content.ChatCompletionRequestMessageContentPartTextList held) {
					items.addAll(held.value());
				}
				else if (this.content != null) {
					throw new IllegalStateException("Cannot add to 'content', which holds a "
							+ this.content.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.contentAdded = items;
				this.contentAddedTo = new Content.ChatCompletionRequestMessageContentPartTextList(
						Collections.unmodifiableList(items));
				this.content = this.contentAddedTo;
			}
			this.contentAdded.add(content);
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
		public PredictionContent build() {
			PredictionContent value = new PredictionContent(this.type,
					Objects.requireNonNull(this.content, "'content' is required"), this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.contentAdded = null;
			this.contentAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link PredictionContent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<PredictionContent> {

		Reader() {
			super(PredictionContent.class, "type", "content");
		}

		@Override
		protected PredictionContent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new PredictionContent((String) values[0], (Content) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link PredictionContent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<PredictionContent> {

		Writer() {
			super(PredictionContent.class, "type", "content");
		}

		@Override
		protected @Nullable Object value(PredictionContent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.content();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(PredictionContent record) {
			return record.additionalProperties();
		}

	}
}

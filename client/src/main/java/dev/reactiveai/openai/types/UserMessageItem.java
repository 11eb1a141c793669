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
 * User-authored messages within a thread.
 *
 * @param id Identifier of the thread item.
 * @param object Type discriminator that is always {@code chatkit.thread_item}.
 * @param createdAt Unix timestamp (in seconds) for when the item was created.
 * @param threadId Identifier of the parent thread.
 * @param type Always {@code chatkit.user_message}.
 * @param content Ordered content elements supplied by the user.
 * @param attachments Attachments associated with the user message. Defaults to an empty
 * list.
 * @param inferenceOptions Model and tool overrides applied when generating the assistant
 * response.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UserMessageItem.Reader.class)
public record UserMessageItem(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("type") String type, @JsonProperty("content") List<UserMessageItem.ContentItem> content,
		@JsonProperty("attachments") List<Attachment> attachments,
		@JsonProperty("inference_options") @Nullable InferenceOptions inferenceOptions,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ThreadItem {

	/**
	 * Creates a {@link UserMessageItem}, filling in {@code object} and {@code type} with
	 * their single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Identifier of the thread item.
	 * @param object Type discriminator that is always {@code chatkit.thread_item}.
	 * @param createdAt Unix timestamp (in seconds) for when the item was created.
	 * @param threadId Identifier of the parent thread.
	 * @param type Always {@code chatkit.user_message}.
	 * @param content Ordered content elements supplied by the user.
	 * @param attachments Attachments associated with the user message.
	 * @param inferenceOptions Model and tool overrides applied when generating the
	 * assistant response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UserMessageItem {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UserMessageItem}.
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
	 * Content blocks that comprise a user message.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ContentItem.Deserializer.class)
	public sealed interface ContentItem permits UserMessageInputText, UserMessageQuotedText, ContentItem.Unknown {

		/**
		 * A {@link ContentItem} that this version of the client does not recognize, kept
		 * as it came.
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
					.object(UserMessageInputText.class,
							VariantShape.declaring("type", "text")
								.requiring("type", "text")
								.values("type", "input_text"))
					.object(UserMessageQuotedText.class,
							VariantShape.declaring("type", "text")
								.requiring("type", "text")
								.values("type", "quoted_text")));
			}

		}

	}

	/**
	 * Builds a {@link UserMessageItem}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String threadId;

		private @Nullable String type;

		private @Nullable List<ContentItem> content;

		private @Nullable List<Attachment> attachments;

		private @Nullable InferenceOptions inferenceOptions;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chatkit.thread_item";
			this.type = "chatkit.user_message";
		}

		private Builder(UserMessageItem source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.threadId = source.threadId();
			this.type = source.type();
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.attachments = (source.attachments() != null) ? new ArrayList<>(source.attachments()) : null;
			this.inferenceOptions = source.inferenceOptions();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the thread item.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) for when the item was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Identifier of the parent thread.
		 * @param threadId the value (required)
		 * @return this builder
		 */
		public Builder threadId(@Nullable String threadId) {
			this.threadId = threadId;
			return this;
		}

		/**
		 * Ordered content elements supplied by the user.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<? extends ContentItem> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * Ordered content elements supplied by the user.
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
		 * Attachments associated with the user message.
		 * <p>
		 * Takes a copy of the list.
		 * @param attachments the value (required)
		 * @return this builder
		 */
		public Builder attachments(@Nullable List<Attachment> attachments) {
			this.attachments = (attachments != null) ? new ArrayList<>(attachments) : null;
			return this;
		}

		/**
		 * Attachments associated with the user message.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param attachment the item to add
		 * @return this builder
		 */
		public Builder addAttachment(Attachment attachment) {
			Objects.requireNonNull(attachment, "'attachment' must not be null");
			if (this.attachments == null) {
				this.attachments = new ArrayList<>();
			}
			this.attachments.add(attachment);
			return this;
		}

		/**
		 * Model and tool overrides applied when generating the assistant response.
		 * @param inferenceOptions the value
		 * @return this builder
		 */
		public Builder inferenceOptions(@Nullable InferenceOptions inferenceOptions) {
			this.inferenceOptions = inferenceOptions;
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
		public UserMessageItem build() {
			return new UserMessageItem(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.threadId, "'threadId' is required"), this.type,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.content, "'content' is required"))),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.attachments, "'attachments' is required"))),
					this.inferenceOptions, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UserMessageItem} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UserMessageItem> {

		Reader() {
			super(UserMessageItem.class, "id", "object", "created_at", "thread_id", "type", "content", "attachments",
					"inference_options");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected UserMessageItem create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UserMessageItem((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (List<ContentItem>) values[5], (List<Attachment>) values[6],
					(InferenceOptions) values[7], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UserMessageItem} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UserMessageItem> {

		Writer() {
			super(UserMessageItem.class, "id", "object", "created_at", "thread_id", "type", "content", "attachments",
					"inference_options");
		}

		@Override
		protected @Nullable Object value(UserMessageItem record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.threadId();
				case 4 -> record.type();
				case 5 -> record.content();
				case 6 -> record.attachments();
				case 7 -> record.inferenceOptions();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UserMessageItem record) {
			return record.additionalProperties();
		}

	}
}

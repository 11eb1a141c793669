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
 * A message to or from the model.
 *
 * @param type The type of the message. Always set to {@code message}.
 * @param id The unique ID of the message.
 * @param status The status of item. One of {@code in_progress}, {@code completed}, or
 * {@code incomplete}. Populated when items are returned via API.
 * @param role The role of the message. One of {@code unknown}, {@code user},
 * {@code assistant}, {@code system}, {@code critic}, {@code discriminator},
 * {@code developer}, or {@code tool}.
 * @param content The content of the message
 * @param phase A {@link dev.reactiveai.openai.types.ConversationMessagePhase} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Message.Reader.class)
public record Message(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("status") MessageStatus status, @JsonProperty("role") MessageRole role,
		@JsonProperty("content") List<Message.ContentItem> content,
		@JsonProperty("phase") @Nullable ConversationMessagePhase phase,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ConversationItem, ItemField {

	/**
	 * Creates a {@link Message}, filling in {@code type} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param type The type of the message.
	 * @param id The unique ID of the message.
	 * @param status The status of item.
	 * @param role The role of the message.
	 * @param content The content of the message
	 * @param phase A {@link dev.reactiveai.openai.types.ConversationMessagePhase} (the
	 * API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Message {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Message}.
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
	 * A content part that makes up an input or output item.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ContentItem.Deserializer.class)
	public sealed interface ContentItem
			permits InputTextContent, OutputTextContent, TextContent, SummaryTextContent, ReasoningTextContent,
			RefusalContent, InputImageContent, ComputerScreenshotContent, InputFileContent, ContentItem.Unknown {

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
					.object(InputTextContent.class,
							VariantShape.declaring("type", "text")
								.requiring("type", "text")
								.values("type", "input_text"))
					.object(OutputTextContent.class,
							VariantShape.declaring("type", "text", "annotations", "logprobs")
								.requiring("type", "text", "annotations", "logprobs")
								.values("type", "output_text"))
					.object(TextContent.class,
							VariantShape.declaring("type", "text").requiring("type", "text").values("type", "text"))
					.object(SummaryTextContent.class,
							VariantShape.declaring("type", "text")
								.requiring("type", "text")
								.values("type", "summary_text"))
					.object(ReasoningTextContent.class,
							VariantShape.declaring("type", "text")
								.requiring("type", "text")
								.values("type", "reasoning_text"))
					.object(RefusalContent.class,
							VariantShape.declaring("type", "refusal")
								.requiring("type", "refusal")
								.values("type", "refusal"))
					.object(InputImageContent.class,
							VariantShape.declaring("type", "image_url", "file_id", "detail")
								.requiring("type", "detail")
								.values("type", "input_image")
								.values("detail", "low", "high", "auto", "original"))
					.object(ComputerScreenshotContent.class,
							VariantShape.declaring("type", "image_url", "file_id", "detail")
								.requiring("type", "image_url", "file_id", "detail")
								.values("type", "computer_screenshot")
								.values("detail", "low", "high", "auto", "original"))
					.object(InputFileContent.class,
							VariantShape.declaring("type", "file_id", "filename", "file_data", "file_url", "detail")
								.requiring("type")
								.values("type", "input_file")
								.values("detail", "low", "high")));
			}

		}

	}

	/**
	 * Builds a {@link Message}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable MessageStatus status;

		private @Nullable MessageRole role;

		private @Nullable List<ContentItem> content;

		private @Nullable ConversationMessagePhase phase;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "message";
		}

		private Builder(Message source) {
			this.type = source.type();
			this.id = source.id();
			this.status = source.status();
			this.role = source.role();
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.phase = source.phase();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the message.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The status of item.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable MessageStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of item.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(MessageStatus.of(value));
		}

		/**
		 * The role of the message.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable MessageRole role) {
			this.role = role;
			return this;
		}

		/**
		 * The role of the message.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(MessageRole.of(value));
		}

		/**
		 * The content of the message
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
		 * The content of the message
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
		 * A {@link dev.reactiveai.openai.types.ConversationMessagePhase} (the API
		 * description says no more).
		 * @param phase the value
		 * @return this builder
		 */
		public Builder phase(@Nullable ConversationMessagePhase phase) {
			this.phase = phase;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.ConversationMessagePhase} (the API
		 * description says no more).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder phase(String value) {
			return phase(ConversationMessagePhase.of(value));
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
		public Message build() {
			return new Message(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.role, "'role' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.content, "'content' is required"))),
					this.phase, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Message} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Message> {

		Reader() {
			super(Message.class, "type", "id", "status", "role", "content", "phase");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> MessageStatus.of(value);
				case 3 -> MessageRole.of(value);
				case 5 -> ConversationMessagePhase.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Message create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Message((String) values[0], (String) values[1], (MessageStatus) values[2],
					(MessageRole) values[3], (List<ContentItem>) values[4], (ConversationMessagePhase) values[5],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Message} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Message> {

		Writer() {
			super(Message.class, "type", "id", "status", "role", "content", "phase");
		}

		@Override
		protected @Nullable Object value(Message record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.status();
				case 3 -> record.role();
				case 4 -> record.content();
				case 5 -> record.phase();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Message record) {
			return record.additionalProperties();
		}

	}
}

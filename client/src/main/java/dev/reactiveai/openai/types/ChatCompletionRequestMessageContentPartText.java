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
 * Learn about <a href="https://platform.openai.com/docs/guides/text-generation">text
 * inputs</a>.
 *
 * @param type The type of the content part.
 * @param text The text content.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionRequestMessageContentPartText.Reader.class)
public record ChatCompletionRequestMessageContentPartText(@JsonProperty("type") String type,
		@JsonProperty("text") String text, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionMessageList.DataItem.ContentPart,
			ChatCompletionRequestAssistantMessageContentPart,
			ChatCompletionRequestUserMessageContentPart {

	/**
	 * Creates a {@link ChatCompletionRequestMessageContentPartText}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of the content part.
	 * @param text The text content.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionRequestMessageContentPartText {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionRequestMessageContentPartText}.
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
	 * Builds a {@link ChatCompletionRequestMessageContentPartText}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String text;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "text";
		}

		private Builder(ChatCompletionRequestMessageContentPartText source) {
			this.type = source.type();
			this.text = source.text();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The text content.
		 * @param text the value (required)
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
		public ChatCompletionRequestMessageContentPartText build() {
			return new ChatCompletionRequestMessageContentPartText(this.type,
					Objects.requireNonNull(this.text, "'text' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionRequestMessageContentPartText} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionRequestMessageContentPartText> {

		Reader() {
			super(ChatCompletionRequestMessageContentPartText.class, "type", "text");
		}

		@Override
		protected ChatCompletionRequestMessageContentPartText create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionRequestMessageContentPartText((String) values[0], (String) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionRequestMessageContentPartText} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionRequestMessageContentPartText> {

		Writer() {
			super(ChatCompletionRequestMessageContentPartText.class, "type", "text");
		}

		@Override
		protected @Nullable Object value(ChatCompletionRequestMessageContentPartText record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.text();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionRequestMessageContentPartText record) {
			return record.additionalProperties();
		}

	}
}

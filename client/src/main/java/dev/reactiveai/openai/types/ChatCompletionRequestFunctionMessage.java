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
 * Function message
 *
 * @param role The role of the messages author, in this case {@code function}.
 * @param content The contents of the function message.
 * @param name The name of the function to call.
 * @param additionalProperties properties that this version of the client does not know
 * @deprecated The API description marks it deprecated and names no replacement.
 */
@JsonDeserialize(using = ChatCompletionRequestFunctionMessage.Reader.class)
@Deprecated
public record ChatCompletionRequestFunctionMessage(@JsonProperty("role") String role,
		@JsonProperty("content") @Nullable String content, @JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionRequestMessage {

	/**
	 * Creates a {@link ChatCompletionRequestFunctionMessage}, filling in {@code role}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param role The role of the messages author, in this case {@code function}.
	 * @param content The contents of the function message.
	 * @param name The name of the function to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionRequestFunctionMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionRequestFunctionMessage}.
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
	 * Builds a {@link ChatCompletionRequestFunctionMessage}.
	 */
	public static final class Builder {

		private @Nullable String role;

		private @Nullable String content;

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.role = "function";
		}

		private Builder(ChatCompletionRequestFunctionMessage source) {
			this.role = source.role();
			this.content = source.content();
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The contents of the function message.
		 * @param content the value
		 * @return this builder
		 */
		public Builder content(@Nullable String content) {
			this.content = content;
			return this;
		}

		/**
		 * The name of the function to call.
		 * @param name the value (required)
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
		public ChatCompletionRequestFunctionMessage build() {
			return new ChatCompletionRequestFunctionMessage(this.role, this.content,
					Objects.requireNonNull(this.name, "'name' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionRequestFunctionMessage} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionRequestFunctionMessage> {

		Reader() {
			super(ChatCompletionRequestFunctionMessage.class, "role", "content", "name");
		}

		@Override
		protected ChatCompletionRequestFunctionMessage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionRequestFunctionMessage((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionRequestFunctionMessage} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionRequestFunctionMessage> {

		Writer() {
			super(ChatCompletionRequestFunctionMessage.class, "role", "content", "name");
		}

		@Override
		protected @Nullable Object value(ChatCompletionRequestFunctionMessage record, int index) {
			return switch (index) {
				case 0 -> record.role();
				case 1 -> record.content();
				case 2 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionRequestFunctionMessage record) {
			return record.additionalProperties();
		}

	}
}

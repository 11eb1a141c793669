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
 * Specifying a particular function via {@code {"name": "my_function"}} forces the model
 * to call that function.
 *
 * @param name The name of the function to call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionFunctionCallOption.Reader.class)
public record ChatCompletionFunctionCallOption(@JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateChatCompletionRequest.FunctionCall {

	/**
	 * Creates a {@link ChatCompletionFunctionCallOption}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param name The name of the function to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionFunctionCallOption {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionFunctionCallOption}.
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
	 * Builds a {@link ChatCompletionFunctionCallOption}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatCompletionFunctionCallOption source) {
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
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
		public ChatCompletionFunctionCallOption build() {
			return new ChatCompletionFunctionCallOption(Objects.requireNonNull(this.name, "'name' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionFunctionCallOption} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionFunctionCallOption> {

		Reader() {
			super(ChatCompletionFunctionCallOption.class, "name");
		}

		@Override
		protected ChatCompletionFunctionCallOption create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionFunctionCallOption((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionFunctionCallOption} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionFunctionCallOption> {

		Writer() {
			super(ChatCompletionFunctionCallOption.class, "name");
		}

		@Override
		protected @Nullable Object value(ChatCompletionFunctionCallOption record, int index) {
			return switch (index) {
				case 0 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionFunctionCallOption record) {
			return record.additionalProperties();
		}

	}
}

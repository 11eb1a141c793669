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
 * A function tool that can be used to generate a response.
 *
 * @param type The type of the tool. Currently, only {@code function} is supported.
 * @param function A {@link dev.reactiveai.openai.types.FunctionObject} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionTool.Reader.class)
public record ChatCompletionTool(@JsonProperty("type") String type, @JsonProperty("function") FunctionObject function,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateChatCompletionRequest.Tool {

	/**
	 * Creates a {@link ChatCompletionTool}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the tool.
	 * @param function A {@link dev.reactiveai.openai.types.FunctionObject} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionTool}.
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
	 * Builds a {@link ChatCompletionTool}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable FunctionObject function;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(ChatCompletionTool source) {
			this.type = source.type();
			this.function = source.function();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.FunctionObject} (the API description says
		 * no more).
		 * @param function the value (required)
		 * @return this builder
		 */
		public Builder function(@Nullable FunctionObject function) {
			this.function = function;
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
		public ChatCompletionTool build() {
			return new ChatCompletionTool(this.type, Objects.requireNonNull(this.function, "'function' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionTool} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionTool> {

		Reader() {
			super(ChatCompletionTool.class, "type", "function");
		}

		@Override
		protected ChatCompletionTool create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionTool((String) values[0], (FunctionObject) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionTool} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionTool> {

		Writer() {
			super(ChatCompletionTool.class, "type", "function");
		}

		@Override
		protected @Nullable Object value(ChatCompletionTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.function();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionTool record) {
			return record.additionalProperties();
		}

	}
}

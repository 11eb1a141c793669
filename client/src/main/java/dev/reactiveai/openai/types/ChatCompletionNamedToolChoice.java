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
 * Specifies a tool the model should use. Use to force the model to call a specific
 * function.
 *
 * @param type For function calling, the type is always {@code function}.
 * @param function A
 * {@link dev.reactiveai.openai.types.ChatCompletionNamedToolChoice.Function} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionNamedToolChoice.Reader.class)
public record ChatCompletionNamedToolChoice(@JsonProperty("type") String type,
		@JsonProperty("function") ChatCompletionNamedToolChoice.Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionToolChoiceOption {

	/**
	 * Creates a {@link ChatCompletionNamedToolChoice}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type For function calling, the type is always {@code function}.
	 * @param function A
	 * {@link dev.reactiveai.openai.types.ChatCompletionNamedToolChoice.Function} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionNamedToolChoice {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionNamedToolChoice}.
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
	 * A {@link ChatCompletionNamedToolChoice}'s {@code function}.
	 *
	 * @param name The name of the function to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Function.Reader.class)
	public static record Function(@JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Function}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param name The name of the function to call.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Function {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Function}.
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
		 * Builds a {@link Function}.
		 */
		public static final class Builder {

			private @Nullable String name;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Function source) {
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
			public Function build() {
				return new Function(Objects.requireNonNull(this.name, "'name' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Function} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Function> {

			Reader() {
				super(Function.class, "name");
			}

			@Override
			protected Function create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Function((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Function} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Function> {

			Writer() {
				super(Function.class, "name");
			}

			@Override
			protected @Nullable Object value(Function record, int index) {
				return switch (index) {
					case 0 -> record.name();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Function record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ChatCompletionNamedToolChoice}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Function function;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(ChatCompletionNamedToolChoice source) {
			this.type = source.type();
			this.function = source.function();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.ChatCompletionNamedToolChoice.Function}
		 * (the API description says no more).
		 * @param function the value (required)
		 * @return this builder
		 */
		public Builder function(@Nullable Function function) {
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
		public ChatCompletionNamedToolChoice build() {
			return new ChatCompletionNamedToolChoice(this.type,
					Objects.requireNonNull(this.function, "'function' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionNamedToolChoice} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionNamedToolChoice> {

		Reader() {
			super(ChatCompletionNamedToolChoice.class, "type", "function");
		}

		@Override
		protected ChatCompletionNamedToolChoice create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionNamedToolChoice((String) values[0], (Function) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionNamedToolChoice} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionNamedToolChoice> {

		Writer() {
			super(ChatCompletionNamedToolChoice.class, "type", "function");
		}

		@Override
		protected @Nullable Object value(ChatCompletionNamedToolChoice record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.function();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionNamedToolChoice record) {
			return record.additionalProperties();
		}

	}
}

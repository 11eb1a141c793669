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
 * Specifies a tool the model should use. Use to force the model to call a specific custom
 * tool.
 *
 * @param type For custom tool calling, the type is always {@code custom}.
 * @param custom A
 * {@link dev.reactiveai.openai.types.ChatCompletionNamedToolChoiceCustom.Custom} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionNamedToolChoiceCustom.Reader.class)
public record ChatCompletionNamedToolChoiceCustom(@JsonProperty("type") String type,
		@JsonProperty("custom") ChatCompletionNamedToolChoiceCustom.Custom custom,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionToolChoiceOption {

	/**
	 * Creates a {@link ChatCompletionNamedToolChoiceCustom}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type For custom tool calling, the type is always {@code custom}.
	 * @param custom A
	 * {@link dev.reactiveai.openai.types.ChatCompletionNamedToolChoiceCustom.Custom} (the
	 * API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionNamedToolChoiceCustom {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionNamedToolChoiceCustom}.
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
	 * A {@link ChatCompletionNamedToolChoiceCustom}'s {@code custom}.
	 *
	 * @param name The name of the custom tool to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Custom.Reader.class)
	public static record Custom(@JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Custom}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param name The name of the custom tool to call.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Custom {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Custom}.
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
		 * Builds a {@link Custom}.
		 */
		public static final class Builder {

			private @Nullable String name;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Custom source) {
				this.name = source.name();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The name of the custom tool to call.
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
			public Custom build() {
				return new Custom(Objects.requireNonNull(this.name, "'name' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Custom} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Custom> {

			Reader() {
				super(Custom.class, "name");
			}

			@Override
			protected Custom create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Custom((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Custom} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Custom> {

			Writer() {
				super(Custom.class, "name");
			}

			@Override
			protected @Nullable Object value(Custom record, int index) {
				return switch (index) {
					case 0 -> record.name();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Custom record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ChatCompletionNamedToolChoiceCustom}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Custom custom;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "custom";
		}

		private Builder(ChatCompletionNamedToolChoiceCustom source) {
			this.type = source.type();
			this.custom = source.custom();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.ChatCompletionNamedToolChoiceCustom.Custom}
		 * (the API description says no more).
		 * @param custom the value (required)
		 * @return this builder
		 */
		public Builder custom(@Nullable Custom custom) {
			this.custom = custom;
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
		public ChatCompletionNamedToolChoiceCustom build() {
			return new ChatCompletionNamedToolChoiceCustom(this.type,
					Objects.requireNonNull(this.custom, "'custom' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionNamedToolChoiceCustom} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionNamedToolChoiceCustom> {

		Reader() {
			super(ChatCompletionNamedToolChoiceCustom.class, "type", "custom");
		}

		@Override
		protected ChatCompletionNamedToolChoiceCustom create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionNamedToolChoiceCustom((String) values[0], (Custom) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionNamedToolChoiceCustom} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionNamedToolChoiceCustom> {

		Writer() {
			super(ChatCompletionNamedToolChoiceCustom.class, "type", "custom");
		}

		@Override
		protected @Nullable Object value(ChatCompletionNamedToolChoiceCustom record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.custom();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionNamedToolChoiceCustom record) {
			return record.additionalProperties();
		}

	}
}

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
 * Constrains the tools available to the model to a pre-defined set.
 *
 * @param type Allowed tool configuration type. Always {@code allowed_tools}.
 * @param allowedTools Constrains the tools available to the model to a pre-defined set.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionAllowedToolsChoice.Reader.class)
public record ChatCompletionAllowedToolsChoice(@JsonProperty("type") String type,
		@JsonProperty("allowed_tools") ChatCompletionAllowedTools allowedTools,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionToolChoiceOption {

	/**
	 * Creates a {@link ChatCompletionAllowedToolsChoice}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Allowed tool configuration type.
	 * @param allowedTools Constrains the tools available to the model to a pre-defined
	 * set.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionAllowedToolsChoice {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionAllowedToolsChoice}.
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
	 * Builds a {@link ChatCompletionAllowedToolsChoice}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable ChatCompletionAllowedTools allowedTools;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "allowed_tools";
		}

		private Builder(ChatCompletionAllowedToolsChoice source) {
			this.type = source.type();
			this.allowedTools = source.allowedTools();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Constrains the tools available to the model to a pre-defined set.
		 * @param allowedTools the value (required)
		 * @return this builder
		 */
		public Builder allowedTools(@Nullable ChatCompletionAllowedTools allowedTools) {
			this.allowedTools = allowedTools;
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
		public ChatCompletionAllowedToolsChoice build() {
			return new ChatCompletionAllowedToolsChoice(this.type,
					Objects.requireNonNull(this.allowedTools, "'allowedTools' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionAllowedToolsChoice} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionAllowedToolsChoice> {

		Reader() {
			super(ChatCompletionAllowedToolsChoice.class, "type", "allowed_tools");
		}

		@Override
		protected ChatCompletionAllowedToolsChoice create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionAllowedToolsChoice((String) values[0], (ChatCompletionAllowedTools) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionAllowedToolsChoice} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionAllowedToolsChoice> {

		Writer() {
			super(ChatCompletionAllowedToolsChoice.class, "type", "allowed_tools");
		}

		@Override
		protected @Nullable Object value(ChatCompletionAllowedToolsChoice record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.allowedTools();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionAllowedToolsChoice record) {
			return record.additionalProperties();
		}

	}
}

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
 * A text input to the model.
 *
 * @param type The type of the input item. Always {@code input_text}.
 * @param text The text input to the model.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InputTextContent.Reader.class)
public record InputTextContent(@JsonProperty("type") String type, @JsonProperty("text") String text,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			EvalItemContentItem,
			FunctionAndCustomToolCallOutput,
			InputContent,
			Message.ContentItem,
			ResponsePromptVariablesValue {

	/**
	 * Creates a {@link InputTextContent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the input item.
	 * @param text The text input to the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InputTextContent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InputTextContent}.
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
	 * Builds a {@link InputTextContent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String text;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_text";
		}

		private Builder(InputTextContent source) {
			this.type = source.type();
			this.text = source.text();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The text input to the model.
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
		public InputTextContent build() {
			return new InputTextContent(this.type, Objects.requireNonNull(this.text, "'text' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InputTextContent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InputTextContent> {

		Reader() {
			super(InputTextContent.class, "type", "text");
		}

		@Override
		protected InputTextContent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InputTextContent((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InputTextContent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InputTextContent> {

		Writer() {
			super(InputTextContent.class, "type", "text");
		}

		@Override
		protected @Nullable Object value(InputTextContent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.text();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InputTextContent record) {
			return record.additionalProperties();
		}

	}
}

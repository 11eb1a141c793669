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
 * The image output from the code interpreter.
 *
 * @param type The type of the output. Always {@code image}.
 * @param url The URL of the image output from the code interpreter.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CodeInterpreterOutputImage.Reader.class)
public record CodeInterpreterOutputImage(@JsonProperty("type") String type, @JsonProperty("url") String url,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CodeInterpreterToolCall.Output {

	/**
	 * Creates a {@link CodeInterpreterOutputImage}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the output.
	 * @param url The URL of the image output from the code interpreter.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CodeInterpreterOutputImage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CodeInterpreterOutputImage}.
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
	 * Builds a {@link CodeInterpreterOutputImage}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String url;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image";
		}

		private Builder(CodeInterpreterOutputImage source) {
			this.type = source.type();
			this.url = source.url();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The URL of the image output from the code interpreter.
		 * @param url the value (required)
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			this.url = url;
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
		public CodeInterpreterOutputImage build() {
			return new CodeInterpreterOutputImage(this.type, Objects.requireNonNull(this.url, "'url' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CodeInterpreterOutputImage} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CodeInterpreterOutputImage> {

		Reader() {
			super(CodeInterpreterOutputImage.class, "type", "url");
		}

		@Override
		protected CodeInterpreterOutputImage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CodeInterpreterOutputImage((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CodeInterpreterOutputImage} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CodeInterpreterOutputImage> {

		Writer() {
			super(CodeInterpreterOutputImage.class, "type", "url");
		}

		@Override
		protected @Nullable Object value(CodeInterpreterOutputImage record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.url();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CodeInterpreterOutputImage record) {
			return record.additionalProperties();
		}

	}
}

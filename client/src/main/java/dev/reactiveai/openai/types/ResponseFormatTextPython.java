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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Configure the model to generate valid Python code. See the
 * <a href="https://platform.openai.com/docs/guides/custom-grammars">custom grammars
 * guide</a> for more details.
 *
 * @param type The type of response format being defined. Always {@code python}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseFormatTextPython.Reader.class)
public record ResponseFormatTextPython(@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseFormatTextPython}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of response format being defined.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseFormatTextPython {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseFormatTextPython}.
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
	 * Builds a {@link ResponseFormatTextPython}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "python";
		}

		private Builder(ResponseFormatTextPython source) {
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
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
		public ResponseFormatTextPython build() {
			return new ResponseFormatTextPython(this.type, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseFormatTextPython} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseFormatTextPython> {

		Reader() {
			super(ResponseFormatTextPython.class, "type");
		}

		@Override
		protected ResponseFormatTextPython create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseFormatTextPython((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseFormatTextPython} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseFormatTextPython> {

		Writer() {
			super(ResponseFormatTextPython.class, "type");
		}

		@Override
		protected @Nullable Object value(ResponseFormatTextPython record, int index) {
			return switch (index) {
				case 0 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseFormatTextPython record) {
			return record.additionalProperties();
		}

	}
}

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
 * Configuration options for a text response from the model. Can be plain text or
 * structured JSON data. Learn more:
 * <ul>
 * <li><a href="https://platform.openai.com/docs/guides/text">Text inputs and
 * outputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/structured-outputs">Structured
 * Outputs</a></li>
 * </ul>
 *
 * @param format An object specifying the format that the model must output.
 * <p>
 * Configuring {@code { "type": "json_schema" }} enables Structured Outputs, which ensures
 * the model will match your supplied JSON schema. Learn more in the
 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured Outputs
 * guide</a>.
 * <p>
 * The default format is {@code { "type": "text" }} with no additional options.
 * <p>
 * <strong>Not recommended for gpt-4o and newer models:</strong>
 * <p>
 * Setting to {@code { "type": "json_object" }} enables the older JSON mode, which ensures
 * the message the model generates is valid JSON. Using {@code json_schema} is preferred
 * for models that support it.
 * @param verbosity Constrains the verbosity of the model's response. Lower values will
 * result in more concise responses, while higher values will result in more verbose
 * responses. Currently supported values are {@code low}, {@code medium}, and
 * {@code high}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseTextParam.Reader.class)
public record ResponseTextParam(@JsonProperty("format") @Nullable TextResponseFormatConfiguration format,
		@JsonProperty("verbosity") @Nullable Verbosity verbosity,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseTextParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param format An object specifying the format that the model must output.
	 * @param verbosity Constrains the verbosity of the model's response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseTextParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseTextParam}.
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
	 * Builds a {@link ResponseTextParam}.
	 */
	public static final class Builder {

		private @Nullable TextResponseFormatConfiguration format;

		private @Nullable Verbosity verbosity;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponseTextParam source) {
			this.format = source.format();
			this.verbosity = source.verbosity();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An object specifying the format that the model must output.
		 * @param format the value
		 * @return this builder
		 */
		public Builder format(@Nullable TextResponseFormatConfiguration format) {
			this.format = format;
			return this;
		}

		/**
		 * Constrains the verbosity of the model's response.
		 * @param verbosity the value
		 * @return this builder
		 */
		public Builder verbosity(@Nullable Verbosity verbosity) {
			this.verbosity = verbosity;
			return this;
		}

		/**
		 * Constrains the verbosity of the model's response.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder verbosity(String value) {
			return verbosity(Verbosity.of(value));
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
		public ResponseTextParam build() {
			return new ResponseTextParam(this.format, this.verbosity, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseTextParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseTextParam> {

		Reader() {
			super(ResponseTextParam.class, "format", "verbosity");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Verbosity.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ResponseTextParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseTextParam((TextResponseFormatConfiguration) values[0], (Verbosity) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseTextParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseTextParam> {

		Writer() {
			super(ResponseTextParam.class, "format", "verbosity");
		}

		@Override
		protected @Nullable Object value(ResponseTextParam record, int index) {
			return switch (index) {
				case 0 -> record.format();
				case 1 -> record.verbosity();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseTextParam record) {
			return record.additionalProperties();
		}

	}
}

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
 * A custom grammar for the model to follow when generating text. Learn more in the
 * <a href="https://platform.openai.com/docs/guides/custom-grammars">custom grammars
 * guide</a>.
 *
 * @param type The type of response format being defined. Always {@code grammar}.
 * @param grammar The custom grammar for the model to follow.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseFormatTextGrammar.Reader.class)
public record ResponseFormatTextGrammar(@JsonProperty("type") String type, @JsonProperty("grammar") String grammar,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseFormatTextGrammar}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of response format being defined.
	 * @param grammar The custom grammar for the model to follow.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseFormatTextGrammar {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseFormatTextGrammar}.
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
	 * Builds a {@link ResponseFormatTextGrammar}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String grammar;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "grammar";
		}

		private Builder(ResponseFormatTextGrammar source) {
			this.type = source.type();
			this.grammar = source.grammar();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The custom grammar for the model to follow.
		 * @param grammar the value (required)
		 * @return this builder
		 */
		public Builder grammar(@Nullable String grammar) {
			this.grammar = grammar;
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
		public ResponseFormatTextGrammar build() {
			return new ResponseFormatTextGrammar(this.type,
					Objects.requireNonNull(this.grammar, "'grammar' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseFormatTextGrammar} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseFormatTextGrammar> {

		Reader() {
			super(ResponseFormatTextGrammar.class, "type", "grammar");
		}

		@Override
		protected ResponseFormatTextGrammar create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseFormatTextGrammar((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseFormatTextGrammar} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseFormatTextGrammar> {

		Writer() {
			super(ResponseFormatTextGrammar.class, "type", "grammar");
		}

		@Override
		protected @Nullable Object value(ResponseFormatTextGrammar record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.grammar();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseFormatTextGrammar record) {
			return record.additionalProperties();
		}

	}
}

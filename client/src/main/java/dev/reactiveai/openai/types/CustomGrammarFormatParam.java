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
 * A grammar defined by the user.
 *
 * @param type Grammar format. Always {@code grammar}.
 * @param syntax The syntax of the grammar definition. One of {@code lark} or
 * {@code regex}.
 * @param definition The grammar definition.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CustomGrammarFormatParam.Reader.class)
public record CustomGrammarFormatParam(@JsonProperty("type") String type, @JsonProperty("syntax") GrammarSyntax syntax,
		@JsonProperty("definition") String definition,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements CustomToolParam.Format {

	/**
	 * Creates a {@link CustomGrammarFormatParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Grammar format.
	 * @param syntax The syntax of the grammar definition.
	 * @param definition The grammar definition.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CustomGrammarFormatParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CustomGrammarFormatParam}.
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
	 * Builds a {@link CustomGrammarFormatParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable GrammarSyntax syntax;

		private @Nullable String definition;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "grammar";
		}

		private Builder(CustomGrammarFormatParam source) {
			this.type = source.type();
			this.syntax = source.syntax();
			this.definition = source.definition();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The syntax of the grammar definition.
		 * @param syntax the value (required)
		 * @return this builder
		 */
		public Builder syntax(@Nullable GrammarSyntax syntax) {
			this.syntax = syntax;
			return this;
		}

		/**
		 * The syntax of the grammar definition.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder syntax(String value) {
			return syntax(GrammarSyntax.of(value));
		}

		/**
		 * The grammar definition.
		 * @param definition the value (required)
		 * @return this builder
		 */
		public Builder definition(@Nullable String definition) {
			this.definition = definition;
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
		public CustomGrammarFormatParam build() {
			return new CustomGrammarFormatParam(this.type, Objects.requireNonNull(this.syntax, "'syntax' is required"),
					Objects.requireNonNull(this.definition, "'definition' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CustomGrammarFormatParam} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CustomGrammarFormatParam> {

		Reader() {
			super(CustomGrammarFormatParam.class, "type", "syntax", "definition");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> GrammarSyntax.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CustomGrammarFormatParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CustomGrammarFormatParam((String) values[0], (GrammarSyntax) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CustomGrammarFormatParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CustomGrammarFormatParam> {

		Writer() {
			super(CustomGrammarFormatParam.class, "type", "syntax", "definition");
		}

		@Override
		protected @Nullable Object value(CustomGrammarFormatParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.syntax();
				case 2 -> record.definition();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CustomGrammarFormatParam record) {
			return record.additionalProperties();
		}

	}
}

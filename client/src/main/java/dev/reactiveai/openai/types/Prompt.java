// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Reference to a prompt template and its variables. <a href=
 * "https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts">Learn
 * more</a>.
 *
 * @param id The unique identifier of the prompt template to use.
 * @param version Optional version of the prompt template.
 * @param variables Optional map of values to substitute in for variables in your prompt.
 * The substitution values can either be strings, or other Response input types like
 * images or files.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Prompt.Reader.class)
public record Prompt(@JsonProperty("id") String id, @JsonProperty("version") @Nullable String version,
		@JsonProperty("variables") @Nullable Map<String, ResponsePromptVariablesValue> variables,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Prompt}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The unique identifier of the prompt template to use.
	 * @param version Optional version of the prompt template.
	 * @param variables Optional map of values to substitute in for variables in your
	 * prompt.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Prompt {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Prompt}.
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
	 * Builds a {@link Prompt}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String version;

		private @Nullable Map<String, ResponsePromptVariablesValue> variables;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(Prompt source) {
			this.id = source.id();
			this.version = source.version();
			this.variables = (source.variables() != null) ? new LinkedHashMap<>(source.variables()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique identifier of the prompt template to use.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Optional version of the prompt template.
		 * @param version the value
		 * @return this builder
		 */
		public Builder version(@Nullable String version) {
			this.version = version;
			return this;
		}

		/**
		 * Optional map of values to substitute in for variables in your prompt.
		 * <p>
		 * Takes a copy of the map.
		 * @param variables the value
		 * @return this builder
		 */
		public Builder variables(@Nullable Map<String, ? extends ResponsePromptVariablesValue> variables) {
			this.variables = (variables != null) ? new LinkedHashMap<>(variables) : null;
			return this;
		}

		/**
		 * Optional map of values to substitute in for variables in your prompt.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putVariable(String key, ResponsePromptVariablesValue value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.variables == null) {
				this.variables = new LinkedHashMap<>();
			}
			this.variables.put(key, value);
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
		public Prompt build() {
			return new Prompt(Objects.requireNonNull(this.id, "'id' is required"), this.version,
					(this.variables != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.variables)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Prompt} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Prompt> {

		Reader() {
			super(Prompt.class, "id", "version", "variables");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Prompt create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Prompt((String) values[0], (String) values[1],
					(Map<String, ResponsePromptVariablesValue>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Prompt} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Prompt> {

		Writer() {
			super(Prompt.class, "id", "version", "variables");
		}

		@Override
		protected @Nullable Object value(Prompt record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.version();
				case 2 -> record.variables();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Prompt record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
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
public record Prompt(@JsonProperty("id") String id, @JsonProperty("version") @Nullable String version,
		@JsonProperty("variables") @Nullable Map<String, Prompt.ResponsePromptVariablesValue> variables,
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
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
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
	 * A value of a {@link Prompt}'s {@code variables}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ResponsePromptVariablesValue.Deserializer.class)
	public sealed interface ResponsePromptVariablesValue permits ResponsePromptVariablesValue.StringValue,
			InputTextContent, InputImageContent, InputFileContent, ResponsePromptVariablesValue.Unknown {

		/**
		 * A {@link ResponsePromptVariablesValue} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements ResponsePromptVariablesValue {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link ResponsePromptVariablesValue} that this version of the client does not
		 * recognize, kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ResponsePromptVariablesValue, UnknownVariant {
		}

		/**
		 * Reads a {@link ResponsePromptVariablesValue} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ResponsePromptVariablesValue> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ResponsePromptVariablesValue>variants(Unknown::new)
					.discriminator("type")
					.object(InputTextContent.class,
							VariantShape.declaring("type", "text")
								.requiring("type", "text")
								.values("type", "input_text"))
					.object(InputImageContent.class,
							VariantShape.declaring("type", "image_url", "file_id", "detail")
								.requiring("type", "detail")
								.values("type", "input_image")
								.values("detail", "low", "high", "auto", "original"))
					.object(InputFileContent.class,
							VariantShape.declaring("type", "file_id", "filename", "file_data", "file_url", "detail")
								.requiring("type")
								.values("type", "input_file")
								.values("detail", "low", "high"))
					.string(String.class, StringValue::new));
			}

		}

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
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Indicates that the model should use a built-in tool to generate a response. [Learn more
 * about built-in tools](/docs/guides/tools).
 *
 * @param type The type of hosted tool the model should to use.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ToolChoiceTypes(@JsonProperty("type") ToolChoiceTypes.Type type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ToolChoiceParam {

	public ToolChoiceTypes {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ToolChoiceTypes}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The type of hosted tool the model should to use. Learn more about [built-in
	 * tools](/docs/guides/tools).
	 *
	 * Allowed values are: - `file_search` - `web_search_preview` - `computer` -
	 * `computer_use_preview` - `computer_use` - `code_interpreter` - `image_generation`
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		public static final Type FILE_SEARCH = new Type("file_search");

		public static final Type WEB_SEARCH_PREVIEW = new Type("web_search_preview");

		public static final Type COMPUTER = new Type("computer");

		public static final Type COMPUTER_USE_PREVIEW = new Type("computer_use_preview");

		public static final Type COMPUTER_USE = new Type("computer_use");

		public static final Type WEB_SEARCH_PREVIEW_2025_03_11 = new Type("web_search_preview_2025_03_11");

		public static final Type IMAGE_GENERATION = new Type("image_generation");

		public static final Type CODE_INTERPRETER = new Type("code_interpreter");

		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "file_search" -> FILE_SEARCH;
				case "web_search_preview" -> WEB_SEARCH_PREVIEW;
				case "computer" -> COMPUTER;
				case "computer_use_preview" -> COMPUTER_USE_PREVIEW;
				case "computer_use" -> COMPUTER_USE;
				case "web_search_preview_2025_03_11" -> WEB_SEARCH_PREVIEW_2025_03_11;
				case "image_generation" -> IMAGE_GENERATION;
				case "code_interpreter" -> CODE_INTERPRETER;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "file_search", "web_search_preview", "computer", "computer_use_preview", "computer_use",
						"web_search_preview_2025_03_11", "image_generation", "code_interpreter" ->
					true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ToolChoiceTypes}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ToolChoiceTypes source) {
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of hosted tool the model should to use. Learn more
		 * about [built-in tools](/docs/guides/tools).
		 *
		 * Allowed values are: - `file_search` - `web_search_preview` - `computer` -
		 * `computer_use_preview` - `computer_use` - `code_interpreter` -
		 * `image_generation`
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code type} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
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
		public ToolChoiceTypes build() {
			return new ToolChoiceTypes(Objects.requireNonNull(this.type, "'type' is required"),
					this.additionalProperties);
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Indicates that the model should use a built-in tool to generate a response.
 * <a href="https://platform.openai.com/docs/guides/tools">Learn more about built-in
 * tools</a>.
 *
 * @param type The type of hosted tool the model should to use. Learn more about
 * <a href="https://platform.openai.com/docs/guides/tools">built-in tools</a>.
 * <p>
 * Allowed values are:
 * <ul>
 * <li>{@code file_search}</li>
 * <li>{@code web_search_preview}</li>
 * <li>{@code computer}</li>
 * <li>{@code computer_use_preview}</li>
 * <li>{@code computer_use}</li>
 * <li>{@code code_interpreter}</li>
 * <li>{@code image_generation}</li>
 * </ul>
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ToolChoiceTypes.Reader.class)
public record ToolChoiceTypes(@JsonProperty("type") ToolChoiceTypes.Type type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ToolChoiceParam {

	/**
	 * Creates a {@link ToolChoiceTypes}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of hosted tool the model should to use.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ToolChoiceTypes {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ToolChoiceTypes}.
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
	 * The type of hosted tool the model should to use. Learn more about
	 * <a href="https://platform.openai.com/docs/guides/tools">built-in tools</a>.
	 * <p>
	 * Allowed values are:
	 * <ul>
	 * <li>{@code file_search}</li>
	 * <li>{@code web_search_preview}</li>
	 * <li>{@code computer}</li>
	 * <li>{@code computer_use_preview}</li>
	 * <li>{@code computer_use}</li>
	 * <li>{@code code_interpreter}</li>
	 * <li>{@code image_generation}</li>
	 * </ul>
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code file_search}.
		 */
		public static final Type FILE_SEARCH = new Type("file_search");

		/**
		 * The value {@code web_search_preview}.
		 */
		public static final Type WEB_SEARCH_PREVIEW = new Type("web_search_preview");

		/**
		 * The value {@code computer}.
		 */
		public static final Type COMPUTER = new Type("computer");

		/**
		 * The value {@code computer_use_preview}.
		 */
		public static final Type COMPUTER_USE_PREVIEW = new Type("computer_use_preview");

		/**
		 * The value {@code computer_use}.
		 */
		public static final Type COMPUTER_USE = new Type("computer_use");

		/**
		 * The value {@code web_search_preview_2025_03_11}.
		 */
		public static final Type WEB_SEARCH_PREVIEW_2025_03_11 = new Type("web_search_preview_2025_03_11");

		/**
		 * The value {@code image_generation}.
		 */
		public static final Type IMAGE_GENERATION = new Type("image_generation");

		/**
		 * The value {@code code_interpreter}.
		 */
		public static final Type CODE_INTERPRETER = new Type("code_interpreter");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
		 * The type of hosted tool the model should to use.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of hosted tool the model should to use.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
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

	/**
	 * Reads a {@link ToolChoiceTypes} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ToolChoiceTypes> {

		Reader() {
			super(ToolChoiceTypes.class, "type");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ToolChoiceTypes create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ToolChoiceTypes((Type) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ToolChoiceTypes} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ToolChoiceTypes> {

		Writer() {
			super(ToolChoiceTypes.class, "type");
		}

		@Override
		protected @Nullable Object value(ToolChoiceTypes record, int index) {
			return switch (index) {
				case 0 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ToolChoiceTypes record) {
			return record.additionalProperties();
		}

	}
}

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
 * Use this option to force the model to call a specific custom tool.
 *
 * @param type For custom tool calling, the type is always {@code custom}.
 * @param name The name of the custom tool to call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ToolChoiceCustom.Reader.class)
public record ToolChoiceCustom(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ToolChoiceParam {

	/**
	 * Creates a {@link ToolChoiceCustom}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type For custom tool calling, the type is always {@code custom}.
	 * @param name The name of the custom tool to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ToolChoiceCustom {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ToolChoiceCustom}.
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
	 * Builds a {@link ToolChoiceCustom}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "custom";
		}

		private Builder(ToolChoiceCustom source) {
			this.type = source.type();
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the custom tool to call.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		public ToolChoiceCustom build() {
			return new ToolChoiceCustom(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ToolChoiceCustom} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ToolChoiceCustom> {

		Reader() {
			super(ToolChoiceCustom.class, "type", "name");
		}

		@Override
		protected ToolChoiceCustom create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ToolChoiceCustom((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ToolChoiceCustom} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ToolChoiceCustom> {

		Writer() {
			super(ToolChoiceCustom.class, "type", "name");
		}

		@Override
		protected @Nullable Object value(ToolChoiceCustom record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ToolChoiceCustom record) {
			return record.additionalProperties();
		}

	}
}

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
 * Forces the model to call the shell tool when a tool call is required.
 *
 * @param type The tool to call. Always {@code shell}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SpecificFunctionShellParam.Reader.class)
public record SpecificFunctionShellParam(@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ToolChoiceParam {

	/**
	 * Creates a {@link SpecificFunctionShellParam}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The tool to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SpecificFunctionShellParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SpecificFunctionShellParam}.
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
	 * Builds a {@link SpecificFunctionShellParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "shell";
		}

		private Builder(SpecificFunctionShellParam source) {
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
		public SpecificFunctionShellParam build() {
			return new SpecificFunctionShellParam(this.type, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SpecificFunctionShellParam} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SpecificFunctionShellParam> {

		Reader() {
			super(SpecificFunctionShellParam.class, "type");
		}

		@Override
		protected SpecificFunctionShellParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new SpecificFunctionShellParam((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link SpecificFunctionShellParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SpecificFunctionShellParam> {

		Writer() {
			super(SpecificFunctionShellParam.class, "type");
		}

		@Override
		protected @Nullable Object value(SpecificFunctionShellParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SpecificFunctionShellParam record) {
			return record.additionalProperties();
		}

	}
}

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
 * Function tool
 *
 * @param type The type of tool being defined: {@code function}
 * @param function A {@link dev.reactiveai.openai.types.FunctionObject} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AssistantToolsFunction.Reader.class)
@SuppressWarnings("deprecation")
public record AssistantToolsFunction(@JsonProperty("type") String type,
		@JsonProperty("function") FunctionObject function,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			Assistant.Tool,
			CreateAssistantRequest.Tool,
			CreateRunRequest.Tool,
			CreateThreadAndRunRequest.Tool,
			ModifyAssistantRequest.Tool,
			Run.Tool {

	/**
	 * Creates a {@link AssistantToolsFunction}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of tool being defined: {@code function}
	 * @param function A {@link dev.reactiveai.openai.types.FunctionObject} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AssistantToolsFunction {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AssistantToolsFunction}.
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
	 * Builds a {@link AssistantToolsFunction}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable FunctionObject function;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(AssistantToolsFunction source) {
			this.type = source.type();
			this.function = source.function();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.FunctionObject} (the API description says
		 * no more).
		 * @param function the value (required)
		 * @return this builder
		 */
		public Builder function(@Nullable FunctionObject function) {
			this.function = function;
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
		public AssistantToolsFunction build() {
			return new AssistantToolsFunction(this.type,
					Objects.requireNonNull(this.function, "'function' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AssistantToolsFunction} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AssistantToolsFunction> {

		Reader() {
			super(AssistantToolsFunction.class, "type", "function");
		}

		@Override
		protected AssistantToolsFunction create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AssistantToolsFunction((String) values[0], (FunctionObject) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AssistantToolsFunction} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AssistantToolsFunction> {

		Writer() {
			super(AssistantToolsFunction.class, "type", "function");
		}

		@Override
		protected @Nullable Object value(AssistantToolsFunction record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.function();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AssistantToolsFunction record) {
			return record.additionalProperties();
		}

	}
}

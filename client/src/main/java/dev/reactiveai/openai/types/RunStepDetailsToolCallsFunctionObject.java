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
 * Function tool call
 *
 * @param id The ID of the tool call object.
 * @param type The type of tool call. This is always going to be {@code function} for this
 * type of tool call.
 * @param function The definition of the function that was called.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDetailsToolCallsFunctionObject.Reader.class)
public record RunStepDetailsToolCallsFunctionObject(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("function") RunStepDetailsToolCallsFunctionObject.Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDetailsToolCallsObject.ToolCall {

	/**
	 * Creates a {@link RunStepDetailsToolCallsFunctionObject}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The ID of the tool call object.
	 * @param type The type of tool call.
	 * @param function The definition of the function that was called.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDetailsToolCallsFunctionObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDetailsToolCallsFunctionObject}.
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
	 * The definition of the function that was called.
	 *
	 * @param name The name of the function.
	 * @param arguments The arguments passed to the function.
	 * @param output The output of the function. This will be {@code null} if the outputs
	 * have not been <a href=
	 * "https://platform.openai.com/docs/api-reference/runs/submitToolOutputs">submitted</a>
	 * yet.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Function.Reader.class)
	public static record Function(@JsonProperty("name") String name, @JsonProperty("arguments") String arguments,
			@JsonProperty("output") @Nullable String output,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Function}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param name The name of the function.
		 * @param arguments The arguments passed to the function.
		 * @param output The output of the function.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Function {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Function}.
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
		 * Builds a {@link Function}.
		 */
		public static final class Builder {

			private @Nullable String name;

			private @Nullable String arguments;

			private @Nullable String output;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Function source) {
				this.name = source.name();
				this.arguments = source.arguments();
				this.output = source.output();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The name of the function.
			 * @param name the value (required)
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * The arguments passed to the function.
			 * @param arguments the value (required)
			 * @return this builder
			 */
			public Builder arguments(@Nullable String arguments) {
				this.arguments = arguments;
				return this;
			}

			/**
			 * The output of the function.
			 * @param output the value
			 * @return this builder
			 */
			public Builder output(@Nullable String output) {
				this.output = output;
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
			public Function build() {
				return new Function(Objects.requireNonNull(this.name, "'name' is required"),
						Objects.requireNonNull(this.arguments, "'arguments' is required"), this.output,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Function} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Function> {

			Reader() {
				super(Function.class, "name", "arguments", "output");
			}

			@Override
			protected Function create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Function((String) values[0], (String) values[1], (String) values[2], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Function} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Function> {

			Writer() {
				super(Function.class, "name", "arguments", "output");
			}

			@Override
			protected @Nullable Object value(Function record, int index) {
				return switch (index) {
					case 0 -> record.name();
					case 1 -> record.arguments();
					case 2 -> record.output();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Function record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunStepDetailsToolCallsFunctionObject}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable Function function;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(RunStepDetailsToolCallsFunctionObject source) {
			this.id = source.id();
			this.type = source.type();
			this.function = source.function();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the tool call object.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The definition of the function that was called.
		 * @param function the value (required)
		 * @return this builder
		 */
		public Builder function(@Nullable Function function) {
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
		public RunStepDetailsToolCallsFunctionObject build() {
			return new RunStepDetailsToolCallsFunctionObject(Objects.requireNonNull(this.id, "'id' is required"),
					this.type, Objects.requireNonNull(this.function, "'function' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDetailsToolCallsFunctionObject} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDetailsToolCallsFunctionObject> {

		Reader() {
			super(RunStepDetailsToolCallsFunctionObject.class, "id", "type", "function");
		}

		@Override
		protected RunStepDetailsToolCallsFunctionObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDetailsToolCallsFunctionObject((String) values[0], (String) values[1],
					(Function) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDetailsToolCallsFunctionObject} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDetailsToolCallsFunctionObject> {

		Writer() {
			super(RunStepDetailsToolCallsFunctionObject.class, "id", "type", "function");
		}

		@Override
		protected @Nullable Object value(RunStepDetailsToolCallsFunctionObject record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.function();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDetailsToolCallsFunctionObject record) {
			return record.additionalProperties();
		}

	}
}

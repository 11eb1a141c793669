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
 * @param index The index of the tool call in the tool calls array.
 * @param id The ID of the tool call object.
 * @param type The type of tool call. This is always going to be {@code function} for this
 * type of tool call.
 * @param function The definition of the function that was called.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDeltaStepDetailsToolCallsFunctionObject.Reader.class)
public record RunStepDeltaStepDetailsToolCallsFunctionObject(@JsonProperty("index") Long index,
		@JsonProperty("id") @Nullable String id, @JsonProperty("type") String type,
		@JsonProperty("function") RunStepDeltaStepDetailsToolCallsFunctionObject.@Nullable Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDeltaStepDetailsToolCallsObject.ToolCall {

	/**
	 * Creates a {@link RunStepDeltaStepDetailsToolCallsFunctionObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param index The index of the tool call in the tool calls array.
	 * @param id The ID of the tool call object.
	 * @param type The type of tool call.
	 * @param function The definition of the function that was called.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDeltaStepDetailsToolCallsFunctionObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDeltaStepDetailsToolCallsFunctionObject}.
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
	public static record Function(@JsonProperty("name") @Nullable String name,
			@JsonProperty("arguments") @Nullable String arguments, @JsonProperty("output") @Nullable String output,
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
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * The arguments passed to the function.
			 * @param arguments the value
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
				return new Function(this.name, this.arguments, this.output, this.additionalProperties);
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
	 * Builds a {@link RunStepDeltaStepDetailsToolCallsFunctionObject}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable Function function;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(RunStepDeltaStepDetailsToolCallsFunctionObject source) {
			this.index = source.index();
			this.id = source.id();
			this.type = source.type();
			this.function = source.function();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the tool call in the tool calls array.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * The ID of the tool call object.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The definition of the function that was called.
		 * @param function the value
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
		public RunStepDeltaStepDetailsToolCallsFunctionObject build() {
			return new RunStepDeltaStepDetailsToolCallsFunctionObject(
					Objects.requireNonNull(this.index, "'index' is required"), this.id, this.type, this.function,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDeltaStepDetailsToolCallsFunctionObject} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDeltaStepDetailsToolCallsFunctionObject> {

		Reader() {
			super(RunStepDeltaStepDetailsToolCallsFunctionObject.class, "index", "id", "type", "function");
		}

		@Override
		protected RunStepDeltaStepDetailsToolCallsFunctionObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDeltaStepDetailsToolCallsFunctionObject((Long) values[0], (String) values[1],
					(String) values[2], (Function) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDeltaStepDetailsToolCallsFunctionObject} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDeltaStepDetailsToolCallsFunctionObject> {

		Writer() {
			super(RunStepDeltaStepDetailsToolCallsFunctionObject.class, "index", "id", "type", "function");
		}

		@Override
		protected @Nullable Object value(RunStepDeltaStepDetailsToolCallsFunctionObject record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.id();
				case 2 -> record.type();
				case 3 -> record.function();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDeltaStepDetailsToolCallsFunctionObject record) {
			return record.additionalProperties();
		}

	}
}

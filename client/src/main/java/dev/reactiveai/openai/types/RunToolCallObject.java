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
 * Tool call objects
 *
 * @param id The ID of the tool call. This ID must be referenced when you submit the tool
 * outputs in using the
 * <a href="https://platform.openai.com/docs/api-reference/runs/submitToolOutputs">Submit
 * tool outputs to run</a> endpoint.
 * @param type The type of tool call the output is required for. For now, this is always
 * {@code function}.
 * @param function The function definition.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunToolCallObject.Reader.class)
public record RunToolCallObject(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("function") RunToolCallObject.Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RunToolCallObject}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The ID of the tool call.
	 * @param type The type of tool call the output is required for.
	 * @param function The function definition.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunToolCallObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunToolCallObject}.
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
	 * The function definition.
	 *
	 * @param name The name of the function.
	 * @param arguments The arguments that the model expects you to pass to the function.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Function.Reader.class)
	public static record Function(@JsonProperty("name") String name, @JsonProperty("arguments") String arguments,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Function}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param name The name of the function.
		 * @param arguments The arguments that the model expects you to pass to the
		 * function.
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

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Function source) {
				this.name = source.name();
				this.arguments = source.arguments();
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
			 * The arguments that the model expects you to pass to the function.
			 * @param arguments the value (required)
			 * @return this builder
			 */
			public Builder arguments(@Nullable String arguments) {
				this.arguments = arguments;
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
						Objects.requireNonNull(this.arguments, "'arguments' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Function} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Function> {

			Reader() {
				super(Function.class, "name", "arguments");
			}

			@Override
			protected Function create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Function((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Function} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Function> {

			Writer() {
				super(Function.class, "name", "arguments");
			}

			@Override
			protected @Nullable Object value(Function record, int index) {
				return switch (index) {
					case 0 -> record.name();
					case 1 -> record.arguments();
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
	 * Builds a {@link RunToolCallObject}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable Function function;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(RunToolCallObject source) {
			this.id = source.id();
			this.type = source.type();
			this.function = source.function();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the tool call.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The function definition.
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
		public RunToolCallObject build() {
			return new RunToolCallObject(Objects.requireNonNull(this.id, "'id' is required"), this.type,
					Objects.requireNonNull(this.function, "'function' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunToolCallObject} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunToolCallObject> {

		Reader() {
			super(RunToolCallObject.class, "id", "type", "function");
		}

		@Override
		protected RunToolCallObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunToolCallObject((String) values[0], (String) values[1], (Function) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunToolCallObject} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunToolCallObject> {

		Writer() {
			super(RunToolCallObject.class, "id", "type", "function");
		}

		@Override
		protected @Nullable Object value(RunToolCallObject record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.function();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunToolCallObject record) {
			return record.additionalProperties();
		}

	}
}

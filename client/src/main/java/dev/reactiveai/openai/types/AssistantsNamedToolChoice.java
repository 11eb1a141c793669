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
 * Specifies a tool the model should use. Use to force the model to call a specific tool.
 *
 * @param type The type of the tool. If type is {@code function}, the function name must
 * be set
 * @param function A
 * {@link dev.reactiveai.openai.types.AssistantsNamedToolChoice.Function} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AssistantsNamedToolChoice.Reader.class)
public record AssistantsNamedToolChoice(@JsonProperty("type") AssistantsNamedToolChoice.Type type,
		@JsonProperty("function") AssistantsNamedToolChoice.@Nullable Function function,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AssistantsApiToolChoiceOption {

	/**
	 * Creates a {@link AssistantsNamedToolChoice}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param type The type of the tool.
	 * @param function A
	 * {@link dev.reactiveai.openai.types.AssistantsNamedToolChoice.Function} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AssistantsNamedToolChoice {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AssistantsNamedToolChoice}.
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
	 * The type of the tool. If type is {@code function}, the function name must be set
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code function}.
		 */
		public static final Type FUNCTION = new Type("function");

		/**
		 * The value {@code code_interpreter}.
		 */
		public static final Type CODE_INTERPRETER = new Type("code_interpreter");

		/**
		 * The value {@code file_search}.
		 */
		public static final Type FILE_SEARCH = new Type("file_search");

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
				case "function" -> FUNCTION;
				case "code_interpreter" -> CODE_INTERPRETER;
				case "file_search" -> FILE_SEARCH;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "function", "code_interpreter", "file_search" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * A {@link AssistantsNamedToolChoice}'s {@code function}.
	 *
	 * @param name The name of the function to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Function.Reader.class)
	public static record Function(@JsonProperty("name") String name,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Function}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param name The name of the function to call.
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

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Function source) {
				this.name = source.name();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The name of the function to call.
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
			public Function build() {
				return new Function(Objects.requireNonNull(this.name, "'name' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Function} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Function> {

			Reader() {
				super(Function.class, "name");
			}

			@Override
			protected Function create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Function((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Function} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Function> {

			Writer() {
				super(Function.class, "name");
			}

			@Override
			protected @Nullable Object value(Function record, int index) {
				return switch (index) {
					case 0 -> record.name();
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
	 * Builds a {@link AssistantsNamedToolChoice}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private @Nullable Function function;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AssistantsNamedToolChoice source) {
			this.type = source.type();
			this.function = source.function();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The type of the tool.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of the tool.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * A {@link dev.reactiveai.openai.types.AssistantsNamedToolChoice.Function} (the
		 * API description says no more).
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
		public AssistantsNamedToolChoice build() {
			return new AssistantsNamedToolChoice(Objects.requireNonNull(this.type, "'type' is required"), this.function,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AssistantsNamedToolChoice} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AssistantsNamedToolChoice> {

		Reader() {
			super(AssistantsNamedToolChoice.class, "type", "function");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected AssistantsNamedToolChoice create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AssistantsNamedToolChoice((Type) values[0], (Function) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AssistantsNamedToolChoice} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AssistantsNamedToolChoice> {

		Writer() {
			super(AssistantsNamedToolChoice.class, "type", "function");
		}

		@Override
		protected @Nullable Object value(AssistantsNamedToolChoice record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.function();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AssistantsNamedToolChoice record) {
			return record.additionalProperties();
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Details of the Code Interpreter tool call the run step was involved in.
 *
 * @param id The ID of the tool call.
 * @param type The type of tool call. This is always going to be {@code code_interpreter}
 * for this type of tool call.
 * @param codeInterpreter The Code Interpreter tool call definition.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDetailsToolCallsCodeObject.Reader.class)
public record RunStepDetailsToolCallsCodeObject(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("code_interpreter") RunStepDetailsToolCallsCodeObject.CodeInterpreter codeInterpreter,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDetailsToolCallsObject.ToolCall {

	/**
	 * Creates a {@link RunStepDetailsToolCallsCodeObject}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The ID of the tool call.
	 * @param type The type of tool call.
	 * @param codeInterpreter The Code Interpreter tool call definition.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDetailsToolCallsCodeObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDetailsToolCallsCodeObject}.
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
	 * The Code Interpreter tool call definition.
	 *
	 * @param input The input to the Code Interpreter tool call.
	 * @param outputs The outputs from the Code Interpreter tool call. Code Interpreter
	 * can output one or more items, including text ({@code logs}) or images
	 * ({@code image}). Each of these are represented by a different object type.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CodeInterpreter.Reader.class)
	public static record CodeInterpreter(@JsonProperty("input") String input,
			@JsonProperty("outputs") List<CodeInterpreter.Output> outputs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CodeInterpreter}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param input The input to the Code Interpreter tool call.
		 * @param outputs The outputs from the Code Interpreter tool call.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CodeInterpreter {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CodeInterpreter}.
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
		 * An item of a {@link CodeInterpreter}'s {@code outputs}.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = Output.Deserializer.class)
		public sealed interface Output permits RunStepDetailsToolCallsCodeOutputLogsObject,
				RunStepDetailsToolCallsCodeOutputImageObject, Output.Unknown {

			/**
			 * A {@link Output} that this version of the client does not recognize, kept
			 * as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements Output, UnknownVariant {
			}

			/**
			 * Reads a {@link Output} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<Output> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<Output>variants(Unknown::new)
						.discriminator("type")
						.object(RunStepDetailsToolCallsCodeOutputLogsObject.class,
								VariantShape.declaring("type", "logs").requiring("type", "logs").values("type", "logs"))
						.object(RunStepDetailsToolCallsCodeOutputImageObject.class,
								VariantShape.declaring("type", "image")
									.requiring("type", "image")
									.values("type", "image")));
				}

			}

		}

		/**
		 * Builds a {@link CodeInterpreter}.
		 */
		public static final class Builder {

			private @Nullable String input;

			private @Nullable List<Output> outputs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CodeInterpreter source) {
				this.input = source.input();
				this.outputs = (source.outputs() != null) ? new ArrayList<>(source.outputs()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The input to the Code Interpreter tool call.
			 * @param input the value (required)
			 * @return this builder
			 */
			public Builder input(@Nullable String input) {
				this.input = input;
				return this;
			}

			/**
			 * The outputs from the Code Interpreter tool call.
			 * <p>
			 * Takes a copy of the list.
			 * @param outputs the value (required)
			 * @return this builder
			 */
			public Builder outputs(@Nullable List<? extends Output> outputs) {
				this.outputs = (outputs != null) ? new ArrayList<>(outputs) : null;
				return this;
			}

			/**
			 * The outputs from the Code Interpreter tool call.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param output the item to add
			 * @return this builder
			 */
			public Builder addOutput(Output output) {
				Objects.requireNonNull(output, "'output' must not be null");
				if (this.outputs == null) {
					this.outputs = new ArrayList<>();
				}
				this.outputs.add(output);
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
			public CodeInterpreter build() {
				return new CodeInterpreter(Objects.requireNonNull(this.input, "'input' is required"),
						Collections.unmodifiableList(
								new ArrayList<>(Objects.requireNonNull(this.outputs, "'outputs' is required"))),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CodeInterpreter} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CodeInterpreter> {

			Reader() {
				super(CodeInterpreter.class, "input", "outputs");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected CodeInterpreter create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CodeInterpreter((String) values[0], (List<Output>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link CodeInterpreter} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CodeInterpreter> {

			Writer() {
				super(CodeInterpreter.class, "input", "outputs");
			}

			@Override
			protected @Nullable Object value(CodeInterpreter record, int index) {
				return switch (index) {
					case 0 -> record.input();
					case 1 -> record.outputs();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CodeInterpreter record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunStepDetailsToolCallsCodeObject}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable CodeInterpreter codeInterpreter;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "code_interpreter";
		}

		private Builder(RunStepDetailsToolCallsCodeObject source) {
			this.id = source.id();
			this.type = source.type();
			this.codeInterpreter = source.codeInterpreter();
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
		 * The Code Interpreter tool call definition.
		 * @param codeInterpreter the value (required)
		 * @return this builder
		 */
		public Builder codeInterpreter(@Nullable CodeInterpreter codeInterpreter) {
			this.codeInterpreter = codeInterpreter;
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
		public RunStepDetailsToolCallsCodeObject build() {
			return new RunStepDetailsToolCallsCodeObject(Objects.requireNonNull(this.id, "'id' is required"), this.type,
					Objects.requireNonNull(this.codeInterpreter, "'codeInterpreter' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDetailsToolCallsCodeObject} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDetailsToolCallsCodeObject> {

		Reader() {
			super(RunStepDetailsToolCallsCodeObject.class, "id", "type", "code_interpreter");
		}

		@Override
		protected RunStepDetailsToolCallsCodeObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDetailsToolCallsCodeObject((String) values[0], (String) values[1],
					(CodeInterpreter) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDetailsToolCallsCodeObject} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDetailsToolCallsCodeObject> {

		Writer() {
			super(RunStepDetailsToolCallsCodeObject.class, "id", "type", "code_interpreter");
		}

		@Override
		protected @Nullable Object value(RunStepDetailsToolCallsCodeObject record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.codeInterpreter();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDetailsToolCallsCodeObject record) {
			return record.additionalProperties();
		}

	}
}

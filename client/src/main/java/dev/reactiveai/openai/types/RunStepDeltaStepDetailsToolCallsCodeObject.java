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
 * @param index The index of the tool call in the tool calls array.
 * @param id The ID of the tool call.
 * @param type The type of tool call. This is always going to be {@code code_interpreter}
 * for this type of tool call.
 * @param codeInterpreter The Code Interpreter tool call definition.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDeltaStepDetailsToolCallsCodeObject.Reader.class)
public record RunStepDeltaStepDetailsToolCallsCodeObject(@JsonProperty("index") Long index,
		@JsonProperty("id") @Nullable String id, @JsonProperty("type") String type,
		@JsonProperty("code_interpreter") RunStepDeltaStepDetailsToolCallsCodeObject.@Nullable CodeInterpreter codeInterpreter,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDeltaStepDetailsToolCallsObject.ToolCall {

	/**
	 * Creates a {@link RunStepDeltaStepDetailsToolCallsCodeObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param index The index of the tool call in the tool calls array.
	 * @param id The ID of the tool call.
	 * @param type The type of tool call.
	 * @param codeInterpreter The Code Interpreter tool call definition.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDeltaStepDetailsToolCallsCodeObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDeltaStepDetailsToolCallsCodeObject}.
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
	public static record CodeInterpreter(@JsonProperty("input") @Nullable String input,
			@JsonProperty("outputs") @Nullable List<CodeInterpreter.Output> outputs,
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
		public sealed interface Output permits RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
				RunStepDeltaStepDetailsToolCallsCodeOutputImageObject, Output.Unknown {

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
						.object(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.class,
								VariantShape.declaring("index", "type", "logs")
									.requiring("index", "type")
									.values("type", "logs"))
						.object(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.class,
								VariantShape.declaring("index", "type", "image")
									.requiring("index", "type")
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
			 * @param input the value
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
			 * @param outputs the value
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
				return new CodeInterpreter(this.input,
						(this.outputs != null) ? Collections.unmodifiableList(new ArrayList<>(this.outputs)) : null,
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
	 * Builds a {@link RunStepDeltaStepDetailsToolCallsCodeObject}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable CodeInterpreter codeInterpreter;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "code_interpreter";
		}

		private Builder(RunStepDeltaStepDetailsToolCallsCodeObject source) {
			this.index = source.index();
			this.id = source.id();
			this.type = source.type();
			this.codeInterpreter = source.codeInterpreter();
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
		 * The ID of the tool call.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Code Interpreter tool call definition.
		 * @param codeInterpreter the value
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
		public RunStepDeltaStepDetailsToolCallsCodeObject build() {
			return new RunStepDeltaStepDetailsToolCallsCodeObject(
					Objects.requireNonNull(this.index, "'index' is required"), this.id, this.type, this.codeInterpreter,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDeltaStepDetailsToolCallsCodeObject} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDeltaStepDetailsToolCallsCodeObject> {

		Reader() {
			super(RunStepDeltaStepDetailsToolCallsCodeObject.class, "index", "id", "type", "code_interpreter");
		}

		@Override
		protected RunStepDeltaStepDetailsToolCallsCodeObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDeltaStepDetailsToolCallsCodeObject((Long) values[0], (String) values[1],
					(String) values[2], (CodeInterpreter) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDeltaStepDetailsToolCallsCodeObject} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDeltaStepDetailsToolCallsCodeObject> {

		Writer() {
			super(RunStepDeltaStepDetailsToolCallsCodeObject.class, "index", "id", "type", "code_interpreter");
		}

		@Override
		protected @Nullable Object value(RunStepDeltaStepDetailsToolCallsCodeObject record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.id();
				case 2 -> record.type();
				case 3 -> record.codeInterpreter();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDeltaStepDetailsToolCallsCodeObject record) {
			return record.additionalProperties();
		}

	}
}

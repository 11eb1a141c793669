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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /responses/input_tokens}: Returns input token counts of
 * the request.
 *
 * @param model Model ID used to generate the response, like {@code gpt-4o} or {@code o3}.
 * OpenAI offers a wide range of models with different capabilities, performance
 * characteristics, and price points. Refer to the
 * <a href="https://platform.openai.com/docs/models">model guide</a> to browse and compare
 * available models.
 * @param input Text, image, or file inputs to the model, used to generate a response
 * @param previousResponseId The unique ID of the previous response to the model. Use this
 * to create multi-turn conversations. Learn more about
 * <a href="https://platform.openai.com/docs/guides/conversation-state">conversation
 * state</a>. Cannot be used in conjunction with {@code conversation}.
 * @param tools An array of tools the model may call while generating a response. You can
 * specify which tool to use by setting the {@code tool_choice} parameter.
 * @param text Configuration options for a text response from the model. Can be plain text
 * or structured JSON data. Learn more:
 * <ul>
 * <li><a href="https://platform.openai.com/docs/guides/text">Text inputs and
 * outputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/structured-outputs">Structured
 * Outputs</a></li>
 * </ul>
 * @param reasoning <strong>gpt-5 and o-series models only</strong>
 * <p>
 * Configuration options for
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
 * @param truncation The truncation strategy to use for the model response. -
 * {@code auto}: If the input to this Response exceeds the model's context window size,
 * the model will truncate the response to fit the context window by dropping items from
 * the beginning of the conversation. - {@code disabled} (default): If the input size will
 * exceed the context window size for a model, the request will fail with a 400 error.
 * @param instructions A system (or developer) message inserted into the model's context.
 * When used along with {@code previous_response_id}, the instructions from a previous
 * response will not be carried over to the next response. This makes it simple to swap
 * out system (or developer) messages in new responses.
 * @param conversation The conversation that this response belongs to. Items from this
 * conversation are prepended to {@code input_items} for this response request. Input
 * items and output items from this response are automatically added to this conversation
 * after this response completes.
 * @param toolChoice How the model should select which tool (or tools) to use when
 * generating a response. See the {@code tools} parameter to see how to specify which
 * tools the model can call.
 * @param parallelToolCalls Whether to allow the model to run tool calls in parallel.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TokenCountsBody.Reader.class)
public record TokenCountsBody(@JsonProperty("model") @Nullable String model,
		@JsonProperty("input") TokenCountsBody.@Nullable Input input,
		@JsonProperty("previous_response_id") @Nullable String previousResponseId,
		@JsonProperty("tools") @Nullable List<Tool> tools, @JsonProperty("text") @Nullable ResponseTextParam text,
		@JsonProperty("reasoning") @Nullable Reasoning reasoning,
		@JsonProperty("truncation") @Nullable TruncationEnum truncation,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("conversation") @Nullable ConversationParam conversation,
		@JsonProperty("tool_choice") @Nullable ToolChoiceParam toolChoice,
		@JsonProperty("parallel_tool_calls") @Nullable Boolean parallelToolCalls,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link TokenCountsBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param model Model ID used to generate the response, like {@code gpt-4o} or
	 * {@code o3}.
	 * @param input Text, image, or file inputs to the model, used to generate a response
	 * @param previousResponseId The unique ID of the previous response to the model.
	 * @param tools An array of tools the model may call while generating a response.
	 * @param text Configuration options for a text response from the model.
	 * @param reasoning <strong>gpt-5 and o-series models only</strong>
	 * @param truncation The truncation strategy to use for the model response.
	 * @param instructions A system (or developer) message inserted into the model's
	 * context.
	 * @param conversation The conversation that this response belongs to.
	 * @param toolChoice How the model should select which tool (or tools) to use when
	 * generating a response.
	 * @param parallelToolCalls Whether to allow the model to run tool calls in parallel.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TokenCountsBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TokenCountsBody}.
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
	 * Text, image, or file inputs to the model, used to generate a response
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Input.Deserializer.class)
	public sealed interface Input permits Input.StringValue, Input.InputItemList, Input.Unknown {

		/**
		 * A {@link Input} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Input {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Input} that is a {@code List<InputItem>}.
		 *
		 * @param value the value
		 */
		record InputItemList(@JsonValue List<InputItem> value) implements Input {
			/**
			 * Creates a {@link InputItemList}, rejecting a null value.
			 * @param value the value
			 */
			public InputItemList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Input} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Input, UnknownVariant {
		}

		/**
		 * Reads a {@link Input} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Input> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Input>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<InputItem>>() {
					}, InputItemList::new));
			}

		}

	}

	/**
	 * Builds a {@link TokenCountsBody}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable Input input;

		private @Nullable String previousResponseId;

		private @Nullable List<Tool> tools;

		private @Nullable ResponseTextParam text;

		private @Nullable Reasoning reasoning;

		private @Nullable TruncationEnum truncation;

		private @Nullable String instructions;

		private @Nullable ConversationParam conversation;

		private @Nullable ToolChoiceParam toolChoice;

		private @Nullable Boolean parallelToolCalls;

		/**
		 * The list that {@code input} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<InputItem> inputAdded;

		private Input.@Nullable InputItemList inputAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(TokenCountsBody source) {
			this.model = source.model();
			this.input = source.input();
			this.previousResponseId = source.previousResponseId();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.text = source.text();
			this.reasoning = source.reasoning();
			this.truncation = source.truncation();
			this.instructions = source.instructions();
			this.conversation = source.conversation();
			this.toolChoice = source.toolChoice();
			this.parallelToolCalls = source.parallelToolCalls();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Model ID used to generate the response, like {@code gpt-4o} or {@code o3}.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response
		 * @param input the value
		 * @return this builder
		 */
		public Builder input(@Nullable Input input) {
			this.input = input;
			return this;
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response
		 * <p>
		 * Takes the value of a {@link Input.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(String value) {
			return input(new Input.StringValue(value));
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response
		 * <p>
		 * Takes the value of a {@link Input.InputItemList}, copying the list.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(List<? extends InputItem> value) {
			return input(new Input.InputItemList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param input the item to add
		 * @return this builder
		 */
		public Builder addInput(InputItem input) {
			Objects.requireNonNull(input, "'input' must not be null");
			if (this.inputAdded == null || this.input != this.inputAddedTo) {
				List<InputItem> items = new ArrayList<>();
				if (this.input instanceof Input.InputItemList held) {
					items.addAll(held.value());
				}
				else if (this.input != null) {
					throw new IllegalStateException("Cannot add to 'input', which holds a "
							+ this.input.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.inputAdded = items;
				this.inputAddedTo = new Input.InputItemList(Collections.unmodifiableList(items));
				this.input = this.inputAddedTo;
			}
			this.inputAdded.add(input);
			return this;
		}

		/**
		 * Adds an answer's items (a response's {@code output}) to {@code input}, after
		 * those it has, each as {@link OutputItem#asInput() its input form}.
		 * @param outputItems the items to add
		 * @return this builder
		 */
		public Builder addInputs(List<? extends OutputItem> outputItems) {
			Objects.requireNonNull(outputItems, "'outputItems' must not be null");
			for (OutputItem outputItem : outputItems) {
				addInput(outputItem.asInput());
			}
			return this;
		}

		/**
		 * The unique ID of the previous response to the model.
		 * @param previousResponseId the value
		 * @return this builder
		 */
		public Builder previousResponseId(@Nullable String previousResponseId) {
			this.previousResponseId = previousResponseId;
			return this;
		}

		/**
		 * An array of tools the model may call while generating a response.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<? extends Tool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * An array of tools the model may call while generating a response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(Tool tool) {
			Objects.requireNonNull(tool, "'tool' must not be null");
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
			return this;
		}

		/**
		 * Configuration options for a text response from the model.
		 * @param text the value
		 * @return this builder
		 */
		public Builder text(@Nullable ResponseTextParam text) {
			this.text = text;
			return this;
		}

		/**
		 * <strong>gpt-5 and o-series models only</strong>
		 * @param reasoning the value
		 * @return this builder
		 */
		public Builder reasoning(@Nullable Reasoning reasoning) {
			this.reasoning = reasoning;
			return this;
		}

		/**
		 * The truncation strategy to use for the model response.
		 * @param truncation the value
		 * @return this builder
		 */
		public Builder truncation(@Nullable TruncationEnum truncation) {
			this.truncation = truncation;
			return this;
		}

		/**
		 * The truncation strategy to use for the model response.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder truncation(String value) {
			return truncation(TruncationEnum.of(value));
		}

		/**
		 * A system (or developer) message inserted into the model's context.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * The conversation that this response belongs to.
		 * @param conversation the value
		 * @return this builder
		 */
		public Builder conversation(@Nullable ConversationParam conversation) {
			this.conversation = conversation;
			return this;
		}

		/**
		 * The conversation that this response belongs to.
		 * <p>
		 * Takes the value of a {@link ConversationParam.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder conversation(String value) {
			return conversation(new ConversationParam.StringValue(value));
		}

		/**
		 * How the model should select which tool (or tools) to use when generating a
		 * response.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ToolChoiceParam toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * How the model should select which tool (or tools) to use when generating a
		 * response.
		 * <p>
		 * Takes the value of a {@link ToolChoiceParam.ToolChoiceOptionsValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(ToolChoiceOptions value) {
			return toolChoice(new ToolChoiceParam.ToolChoiceOptionsValue(value));
		}

		/**
		 * Whether to allow the model to run tool calls in parallel.
		 * @param parallelToolCalls the value
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
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
		public TokenCountsBody build() {
			TokenCountsBody value = new TokenCountsBody(this.model, this.input, this.previousResponseId,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null, this.text,
					this.reasoning, this.truncation, this.instructions, this.conversation, this.toolChoice,
					this.parallelToolCalls, this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.inputAdded = null;
			this.inputAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link TokenCountsBody} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TokenCountsBody> {

		Reader() {
			super(TokenCountsBody.class, "model", "input", "previous_response_id", "tools", "text", "reasoning",
					"truncation", "instructions", "conversation", "tool_choice", "parallel_tool_calls");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 6 -> TruncationEnum.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected TokenCountsBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TokenCountsBody((String) values[0], (Input) values[1], (String) values[2],
					(List<Tool>) values[3], (ResponseTextParam) values[4], (Reasoning) values[5],
					(TruncationEnum) values[6], (String) values[7], (ConversationParam) values[8],
					(ToolChoiceParam) values[9], (Boolean) values[10], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TokenCountsBody} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TokenCountsBody> {

		Writer() {
			super(TokenCountsBody.class, "model", "input", "previous_response_id", "tools", "text", "reasoning",
					"truncation", "instructions", "conversation", "tool_choice", "parallel_tool_calls");
		}

		@Override
		protected @Nullable Object value(TokenCountsBody record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.input();
				case 2 -> record.previousResponseId();
				case 3 -> record.tools();
				case 4 -> record.text();
				case 5 -> record.reasoning();
				case 6 -> record.truncation();
				case 7 -> record.instructions();
				case 8 -> record.conversation();
				case 9 -> record.toolChoice();
				case 10 -> record.parallelToolCalls();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TokenCountsBody record) {
			return record.additionalProperties();
		}

	}
}

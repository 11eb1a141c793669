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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code previous_response_id}, {@code model}, {@code reasoning},
 * {@code background}, {@code max_tool_calls}, {@code text}, {@code tools} and 3 more.
 *
 * @param previousResponseId The unique ID of the previous response to the model. Use this
 * to create multi-turn conversations. Learn more about
 * <a href="https://platform.openai.com/docs/guides/conversation-state">conversation
 * state</a>. Cannot be used in conjunction with {@code conversation}.
 * @param model Model ID used to generate the response, like {@code gpt-4o} or {@code o3}.
 * OpenAI offers a wide range of models with different capabilities, performance
 * characteristics, and price points. Refer to the
 * <a href="https://platform.openai.com/docs/models">model guide</a> to browse and compare
 * available models.
 * @param reasoning <strong>gpt-5 and o-series models only</strong>
 * <p>
 * Configuration options for
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
 * @param background Whether to run the model response in the background.
 * <a href="https://platform.openai.com/docs/guides/background">Learn more</a>.
 * @param maxToolCalls The maximum number of total calls to built-in tools that can be
 * processed in a response. This maximum number applies across all built-in tool calls,
 * not per individual tool. Any further attempts to call a tool by the model will be
 * ignored.
 * @param text Configuration options for a text response from the model. Can be plain text
 * or structured JSON data. Learn more:
 * <ul>
 * <li><a href="https://platform.openai.com/docs/guides/text">Text inputs and
 * outputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/structured-outputs">Structured
 * Outputs</a></li>
 * </ul>
 * @param tools An array of tools the model may call while generating a response. You can
 * specify which tool to use by setting the {@code tool_choice} parameter.
 * <p>
 * We support the following categories of tools:
 * <ul>
 * <li><strong>Built-in tools</strong>: Tools that are provided by OpenAI that extend the
 * model's capabilities, like
 * <a href="https://platform.openai.com/docs/guides/tools-web-search">web search</a> or
 * <a href="https://platform.openai.com/docs/guides/tools-file-search">file search</a>.
 * Learn more about <a href="https://platform.openai.com/docs/guides/tools">built-in
 * tools</a>.</li>
 * <li><strong>MCP Tools</strong>: Integrations with third-party systems via custom MCP
 * servers or predefined connectors such as Google Drive and SharePoint. Learn more about
 * <a href="https://platform.openai.com/docs/guides/tools-connectors-mcp">MCP
 * Tools</a>.</li>
 * <li><strong>Function calls (custom tools)</strong>: Functions that are defined by you,
 * enabling the model to call your own code with strongly typed arguments and outputs.
 * Learn more about
 * <a href="https://platform.openai.com/docs/guides/function-calling">function
 * calling</a>. You can also use custom tools to call your own code.</li>
 * </ul>
 * @param toolChoice How the model should select which tool (or tools) to use when
 * generating a response. See the {@code tools} parameter to see how to specify which
 * tools the model can call.
 * @param prompt Reference to a prompt template and its variables. <a href=
 * "https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts">Learn
 * more</a>.
 * @param truncation The truncation strategy to use for the model response.
 * <ul>
 * <li>{@code auto}: If the input to this Response exceeds the model's context window
 * size, the model will truncate the response to fit the context window by dropping items
 * from the beginning of the conversation.</li>
 * <li>{@code disabled} (default): If the input size will exceed the context window size
 * for a model, the request will fail with a 400 error.</li>
 * </ul>
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseProperties.Reader.class)
public record ResponseProperties(@JsonProperty("previous_response_id") @Nullable String previousResponseId,
		@JsonProperty("model") @Nullable ModelIdsResponses model,
		@JsonProperty("reasoning") @Nullable Reasoning reasoning,
		@JsonProperty("background") @Nullable Boolean background,
		@JsonProperty("max_tool_calls") @Nullable Long maxToolCalls,
		@JsonProperty("text") @Nullable ResponseTextParam text, @JsonProperty("tools") @Nullable List<Tool> tools,
		@JsonProperty("tool_choice") @Nullable ToolChoiceParam toolChoice,
		@JsonProperty("prompt") @Nullable Prompt prompt,
		@JsonProperty("truncation") ResponseProperties.@Nullable Truncation truncation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseProperties}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param previousResponseId The unique ID of the previous response to the model.
	 * @param model Model ID used to generate the response, like {@code gpt-4o} or
	 * {@code o3}.
	 * @param reasoning <strong>gpt-5 and o-series models only</strong>
	 * @param background Whether to run the model response in the background.
	 * @param maxToolCalls The maximum number of total calls to built-in tools that can be
	 * processed in a response.
	 * @param text Configuration options for a text response from the model.
	 * @param tools An array of tools the model may call while generating a response.
	 * @param toolChoice How the model should select which tool (or tools) to use when
	 * generating a response.
	 * @param prompt Reference to a prompt template and its variables.
	 * @param truncation The truncation strategy to use for the model response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseProperties {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseProperties}.
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
	 * The truncation strategy to use for the model response.
	 * <ul>
	 * <li>{@code auto}: If the input to this Response exceeds the model's context window
	 * size, the model will truncate the response to fit the context window by dropping
	 * items from the beginning of the conversation.</li>
	 * <li>{@code disabled} (default): If the input size will exceed the context window
	 * size for a model, the request will fail with a 400 error.</li>
	 * </ul>
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Truncation(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Truncation AUTO = new Truncation("auto");

		/**
		 * The value {@code disabled}.
		 */
		public static final Truncation DISABLED = new Truncation("disabled");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Truncation {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Truncation of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "disabled" -> DISABLED;
				default -> new Truncation(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "disabled" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ResponseProperties}.
	 */
	public static final class Builder {

		private @Nullable String previousResponseId;

		private @Nullable ModelIdsResponses model;

		private @Nullable Reasoning reasoning;

		private @Nullable Boolean background;

		private @Nullable Long maxToolCalls;

		private @Nullable ResponseTextParam text;

		private @Nullable List<Tool> tools;

		private @Nullable ToolChoiceParam toolChoice;

		private @Nullable Prompt prompt;

		private @Nullable Truncation truncation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponseProperties source) {
			this.previousResponseId = source.previousResponseId();
			this.model = source.model();
			this.reasoning = source.reasoning();
			this.background = source.background();
			this.maxToolCalls = source.maxToolCalls();
			this.text = source.text();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.prompt = source.prompt();
			this.truncation = source.truncation();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * Model ID used to generate the response, like {@code gpt-4o} or {@code o3}.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable ModelIdsResponses model) {
			this.model = model;
			return this;
		}

		/**
		 * Model ID used to generate the response, like {@code gpt-4o} or {@code o3}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(ModelIdsResponses.of(value));
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
		 * Whether to run the model response in the background.
		 * @param background the value
		 * @return this builder
		 */
		public Builder background(@Nullable Boolean background) {
			this.background = background;
			return this;
		}

		/**
		 * The maximum number of total calls to built-in tools that can be processed in a
		 * response.
		 * @param maxToolCalls the value
		 * @return this builder
		 */
		public Builder maxToolCalls(@Nullable Long maxToolCalls) {
			this.maxToolCalls = maxToolCalls;
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
		 * Reference to a prompt template and its variables.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable Prompt prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * The truncation strategy to use for the model response.
		 * @param truncation the value
		 * @return this builder
		 */
		public Builder truncation(@Nullable Truncation truncation) {
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
			return truncation(Truncation.of(value));
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
		public ResponseProperties build() {
			return new ResponseProperties(this.previousResponseId, this.model, this.reasoning, this.background,
					this.maxToolCalls, this.text,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.prompt, this.truncation, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseProperties} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseProperties> {

		Reader() {
			super(ResponseProperties.class, "previous_response_id", "model", "reasoning", "background",
					"max_tool_calls", "text", "tools", "tool_choice", "prompt", "truncation");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> ModelIdsResponses.of(value);
				case 9 -> Truncation.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ResponseProperties create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseProperties((String) values[0], (ModelIdsResponses) values[1], (Reasoning) values[2],
					(Boolean) values[3], (Long) values[4], (ResponseTextParam) values[5], (List<Tool>) values[6],
					(ToolChoiceParam) values[7], (Prompt) values[8], (Truncation) values[9], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseProperties} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseProperties> {

		Writer() {
			super(ResponseProperties.class, "previous_response_id", "model", "reasoning", "background",
					"max_tool_calls", "text", "tools", "tool_choice", "prompt", "truncation");
		}

		@Override
		protected @Nullable Object value(ResponseProperties record, int index) {
			return switch (index) {
				case 0 -> record.previousResponseId();
				case 1 -> record.model();
				case 2 -> record.reasoning();
				case 3 -> record.background();
				case 4 -> record.maxToolCalls();
				case 5 -> record.text();
				case 6 -> record.tools();
				case 7 -> record.toolChoice();
				case 8 -> record.prompt();
				case 9 -> record.truncation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseProperties record) {
			return record.additionalProperties();
		}

	}
}

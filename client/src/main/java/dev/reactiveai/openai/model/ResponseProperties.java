// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * @param previousResponseId the {@code previous_response_id} property
 * @param model Model ID used to generate the response, like `gpt-4o` or `o3`.
 * @param reasoning the {@code reasoning} property
 * @param background the {@code background} property
 * @param maxToolCalls the {@code max_tool_calls} property
 * @param text Configuration options for a text response from the model.
 * @param tools An array of tools the model may call while generating a response.
 * @param toolChoice How the model should select which tool (or tools) to use when
 * generating a response.
 * @param prompt the {@code prompt} property
 * @param truncation the {@code truncation} property
 * @param additionalProperties properties that this version of the client does not know
 */
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

	public ResponseProperties {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ResponseProperties}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The truncation strategy to use for the model response. - `auto`: If the input to
	 * this Response exceeds the model's context window size, the model will truncate the
	 * response to fit the context window by dropping items from the beginning of the
	 * conversation. - `disabled` (default): If the input size will exceed the context
	 * window size for a model, the request will fail with a 400 error.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Truncation(@JsonValue String value) {
		public static final Truncation AUTO = new Truncation("auto");

		public static final Truncation DISABLED = new Truncation("disabled");

		public Truncation {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
			this.tools = source.tools();
			this.toolChoice = source.toolChoice();
			this.prompt = source.prompt();
			this.truncation = source.truncation();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code previous_response_id}.
		 * @param previousResponseId the value
		 * @return this builder
		 */
		public Builder previousResponseId(@Nullable String previousResponseId) {
			this.previousResponseId = previousResponseId;
			return this;
		}

		/**
		 * Set {@code model}: Model ID used to generate the response, like `gpt-4o` or
		 * `o3`. OpenAI offers a wide range of models with different capabilities,
		 * performance characteristics, and price points. Refer to the [model
		 * guide](/docs/models) to browse and compare available models.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable ModelIdsResponses model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code model} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(ModelIdsResponses.of(value));
		}

		/**
		 * Set {@code reasoning}.
		 * @param reasoning the value
		 * @return this builder
		 */
		public Builder reasoning(@Nullable Reasoning reasoning) {
			this.reasoning = reasoning;
			return this;
		}

		/**
		 * Set {@code background}.
		 * @param background the value
		 * @return this builder
		 */
		public Builder background(@Nullable Boolean background) {
			this.background = background;
			return this;
		}

		/**
		 * Set {@code max_tool_calls}.
		 * @param maxToolCalls the value
		 * @return this builder
		 */
		public Builder maxToolCalls(@Nullable Long maxToolCalls) {
			this.maxToolCalls = maxToolCalls;
			return this;
		}

		/**
		 * Set {@code text}: Configuration options for a text response from the model. Can
		 * be plain text or structured JSON data. Learn more: - [Text inputs and
		 * outputs](/docs/guides/text) - [Structured
		 * Outputs](/docs/guides/structured-outputs)
		 * @param text the value
		 * @return this builder
		 */
		public Builder text(@Nullable ResponseTextParam text) {
			this.text = text;
			return this;
		}

		/**
		 * Set {@code tools}: An array of tools the model may call while generating a
		 * response. You can specify which tool to use by setting the `tool_choice`
		 * parameter.
		 *
		 * We support the following categories of tools: - **Built-in tools**: Tools that
		 * are provided by OpenAI that extend the model's capabilities, like [web
		 * search](/docs/guides/tools-web-search) or [file
		 * search](/docs/guides/tools-file-search). Learn more about [built-in
		 * tools](/docs/guides/tools). - **MCP Tools**: Integrations with third-party
		 * systems via custom MCP servers or predefined connectors such as Google Drive
		 * and SharePoint. Learn more about [MCP
		 * Tools](/docs/guides/tools-connectors-mcp). - **Function calls (custom tools)**:
		 * Functions that are defined by you, enabling the model to call your own code
		 * with strongly typed arguments and outputs. Learn more about [function
		 * calling](/docs/guides/function-calling). You can also use custom tools to call
		 * your own code.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<Tool> tools) {
			this.tools = tools;
			return this;
		}

		/**
		 * Set {@code tool_choice}: How the model should select which tool (or tools) to
		 * use when generating a response. See the `tools` parameter to see how to specify
		 * which tools the model can call.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ToolChoiceParam toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Set {@code tool_choice} to a {@link ToolChoiceParam.ToolChoiceOptionsValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(ToolChoiceOptions value) {
			return toolChoice(new ToolChoiceParam.ToolChoiceOptionsValue(value));
		}

		/**
		 * Set {@code prompt}.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable Prompt prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Set {@code truncation}.
		 * @param truncation the value
		 * @return this builder
		 */
		public Builder truncation(@Nullable Truncation truncation) {
			this.truncation = truncation;
			return this;
		}

		/**
		 * Set {@code truncation} to a value, known to this client or not.
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
					this.maxToolCalls, this.text, this.tools, this.toolChoice, this.prompt, this.truncation,
					this.additionalProperties);
		}

	}
}

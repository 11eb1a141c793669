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
 * Client event for creating a response over a persistent WebSocket connection. This
 * payload uses the same top-level fields as `POST /v1/responses`.
 *
 * Notes: - `stream` is implicit over WebSocket and should not be sent. - `background` is
 * not supported over WebSocket.
 *
 * @param type The type of the client event.
 * @param metadata the {@code metadata} property
 * @param topLogprobs An integer between 0 and 20 specifying the number of most likely
 * tokens to return at each token position, each with an associated log probability.
 * @param temperature the {@code temperature} property
 * @param topP the {@code top_p} property
 * @param user This field is being replaced by `safety_identifier` and `prompt_cache_key`.
 * @param safetyIdentifier A stable identifier used to help detect users of your
 * application that may be violating OpenAI's usage policies.
 * @param promptCacheKey Used by OpenAI to cache responses for similar requests to
 * optimize your cache hit rates.
 * @param serviceTier the {@code service_tier} property
 * @param promptCacheRetention the {@code prompt_cache_retention} property
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
 * @param input Text, image, or file inputs to the model, used to generate a response.
 * @param include the {@code include} property
 * @param parallelToolCalls the {@code parallel_tool_calls} property
 * @param store the {@code store} property
 * @param instructions the {@code instructions} property
 * @param stream the {@code stream} property
 * @param streamOptions the {@code stream_options} property
 * @param conversation the {@code conversation} property
 * @param contextManagement the {@code context_management} property
 * @param maxOutputTokens the {@code max_output_tokens} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record ResponsesClientEventResponseCreate(@JsonProperty("type") String type,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("top_logprobs") @Nullable Long topLogprobs,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("user") @Nullable String user,
		@JsonProperty("safety_identifier") @Nullable String safetyIdentifier,
		@JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
		@JsonProperty("service_tier") @Nullable ServiceTier serviceTier,
		@JsonProperty("prompt_cache_retention") ResponsesClientEventResponseCreate.@Nullable PromptCacheRetention promptCacheRetention,
		@JsonProperty("previous_response_id") @Nullable String previousResponseId,
		@JsonProperty("model") @Nullable ModelIdsResponses model,
		@JsonProperty("reasoning") @Nullable Reasoning reasoning,
		@JsonProperty("background") @Nullable Boolean background,
		@JsonProperty("max_tool_calls") @Nullable Long maxToolCalls,
		@JsonProperty("text") @Nullable ResponseTextParam text, @JsonProperty("tools") @Nullable List<Tool> tools,
		@JsonProperty("tool_choice") @Nullable ToolChoiceParam toolChoice,
		@JsonProperty("prompt") @Nullable Prompt prompt,
		@JsonProperty("truncation") ResponsesClientEventResponseCreate.@Nullable Truncation truncation,
		@JsonProperty("input") @Nullable InputParam input, @JsonProperty("include") @Nullable List<IncludeEnum> include,
		@JsonProperty("parallel_tool_calls") @Nullable Boolean parallelToolCalls,
		@JsonProperty("store") @Nullable Boolean store, @JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonProperty("stream_options") @Nullable ResponseStreamOptions streamOptions,
		@JsonProperty("conversation") @Nullable ConversationParam conversation,
		@JsonProperty("context_management") @Nullable List<ContextManagementParam> contextManagement,
		@JsonProperty("max_output_tokens") @Nullable Long maxOutputTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ResponsesClientEventResponseCreate {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ResponsesClientEventResponseCreate}.
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
	 * The retention policy for the prompt cache. Set to `24h` to enable extended prompt
	 * caching, which keeps cached prefixes active for longer, up to a maximum of 24
	 * hours. [Learn more](/docs/guides/prompt-caching#prompt-cache-retention).
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record PromptCacheRetention(@JsonValue String value) {
		public static final PromptCacheRetention IN_MEMORY = new PromptCacheRetention("in_memory");

		public static final PromptCacheRetention V24H = new PromptCacheRetention("24h");

		public PromptCacheRetention {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static PromptCacheRetention of(String value) {
			return switch (value) {
				case "in_memory" -> IN_MEMORY;
				case "24h" -> V24H;
				default -> new PromptCacheRetention(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_memory", "24h" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
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
	 * Builds a {@link ResponsesClientEventResponseCreate}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, String> metadata;

		private @Nullable Long topLogprobs;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable String user;

		private @Nullable String safetyIdentifier;

		private @Nullable String promptCacheKey;

		private @Nullable ServiceTier serviceTier;

		private @Nullable PromptCacheRetention promptCacheRetention;

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

		private @Nullable InputParam input;

		private @Nullable List<IncludeEnum> include;

		private @Nullable Boolean parallelToolCalls;

		private @Nullable Boolean store;

		private @Nullable String instructions;

		private @Nullable Boolean stream;

		private @Nullable ResponseStreamOptions streamOptions;

		private @Nullable ConversationParam conversation;

		private @Nullable List<ContextManagementParam> contextManagement;

		private @Nullable Long maxOutputTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.create";
		}

		private Builder(ResponsesClientEventResponseCreate source) {
			this.type = source.type();
			this.metadata = source.metadata();
			this.topLogprobs = source.topLogprobs();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.user = source.user();
			this.safetyIdentifier = source.safetyIdentifier();
			this.promptCacheKey = source.promptCacheKey();
			this.serviceTier = source.serviceTier();
			this.promptCacheRetention = source.promptCacheRetention();
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
			this.input = source.input();
			this.include = source.include();
			this.parallelToolCalls = source.parallelToolCalls();
			this.store = source.store();
			this.instructions = source.instructions();
			this.stream = source.stream();
			this.streamOptions = source.streamOptions();
			this.conversation = source.conversation();
			this.contextManagement = source.contextManagement();
			this.maxOutputTokens = source.maxOutputTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of the client event. Always `response.create`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code metadata}.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * Set {@code top_logprobs}: An integer between 0 and 20 specifying the number of
		 * most likely tokens to return at each token position, each with an associated
		 * log probability.
		 * @param topLogprobs the value
		 * @return this builder
		 */
		public Builder topLogprobs(@Nullable Long topLogprobs) {
			this.topLogprobs = topLogprobs;
			return this;
		}

		/**
		 * Set {@code temperature}.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set {@code top_p}.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Set {@code user}: This field is being replaced by `safety_identifier` and
		 * `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching
		 * optimizations. A stable identifier for your end-users. Used to boost cache hit
		 * rates by better bucketing similar requests and to help OpenAI detect and
		 * prevent abuse. [Learn
		 * more](/docs/guides/safety-best-practices#safety-identifiers).
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * Set {@code safety_identifier}: A stable identifier used to help detect users of
		 * your application that may be violating OpenAI's usage policies. The IDs should
		 * be a string that uniquely identifies each user, with a maximum length of 64
		 * characters. We recommend hashing their username or email address, in order to
		 * avoid sending us any identifying information. [Learn
		 * more](/docs/guides/safety-best-practices#safety-identifiers).
		 * @param safetyIdentifier the value
		 * @return this builder
		 */
		public Builder safetyIdentifier(@Nullable String safetyIdentifier) {
			this.safetyIdentifier = safetyIdentifier;
			return this;
		}

		/**
		 * Set {@code prompt_cache_key}: Used by OpenAI to cache responses for similar
		 * requests to optimize your cache hit rates. Replaces the `user` field. [Learn
		 * more](/docs/guides/prompt-caching).
		 * @param promptCacheKey the value
		 * @return this builder
		 */
		public Builder promptCacheKey(@Nullable String promptCacheKey) {
			this.promptCacheKey = promptCacheKey;
			return this;
		}

		/**
		 * Set {@code service_tier}.
		 * @param serviceTier the value
		 * @return this builder
		 */
		public Builder serviceTier(@Nullable ServiceTier serviceTier) {
			this.serviceTier = serviceTier;
			return this;
		}

		/**
		 * Set {@code service_tier} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder serviceTier(String value) {
			return serviceTier(ServiceTier.of(value));
		}

		/**
		 * Set {@code prompt_cache_retention}.
		 * @param promptCacheRetention the value
		 * @return this builder
		 */
		public Builder promptCacheRetention(@Nullable PromptCacheRetention promptCacheRetention) {
			this.promptCacheRetention = promptCacheRetention;
			return this;
		}

		/**
		 * Set {@code prompt_cache_retention} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder promptCacheRetention(String value) {
			return promptCacheRetention(PromptCacheRetention.of(value));
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
		 * Set {@code input}: Text, image, or file inputs to the model, used to generate a
		 * response.
		 *
		 * Learn more: - [Text inputs and outputs](/docs/guides/text) - [Image
		 * inputs](/docs/guides/images) - [File inputs](/docs/guides/pdf-files) -
		 * [Conversation state](/docs/guides/conversation-state) - [Function
		 * calling](/docs/guides/function-calling)
		 * @param input the value
		 * @return this builder
		 */
		public Builder input(@Nullable InputParam input) {
			this.input = input;
			return this;
		}

		/**
		 * Set {@code input} to a {@link InputParam.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(String value) {
			return input(new InputParam.StringValue(value));
		}

		/**
		 * Set {@code input} to a {@link InputParam.InputItemList}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(List<InputItem> value) {
			return input(new InputParam.InputItemList(value));
		}

		/**
		 * Set {@code include}.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeEnum> include) {
			this.include = include;
			return this;
		}

		/**
		 * Set {@code parallel_tool_calls}.
		 * @param parallelToolCalls the value
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
		}

		/**
		 * Set {@code store}.
		 * @param store the value
		 * @return this builder
		 */
		public Builder store(@Nullable Boolean store) {
			this.store = store;
			return this;
		}

		/**
		 * Set {@code instructions}.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * Set {@code stream}.
		 * @param stream the value
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		/**
		 * Set {@code stream_options}.
		 * @param streamOptions the value
		 * @return this builder
		 */
		public Builder streamOptions(@Nullable ResponseStreamOptions streamOptions) {
			this.streamOptions = streamOptions;
			return this;
		}

		/**
		 * Set {@code conversation}.
		 * @param conversation the value
		 * @return this builder
		 */
		public Builder conversation(@Nullable ConversationParam conversation) {
			this.conversation = conversation;
			return this;
		}

		/**
		 * Set {@code conversation} to a {@link ConversationParam.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder conversation(String value) {
			return conversation(new ConversationParam.StringValue(value));
		}

		/**
		 * Set {@code context_management}.
		 * @param contextManagement the value
		 * @return this builder
		 */
		public Builder contextManagement(@Nullable List<ContextManagementParam> contextManagement) {
			this.contextManagement = contextManagement;
			return this;
		}

		/**
		 * Set {@code max_output_tokens}.
		 * @param maxOutputTokens the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(@Nullable Long maxOutputTokens) {
			this.maxOutputTokens = maxOutputTokens;
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
		public ResponsesClientEventResponseCreate build() {
			return new ResponsesClientEventResponseCreate(this.type, this.metadata, this.topLogprobs, this.temperature,
					this.topP, this.user, this.safetyIdentifier, this.promptCacheKey, this.serviceTier,
					this.promptCacheRetention, this.previousResponseId, this.model, this.reasoning, this.background,
					this.maxToolCalls, this.text, this.tools, this.toolChoice, this.prompt, this.truncation, this.input,
					this.include, this.parallelToolCalls, this.store, this.instructions, this.stream,
					this.streamOptions, this.conversation, this.contextManagement, this.maxOutputTokens,
					this.additionalProperties);
		}

	}
}

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
 * Client event for creating a response over a persistent WebSocket connection. This
 * payload uses the same top-level fields as {@code POST /v1/responses}.
 * <p>
 * Notes:
 * <ul>
 * <li>{@code stream} is implicit over WebSocket and should not be sent.</li>
 * <li>{@code background} is not supported over WebSocket.</li>
 * </ul>
 *
 * @param type The type of the client event. Always {@code response.create}.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param topLogprobs An integer between 0 and 20 specifying the number of most likely
 * tokens to return at each token position, each with an associated log probability.
 * @param temperature What sampling temperature to use, between 0 and 2. Higher values
 * like 0.8 will make the output more random, while lower values like 0.2 will make it
 * more focused and deterministic. We generally recommend altering this or {@code top_p}
 * but not both.
 * @param topP An alternative to sampling with temperature, called nucleus sampling, where
 * the model considers the results of the tokens with top_p probability mass. So 0.1 means
 * only the tokens comprising the top 10% probability mass are considered.
 * <p>
 * We generally recommend altering this or {@code temperature} but not both.
 * @param user This field is being replaced by {@code safety_identifier} and
 * {@code prompt_cache_key}. Use {@code prompt_cache_key} instead to maintain caching
 * optimizations. A stable identifier for your end-users. Used to boost cache hit rates by
 * better bucketing similar requests and to help OpenAI detect and prevent abuse. <a href=
 * "https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers">Learn
 * more</a>.
 * <p>
 * <strong>Deprecated:</strong> This field is being replaced by {@code safety_identifier}
 * and {@code prompt_cache_key}.
 * @param safetyIdentifier A stable identifier used to help detect users of your
 * application that may be violating OpenAI's usage policies. The IDs should be a string
 * that uniquely identifies each user, with a maximum length of 64 characters. We
 * recommend hashing their username or email address, in order to avoid sending us any
 * identifying information. <a href=
 * "https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers">Learn
 * more</a>.
 * @param promptCacheKey Used by OpenAI to cache responses for similar requests to
 * optimize your cache hit rates. Replaces the {@code user} field.
 * <a href="https://platform.openai.com/docs/guides/prompt-caching">Learn more</a>.
 * @param serviceTier Specifies the processing type used for serving the request.
 * <ul>
 * <li>If set to 'auto', then the request will be processed with the service tier
 * configured in the Project settings. Unless otherwise configured, the Project will use
 * 'default'.</li>
 * <li>If set to 'default', then the request will be processed with the standard pricing
 * and performance for the selected model.</li>
 * <li>If set to
 * '<a href="https://platform.openai.com/docs/guides/flex-processing">flex</a>' or
 * '<a href="https://openai.com/api-priority-processing/">priority</a>', then the request
 * will be processed with the corresponding service tier.</li>
 * <li>When not set, the default behavior is 'auto'.</li>
 * </ul>
 * <p>
 * When the {@code service_tier} parameter is set, the response body will include the
 * {@code service_tier} value based on the processing mode actually used to serve the
 * request. This response value may be different from the value set in the parameter.
 * @param promptCacheRetention The retention policy for the prompt cache. Set to
 * {@code 24h} to enable extended prompt caching, which keeps cached prefixes active for
 * longer, up to a maximum of 24 hours. <a href=
 * "https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention">Learn
 * more</a>.
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
 * @param input Text, image, or file inputs to the model, used to generate a response.
 * <p>
 * Learn more:
 * <ul>
 * <li><a href="https://platform.openai.com/docs/guides/text">Text inputs and
 * outputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/images">Image inputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/pdf-files">File inputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/conversation-state">Conversation
 * state</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/function-calling">Function
 * calling</a></li>
 * </ul>
 * @param include Specify additional output data to include in the model response.
 * Currently supported values are:
 * <ul>
 * <li>{@code web_search_call.action.sources}: Include the sources of the web search tool
 * call.</li>
 * <li>{@code code_interpreter_call.outputs}: Includes the outputs of python code
 * execution in code interpreter tool call items.</li>
 * <li>{@code computer_call_output.output.image_url}: Include image urls from the computer
 * call output.</li>
 * <li>{@code file_search_call.results}: Include the search results of the file search
 * tool call.</li>
 * <li>{@code message.input_image.image_url}: Include image urls from the input
 * message.</li>
 * <li>{@code message.output_text.logprobs}: Include logprobs with assistant
 * messages.</li>
 * <li>{@code reasoning.encrypted_content}: Includes an encrypted version of reasoning
 * tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn
 * conversations when using the Responses API statelessly (like when the {@code store}
 * parameter is set to {@code false}, or when an organization is enrolled in the zero data
 * retention program).</li>
 * </ul>
 * @param parallelToolCalls Whether to allow the model to run tool calls in parallel.
 * @param store Whether to store the generated model response for later retrieval via API.
 * @param instructions A system (or developer) message inserted into the model's context.
 * <p>
 * When using along with {@code previous_response_id}, the instructions from a previous
 * response will not be carried over to the next response. This makes it simple to swap
 * out system (or developer) messages in new responses.
 * @param stream If set to true, the model response data will be streamed to the client as
 * it is generated using <a href=
 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
 * events</a>. See the
 * <a href="https://platform.openai.com/docs/api-reference/responses-streaming">Streaming
 * section below</a> for more information.
 * @param streamOptions Options for streaming responses. Only set this when you set
 * {@code stream: true}.
 * @param conversation The conversation that this response belongs to. Items from this
 * conversation are prepended to {@code input_items} for this response request. Input
 * items and output items from this response are automatically added to this conversation
 * after this response completes.
 * @param contextManagement Context management configuration for this request.
 * @param maxOutputTokens An upper bound for the number of tokens that can be generated
 * for a response, including visible output tokens and
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning tokens</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponsesClientEventResponseCreate.Reader.class)
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

	/**
	 * Creates a {@link ResponsesClientEventResponseCreate}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the client event.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param topLogprobs An integer between 0 and 20 specifying the number of most likely
	 * tokens to return at each token position, each with an associated log probability.
	 * @param temperature What sampling temperature to use, between 0 and 2.
	 * @param topP An alternative to sampling with temperature, called nucleus sampling,
	 * where the model considers the results of the tokens with top_p probability mass.
	 * @param user This field is being replaced by {@code safety_identifier} and
	 * {@code prompt_cache_key}.
	 * @param safetyIdentifier A stable identifier used to help detect users of your
	 * application that may be violating OpenAI's usage policies.
	 * @param promptCacheKey Used by OpenAI to cache responses for similar requests to
	 * optimize your cache hit rates.
	 * @param serviceTier Specifies the processing type used for serving the request.
	 * @param promptCacheRetention The retention policy for the prompt cache.
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
	 * @param input Text, image, or file inputs to the model, used to generate a response.
	 * @param include Specify additional output data to include in the model response.
	 * @param parallelToolCalls Whether to allow the model to run tool calls in parallel.
	 * @param store Whether to store the generated model response for later retrieval via
	 * API.
	 * @param instructions A system (or developer) message inserted into the model's
	 * context.
	 * @param stream If set to true, the model response data will be streamed to the
	 * client as it is generated using <a href=
	 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
	 * events</a>.
	 * @param streamOptions Options for streaming responses.
	 * @param conversation The conversation that this response belongs to.
	 * @param contextManagement Context management configuration for this request.
	 * @param maxOutputTokens An upper bound for the number of tokens that can be
	 * generated for a response, including visible output tokens and
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning tokens</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponsesClientEventResponseCreate {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * This field is being replaced by {@code safety_identifier} and
	 * {@code prompt_cache_key}. Use {@code prompt_cache_key} instead to maintain caching
	 * optimizations. A stable identifier for your end-users. Used to boost cache hit
	 * rates by better bucketing similar requests and to help OpenAI detect and prevent
	 * abuse. <a href=
	 * "https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers">Learn
	 * more</a>.
	 * <p>
	 * <strong>Deprecated:</strong> This field is being replaced by
	 * {@code safety_identifier} and {@code prompt_cache_key}.
	 * @return its value, or null when absent
	 * @deprecated This field is being replaced by {@code safety_identifier} and
	 * {@code prompt_cache_key}.
	 */
	@Deprecated
	@JsonProperty("user")
	public @Nullable String user() {
		return this.user;
	}

	/**
	 * A builder of {@link ResponsesClientEventResponseCreate}.
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
	 * The retention policy for the prompt cache. Set to {@code 24h} to enable extended
	 * prompt caching, which keeps cached prefixes active for longer, up to a maximum of
	 * 24 hours. <a href=
	 * "https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention">Learn
	 * more</a>.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record PromptCacheRetention(@JsonValue String value) {
		/**
		 * The value {@code in_memory}.
		 */
		public static final PromptCacheRetention IN_MEMORY = new PromptCacheRetention("in_memory");

		/**
		 * The value {@code 24h}.
		 */
		public static final PromptCacheRetention V24H = new PromptCacheRetention("24h");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public PromptCacheRetention {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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

		/**
		 * The list that {@code input} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<InputItem> inputAdded;

		private InputParam.@Nullable InputItemList inputAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.create";
		}

		private Builder(ResponsesClientEventResponseCreate source) {
			this.type = source.type();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
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
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.prompt = source.prompt();
			this.truncation = source.truncation();
			this.input = source.input();
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.parallelToolCalls = source.parallelToolCalls();
			this.store = source.store();
			this.instructions = source.instructions();
			this.stream = source.stream();
			this.streamOptions = source.streamOptions();
			this.conversation = source.conversation();
			this.contextManagement = (source.contextManagement() != null) ? new ArrayList<>(source.contextManagement())
					: null;
			this.maxOutputTokens = source.maxOutputTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * An integer between 0 and 20 specifying the number of most likely tokens to
		 * return at each token position, each with an associated log probability.
		 * @param topLogprobs the value
		 * @return this builder
		 */
		public Builder topLogprobs(@Nullable Long topLogprobs) {
			this.topLogprobs = topLogprobs;
			return this;
		}

		/**
		 * What sampling temperature to use, between 0 and 2.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * An alternative to sampling with temperature, called nucleus sampling, where the
		 * model considers the results of the tokens with top_p probability mass.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * This field is being replaced by {@code safety_identifier} and
		 * {@code prompt_cache_key}.
		 * @param user the value
		 * @return this builder
		 * @deprecated This field is being replaced by {@code safety_identifier} and
		 * {@code prompt_cache_key}.
		 */
		@Deprecated
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * A stable identifier used to help detect users of your application that may be
		 * violating OpenAI's usage policies.
		 * @param safetyIdentifier the value
		 * @return this builder
		 */
		public Builder safetyIdentifier(@Nullable String safetyIdentifier) {
			this.safetyIdentifier = safetyIdentifier;
			return this;
		}

		/**
		 * Used by OpenAI to cache responses for similar requests to optimize your cache
		 * hit rates.
		 * @param promptCacheKey the value
		 * @return this builder
		 */
		public Builder promptCacheKey(@Nullable String promptCacheKey) {
			this.promptCacheKey = promptCacheKey;
			return this;
		}

		/**
		 * Specifies the processing type used for serving the request.
		 * @param serviceTier the value
		 * @return this builder
		 */
		public Builder serviceTier(@Nullable ServiceTier serviceTier) {
			this.serviceTier = serviceTier;
			return this;
		}

		/**
		 * Specifies the processing type used for serving the request.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder serviceTier(String value) {
			return serviceTier(ServiceTier.of(value));
		}

		/**
		 * The retention policy for the prompt cache.
		 * @param promptCacheRetention the value
		 * @return this builder
		 */
		public Builder promptCacheRetention(@Nullable PromptCacheRetention promptCacheRetention) {
			this.promptCacheRetention = promptCacheRetention;
			return this;
		}

		/**
		 * The retention policy for the prompt cache.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder promptCacheRetention(String value) {
			return promptCacheRetention(PromptCacheRetention.of(value));
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
		 * Text, image, or file inputs to the model, used to generate a response.
		 * @param input the value
		 * @return this builder
		 */
		public Builder input(@Nullable InputParam input) {
			this.input = input;
			return this;
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response.
		 * <p>
		 * Takes the value of a {@link InputParam.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(String value) {
			return input(new InputParam.StringValue(value));
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response.
		 * <p>
		 * Takes the value of a {@link InputParam.InputItemList}, copying the list.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(List<? extends InputItem> value) {
			return input(new InputParam.InputItemList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param input the item to add
		 * @return this builder
		 */
		public Builder addInput(InputItem input) {
			Objects.requireNonNull(input, "'input' must not be null");
			if (this.inputAdded == null || this.input != this.inputAddedTo) {
				List<InputItem> items = new ArrayList<>();
				if (this.input instanceof InputParam.InputItemList held) {
					items.addAll(held.value());
				}
				else if (this.input != null) {
					throw new IllegalStateException("Cannot add to 'input', which holds a "
							+ this.input.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.inputAdded = items;
				this.inputAddedTo = new InputParam.InputItemList(Collections.unmodifiableList(items));
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
		 * Specify additional output data to include in the model response.
		 * <p>
		 * Takes a copy of the list.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeEnum> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		/**
		 * Specify additional output data to include in the model response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param include the item to add
		 * @return this builder
		 */
		public Builder addInclude(IncludeEnum include) {
			Objects.requireNonNull(include, "'include' must not be null");
			if (this.include == null) {
				this.include = new ArrayList<>();
			}
			this.include.add(include);
			return this;
		}

		/**
		 * Specify additional output data to include in the model response.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addInclude(String value) {
			return addInclude(IncludeEnum.of(value));
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
		 * Whether to store the generated model response for later retrieval via API.
		 * @param store the value
		 * @return this builder
		 */
		public Builder store(@Nullable Boolean store) {
			this.store = store;
			return this;
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
		 * If set to true, the model response data will be streamed to the client as it is
		 * generated using <a href=
		 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
		 * events</a>.
		 * @param stream the value
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		/**
		 * Options for streaming responses.
		 * @param streamOptions the value
		 * @return this builder
		 */
		public Builder streamOptions(@Nullable ResponseStreamOptions streamOptions) {
			this.streamOptions = streamOptions;
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
		 * Context management configuration for this request.
		 * <p>
		 * Takes a copy of the list.
		 * @param contextManagement the value
		 * @return this builder
		 */
		public Builder contextManagement(@Nullable List<ContextManagementParam> contextManagement) {
			this.contextManagement = (contextManagement != null) ? new ArrayList<>(contextManagement) : null;
			return this;
		}

		/**
		 * Context management configuration for this request.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param contextManagement the item to add
		 * @return this builder
		 */
		public Builder addContextManagement(ContextManagementParam contextManagement) {
			Objects.requireNonNull(contextManagement, "'contextManagement' must not be null");
			if (this.contextManagement == null) {
				this.contextManagement = new ArrayList<>();
			}
			this.contextManagement.add(contextManagement);
			return this;
		}

		/**
		 * An upper bound for the number of tokens that can be generated for a response,
		 * including visible output tokens and
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * tokens</a>.
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
			ResponsesClientEventResponseCreate value = new ResponsesClientEventResponseCreate(this.type,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.topLogprobs, this.temperature, this.topP, this.user, this.safetyIdentifier,
					this.promptCacheKey, this.serviceTier, this.promptCacheRetention, this.previousResponseId,
					this.model, this.reasoning, this.background, this.maxToolCalls, this.text,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.prompt, this.truncation, this.input,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.parallelToolCalls, this.store, this.instructions, this.stream, this.streamOptions,
					this.conversation,
					(this.contextManagement != null)
							? Collections.unmodifiableList(new ArrayList<>(this.contextManagement)) : null,
					this.maxOutputTokens, this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.inputAdded = null;
			this.inputAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link ResponsesClientEventResponseCreate} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponsesClientEventResponseCreate> {

		Reader() {
			super(ResponsesClientEventResponseCreate.class, "type", "metadata", "top_logprobs", "temperature", "top_p",
					"user", "safety_identifier", "prompt_cache_key", "service_tier", "prompt_cache_retention",
					"previous_response_id", "model", "reasoning", "background", "max_tool_calls", "text", "tools",
					"tool_choice", "prompt", "truncation", "input", "include", "parallel_tool_calls", "store",
					"instructions", "stream", "stream_options", "conversation", "context_management",
					"max_output_tokens");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 8 -> ServiceTier.of(value);
				case 9 -> PromptCacheRetention.of(value);
				case 11 -> ModelIdsResponses.of(value);
				case 19 -> Truncation.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ResponsesClientEventResponseCreate create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponsesClientEventResponseCreate((String) values[0], (Map<String, String>) values[1],
					(Long) values[2], (Double) values[3], (Double) values[4], (String) values[5], (String) values[6],
					(String) values[7], (ServiceTier) values[8], (PromptCacheRetention) values[9], (String) values[10],
					(ModelIdsResponses) values[11], (Reasoning) values[12], (Boolean) values[13], (Long) values[14],
					(ResponseTextParam) values[15], (List<Tool>) values[16], (ToolChoiceParam) values[17],
					(Prompt) values[18], (Truncation) values[19], (InputParam) values[20],
					(List<IncludeEnum>) values[21], (Boolean) values[22], (Boolean) values[23], (String) values[24],
					(Boolean) values[25], (ResponseStreamOptions) values[26], (ConversationParam) values[27],
					(List<ContextManagementParam>) values[28], (Long) values[29], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponsesClientEventResponseCreate} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponsesClientEventResponseCreate> {

		Writer() {
			super(ResponsesClientEventResponseCreate.class, "type", "metadata", "top_logprobs", "temperature", "top_p",
					"user", "safety_identifier", "prompt_cache_key", "service_tier", "prompt_cache_retention",
					"previous_response_id", "model", "reasoning", "background", "max_tool_calls", "text", "tools",
					"tool_choice", "prompt", "truncation", "input", "include", "parallel_tool_calls", "store",
					"instructions", "stream", "stream_options", "conversation", "context_management",
					"max_output_tokens");
		}

		@Override
		protected @Nullable Object value(ResponsesClientEventResponseCreate record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.metadata();
				case 2 -> record.topLogprobs();
				case 3 -> record.temperature();
				case 4 -> record.topP();
				case 5 -> record.user();
				case 6 -> record.safetyIdentifier();
				case 7 -> record.promptCacheKey();
				case 8 -> record.serviceTier();
				case 9 -> record.promptCacheRetention();
				case 10 -> record.previousResponseId();
				case 11 -> record.model();
				case 12 -> record.reasoning();
				case 13 -> record.background();
				case 14 -> record.maxToolCalls();
				case 15 -> record.text();
				case 16 -> record.tools();
				case 17 -> record.toolChoice();
				case 18 -> record.prompt();
				case 19 -> record.truncation();
				case 20 -> record.input();
				case 21 -> record.include();
				case 22 -> record.parallelToolCalls();
				case 23 -> record.store();
				case 24 -> record.instructions();
				case 25 -> record.stream();
				case 26 -> record.streamOptions();
				case 27 -> record.conversation();
				case 28 -> record.contextManagement();
				case 29 -> record.maxOutputTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponsesClientEventResponseCreate record) {
			return record.additionalProperties();
		}

	}
}

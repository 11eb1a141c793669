// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
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
 * The request body of {@code POST /chat/completions}: <strong>Starting a new
 * project?</strong> We recommend trying
 * <a href="https://platform.openai.com/docs/api-reference/responses">Responses</a> to
 * take advantage of the latest OpenAI platform features.
 *
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param topLogprobs An integer between 0 and 20 specifying the number of most likely
 * tokens to return at each token position, each with an associated log probability.
 * {@code logprobs} must be set to {@code true} if this parameter is used.
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
 * @param messages A list of messages comprising the conversation so far. Depending on the
 * <a href="https://platform.openai.com/docs/models">model</a> you use, different message
 * types (modalities) are supported, like
 * <a href="https://platform.openai.com/docs/guides/text-generation">text</a>,
 * <a href="https://platform.openai.com/docs/guides/vision">images</a>, and
 * <a href="https://platform.openai.com/docs/guides/audio">audio</a>.
 * @param model Model ID used to generate the response, like {@code gpt-4o} or {@code o3}.
 * OpenAI offers a wide range of models with different capabilities, performance
 * characteristics, and price points. Refer to the
 * <a href="https://platform.openai.com/docs/models">model guide</a> to browse and compare
 * available models.
 * @param modalities Output types that you would like the model to generate. Most models
 * are capable of generating text, which is the default:
 * <p>
 * {@code ["text"]}
 * <p>
 * The {@code gpt-4o-audio-preview} model can also be used to
 * <a href="https://platform.openai.com/docs/guides/audio">generate audio</a>. To request
 * that this model generate both text and audio responses, you can use:
 * <p>
 * {@code ["text", "audio"]}
 * @param verbosity Constrains the verbosity of the model's response. Lower values will
 * result in more concise responses, while higher values will result in more verbose
 * responses. Currently supported values are {@code low}, {@code medium}, and
 * {@code high}.
 * @param reasoningEffort Constrains effort on reasoning for
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
 * Currently supported values are {@code none}, {@code minimal}, {@code low},
 * {@code medium}, {@code high}, and {@code xhigh}. Reducing reasoning effort can result
 * in faster responses and fewer tokens used on reasoning in a response.
 * <ul>
 * <li>{@code gpt-5.1} defaults to {@code none}, which does not perform reasoning. The
 * supported reasoning values for {@code gpt-5.1} are {@code none}, {@code low},
 * {@code medium}, and {@code high}. Tool calls are supported for all reasoning values in
 * gpt-5.1.</li>
 * <li>All models before {@code gpt-5.1} default to {@code medium} reasoning effort, and
 * do not support {@code none}.</li>
 * <li>The {@code gpt-5-pro} model defaults to (and only supports) {@code high} reasoning
 * effort.</li>
 * <li>{@code xhigh} is supported for all models after {@code gpt-5.1-codex-max}.</li>
 * </ul>
 * @param maxCompletionTokens An upper bound for the number of tokens that can be
 * generated for a completion, including visible output tokens and
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning tokens</a>.
 * @param frequencyPenalty Number between -2.0 and 2.0. Positive values penalize new
 * tokens based on their existing frequency in the text so far, decreasing the model's
 * likelihood to repeat the same line verbatim.
 * @param presencePenalty Number between -2.0 and 2.0. Positive values penalize new tokens
 * based on whether they appear in the text so far, increasing the model's likelihood to
 * talk about new topics.
 * @param webSearchOptions This tool searches the web for relevant results to use in a
 * response. Learn more about the
 * <a href="https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat">web
 * search tool</a>.
 * @param responseFormat An object specifying the format that the model must output.
 * <p>
 * Setting to {@code { "type": "json_schema", "json_schema": {...} }} enables Structured
 * Outputs which ensures the model will match your supplied JSON schema. Learn more in the
 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured Outputs
 * guide</a>.
 * <p>
 * Setting to {@code { "type": "json_object" }} enables the older JSON mode, which ensures
 * the message the model generates is valid JSON. Using {@code json_schema} is preferred
 * for models that support it.
 * @param audio Parameters for audio output. Required when audio output is requested with
 * {@code modalities: ["audio"]}.
 * <a href="https://platform.openai.com/docs/guides/audio">Learn more</a>.
 * @param store Whether or not to store the output of this chat completion request for use
 * in our <a href="https://platform.openai.com/docs/guides/distillation">model
 * distillation</a> or <a href="https://platform.openai.com/docs/guides/evals">evals</a>
 * products.
 * <p>
 * Supports text and image inputs. Note: image inputs over 8MB will be dropped.
 * @param stream If set to true, the model response data will be streamed to the client as
 * it is generated using <a href=
 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
 * events</a>. See the
 * <a href="https://platform.openai.com/docs/api-reference/chat/streaming">Streaming
 * section below</a> for more information, along with the
 * <a href="https://platform.openai.com/docs/guides/streaming-responses">streaming
 * responses</a> guide for more information on how to handle the streaming events.
 * @param stop Not supported with latest reasoning models {@code o3} and {@code o4-mini}.
 * <p>
 * Up to 4 sequences where the API will stop generating further tokens. The returned text
 * will not contain the stop sequence.
 * @param logitBias Modify the likelihood of specified tokens appearing in the completion.
 * <p>
 * Accepts a JSON object that maps tokens (specified by their token ID in the tokenizer)
 * to an associated bias value from -100 to 100. Mathematically, the bias is added to the
 * logits generated by the model prior to sampling. The exact effect will vary per model,
 * but values between -1 and 1 should decrease or increase likelihood of selection; values
 * like -100 or 100 should result in a ban or exclusive selection of the relevant token.
 * @param logprobs Whether to return log probabilities of the output tokens or not. If
 * true, returns the log probabilities of each output token returned in the
 * {@code content} of {@code message}.
 * @param maxTokens The maximum number of
 * <a href="https://platform.openai.com/tokenizer">tokens</a> that can be generated in the
 * chat completion. This value can be used to control
 * <a href="https://openai.com/api/pricing/">costs</a> for text generated via API.
 * <p>
 * This value is now deprecated in favor of {@code max_completion_tokens}, and is not
 * compatible with <a href="https://platform.openai.com/docs/guides/reasoning">o-series
 * models</a>.
 * @param n How many chat completion choices to generate for each input message. Note that
 * you will be charged based on the number of generated tokens across all of the choices.
 * Keep {@code n} as {@code 1} to minimize costs.
 * @param prediction Configuration for a
 * <a href="https://platform.openai.com/docs/guides/predicted-outputs">Predicted
 * Output</a>, which can greatly improve response times when large parts of the model
 * response are known ahead of time. This is most common when you are regenerating a file
 * with only minor changes to most of the content.
 * @param seed This feature is in Beta. If specified, our system will make a best effort
 * to sample deterministically, such that repeated requests with the same {@code seed} and
 * parameters should return the same result. Determinism is not guaranteed, and you should
 * refer to the {@code system_fingerprint} response parameter to monitor changes in the
 * backend.
 * <p>
 * <strong>Deprecated:</strong> The API description marks it deprecated and names no
 * replacement.
 * @param streamOptions Options for streaming response. Only set this when you set
 * {@code stream: true}.
 * @param tools A list of tools the model may call. You can provide either
 * <a href="https://platform.openai.com/docs/guides/function-calling#custom-tools">custom
 * tools</a> or
 * <a href="https://platform.openai.com/docs/guides/function-calling">function tools</a>.
 * @param toolChoice Controls which (if any) tool is called by the model. {@code none}
 * means the model will not call any tool and instead generates a message. {@code auto}
 * means the model can pick between generating a message or calling one or more tools.
 * {@code required} means the model must call one or more tools. Specifying a particular
 * tool via {@code {"type": "function", "function": {"name": "my_function"}}} forces the
 * model to call that tool.
 * <p>
 * {@code none} is the default when no tools are present. {@code auto} is the default if
 * tools are present.
 * @param parallelToolCalls Whether to enable <a href=
 * "https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling">parallel
 * function calling</a> during tool use.
 * @param functionCall Deprecated in favor of {@code tool_choice}.
 * <p>
 * Controls which (if any) function is called by the model.
 * <p>
 * {@code none} means the model will not call a function and instead generates a message.
 * <p>
 * {@code auto} means the model can pick between generating a message or calling a
 * function.
 * <p>
 * Specifying a particular function via {@code {"name": "my_function"}} forces the model
 * to call that function.
 * <p>
 * {@code none} is the default when no functions are present. {@code auto} is the default
 * if functions are present.
 * @param functions Deprecated in favor of {@code tools}.
 * <p>
 * A list of functions the model may generate JSON inputs for.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateChatCompletionRequest.Reader.class)
@SuppressWarnings("deprecation")
public record CreateChatCompletionRequest(@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("top_logprobs") @Nullable Long topLogprobs,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("user") @Nullable String user,
		@JsonProperty("safety_identifier") @Nullable String safetyIdentifier,
		@JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
		@JsonProperty("service_tier") @Nullable ServiceTier serviceTier,
		@JsonProperty("prompt_cache_retention") CreateChatCompletionRequest.@Nullable PromptCacheRetention promptCacheRetention,
		@JsonProperty("messages") List<ChatCompletionRequestMessage> messages,
		@JsonProperty("model") ModelIdsShared model,
		@JsonProperty("modalities") @Nullable List<ResponseModality> modalities,
		@JsonProperty("verbosity") @Nullable Verbosity verbosity,
		@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
		@JsonProperty("max_completion_tokens") @Nullable Long maxCompletionTokens,
		@JsonProperty("frequency_penalty") @Nullable Double frequencyPenalty,
		@JsonProperty("presence_penalty") @Nullable Double presencePenalty,
		@JsonProperty("web_search_options") CreateChatCompletionRequest.@Nullable WebSearchOptions webSearchOptions,
		@JsonProperty("response_format") CreateChatCompletionRequest.@Nullable ResponseFormat responseFormat,
		@JsonProperty("audio") CreateChatCompletionRequest.@Nullable Audio audio,
		@JsonProperty("store") @Nullable Boolean store, @JsonProperty("stream") @Nullable Boolean stream,
		@JsonProperty("stop") @Nullable StopConfiguration stop,
		@JsonProperty("logit_bias") @Nullable Map<String, Long> logitBias,
		@JsonProperty("logprobs") @Nullable Boolean logprobs, @JsonProperty("max_tokens") @Nullable Long maxTokens,
		@JsonProperty("n") @Nullable Long n, @JsonProperty("prediction") @Nullable PredictionContent prediction,
		@JsonProperty("seed") @Nullable Long seed,
		@JsonProperty("stream_options") @Nullable ChatCompletionStreamOptions streamOptions,
		@JsonProperty("tools") @Nullable List<CreateChatCompletionRequest.Tool> tools,
		@JsonProperty("tool_choice") @Nullable ChatCompletionToolChoiceOption toolChoice,
		@JsonProperty("parallel_tool_calls") @Nullable Boolean parallelToolCalls,
		@JsonProperty("function_call") CreateChatCompletionRequest.@Nullable FunctionCall functionCall,
		@JsonProperty("functions") @Nullable List<ChatCompletionFunctions> functions,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateChatCompletionRequest}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
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
	 * @param messages A list of messages comprising the conversation so far.
	 * @param model Model ID used to generate the response, like {@code gpt-4o} or
	 * {@code o3}.
	 * @param modalities Output types that you would like the model to generate.
	 * @param verbosity Constrains the verbosity of the model's response.
	 * @param reasoningEffort Constrains effort on reasoning for
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
	 * @param maxCompletionTokens An upper bound for the number of tokens that can be
	 * generated for a completion, including visible output tokens and
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning tokens</a>.
	 * @param frequencyPenalty Number between -2.0 and 2.0.
	 * @param presencePenalty Number between -2.0 and 2.0.
	 * @param webSearchOptions This tool searches the web for relevant results to use in a
	 * response.
	 * @param responseFormat An object specifying the format that the model must output.
	 * @param audio Parameters for audio output.
	 * @param store Whether or not to store the output of this chat completion request for
	 * use in our <a href="https://platform.openai.com/docs/guides/distillation">model
	 * distillation</a> or
	 * <a href="https://platform.openai.com/docs/guides/evals">evals</a> products.
	 * @param stream If set to true, the model response data will be streamed to the
	 * client as it is generated using <a href=
	 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
	 * events</a>.
	 * @param stop Not supported with latest reasoning models {@code o3} and
	 * {@code o4-mini}.
	 * @param logitBias Modify the likelihood of specified tokens appearing in the
	 * completion.
	 * @param logprobs Whether to return log probabilities of the output tokens or not.
	 * @param maxTokens The maximum number of
	 * <a href="https://platform.openai.com/tokenizer">tokens</a> that can be generated in
	 * the chat completion.
	 * @param n How many chat completion choices to generate for each input message.
	 * @param prediction Configuration for a
	 * <a href="https://platform.openai.com/docs/guides/predicted-outputs">Predicted
	 * Output</a>, which can greatly improve response times when large parts of the model
	 * response are known ahead of time.
	 * @param seed This feature is in Beta.
	 * @param streamOptions Options for streaming response.
	 * @param tools A list of tools the model may call.
	 * @param toolChoice Controls which (if any) tool is called by the model.
	 * @param parallelToolCalls Whether to enable <a href=
	 * "https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling">parallel
	 * function calling</a> during tool use.
	 * @param functionCall Deprecated in favor of {@code tool_choice}.
	 * @param functions Deprecated in favor of {@code tools}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateChatCompletionRequest {
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
	 * The maximum number of <a href="https://platform.openai.com/tokenizer">tokens</a>
	 * that can be generated in the chat completion. This value can be used to control
	 * <a href="https://openai.com/api/pricing/">costs</a> for text generated via API.
	 * <p>
	 * This value is now deprecated in favor of {@code max_completion_tokens}, and is not
	 * compatible with
	 * <a href="https://platform.openai.com/docs/guides/reasoning">o-series models</a>.
	 * @return its value, or null when absent
	 * @deprecated This value is now deprecated in favor of {@code max_completion_tokens},
	 * and is not compatible with
	 * <a href="https://platform.openai.com/docs/guides/reasoning">o-series models</a>.
	 */
	@Deprecated
	@JsonProperty("max_tokens")
	public @Nullable Long maxTokens() {
		return this.maxTokens;
	}

	/**
	 * This feature is in Beta. If specified, our system will make a best effort to sample
	 * deterministically, such that repeated requests with the same {@code seed} and
	 * parameters should return the same result. Determinism is not guaranteed, and you
	 * should refer to the {@code system_fingerprint} response parameter to monitor
	 * changes in the backend.
	 * <p>
	 * <strong>Deprecated:</strong> The API description marks it deprecated and names no
	 * replacement.
	 * @return its value, or null when absent
	 * @deprecated The API description marks it deprecated and names no replacement.
	 */
	@Deprecated
	@JsonProperty("seed")
	public @Nullable Long seed() {
		return this.seed;
	}

	/**
	 * Deprecated in favor of {@code tool_choice}.
	 * <p>
	 * Controls which (if any) function is called by the model.
	 * <p>
	 * {@code none} means the model will not call a function and instead generates a
	 * message.
	 * <p>
	 * {@code auto} means the model can pick between generating a message or calling a
	 * function.
	 * <p>
	 * Specifying a particular function via {@code {"name": "my_function"}} forces the
	 * model to call that function.
	 * <p>
	 * {@code none} is the default when no functions are present. {@code auto} is the
	 * default if functions are present.
	 * @return its value, or null when absent
	 * @deprecated Deprecated in favor of {@code tool_choice}.
	 */
	@Deprecated
	@JsonProperty("function_call")
	public @Nullable FunctionCall functionCall() {
		return this.functionCall;
	}

	/**
	 * Deprecated in favor of {@code tools}.
	 * <p>
	 * A list of functions the model may generate JSON inputs for.
	 * @return its value, or null when absent
	 * @deprecated Deprecated in favor of {@code tools}.
	 */
	@Deprecated
	@JsonProperty("functions")
	public @Nullable List<ChatCompletionFunctions> functions() {
		return this.functions;
	}

	/**
	 * A builder of {@link CreateChatCompletionRequest}.
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
	 * This tool searches the web for relevant results to use in a response. Learn more
	 * about the <a href=
	 * "https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat">web search
	 * tool</a>.
	 *
	 * @param userLocation Approximate location parameters for the search.
	 * @param searchContextSize High level guidance for the amount of context window space
	 * to use for the search. One of {@code low}, {@code medium}, or {@code high}.
	 * {@code medium} is the default.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = WebSearchOptions.Reader.class)
	public static record WebSearchOptions(
			@JsonProperty("user_location") WebSearchOptions.@Nullable UserLocation userLocation,
			@JsonProperty("search_context_size") @Nullable WebSearchContextSize searchContextSize,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link WebSearchOptions}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param userLocation Approximate location parameters for the search.
		 * @param searchContextSize High level guidance for the amount of context window
		 * space to use for the search.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public WebSearchOptions {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link WebSearchOptions}.
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
		 * Approximate location parameters for the search.
		 *
		 * @param type The type of location approximation. Always {@code approximate}.
		 * @param approximate Approximate location parameters for the search.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = UserLocation.Reader.class)
		public static record UserLocation(@JsonProperty("type") String type,
				@JsonProperty("approximate") WebSearchLocation approximate,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link UserLocation}, filling in {@code type} with its single
			 * possible value when absent; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param type The type of location approximation.
			 * @param approximate Approximate location parameters for the search.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public UserLocation {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link UserLocation}.
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
			 * Builds a {@link UserLocation}.
			 */
			public static final class Builder {

				private @Nullable String type;

				private @Nullable WebSearchLocation approximate;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
					this.type = "approximate";
				}

				private Builder(UserLocation source) {
					this.type = source.type();
					this.approximate = source.approximate();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Approximate location parameters for the search.
				 * @param approximate the value (required)
				 * @return this builder
				 */
				public Builder approximate(@Nullable WebSearchLocation approximate) {
					this.approximate = approximate;
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
				public UserLocation build() {
					return new UserLocation(this.type,
							Objects.requireNonNull(this.approximate, "'approximate' is required"),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link UserLocation} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<UserLocation> {

				Reader() {
					super(UserLocation.class, "type", "approximate");
				}

				@Override
				protected UserLocation create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new UserLocation((String) values[0], (WebSearchLocation) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link UserLocation} without reflection; the client's mapper finds
			 * it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<UserLocation> {

				Writer() {
					super(UserLocation.class, "type", "approximate");
				}

				@Override
				protected @Nullable Object value(UserLocation record, int index) {
					return switch (index) {
						case 0 -> record.type();
						case 1 -> record.approximate();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(UserLocation record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link WebSearchOptions}.
		 */
		public static final class Builder {

			private @Nullable UserLocation userLocation;

			private @Nullable WebSearchContextSize searchContextSize;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(WebSearchOptions source) {
				this.userLocation = source.userLocation();
				this.searchContextSize = source.searchContextSize();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Approximate location parameters for the search.
			 * @param userLocation the value
			 * @return this builder
			 */
			public Builder userLocation(@Nullable UserLocation userLocation) {
				this.userLocation = userLocation;
				return this;
			}

			/**
			 * High level guidance for the amount of context window space to use for the
			 * search.
			 * @param searchContextSize the value
			 * @return this builder
			 */
			public Builder searchContextSize(@Nullable WebSearchContextSize searchContextSize) {
				this.searchContextSize = searchContextSize;
				return this;
			}

			/**
			 * High level guidance for the amount of context window space to use for the
			 * search.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder searchContextSize(String value) {
				return searchContextSize(WebSearchContextSize.of(value));
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
			public WebSearchOptions build() {
				return new WebSearchOptions(this.userLocation, this.searchContextSize, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link WebSearchOptions} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<WebSearchOptions> {

			Reader() {
				super(WebSearchOptions.class, "user_location", "search_context_size");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 1 -> WebSearchContextSize.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected WebSearchOptions create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new WebSearchOptions((UserLocation) values[0], (WebSearchContextSize) values[1],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link WebSearchOptions} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<WebSearchOptions> {

			Writer() {
				super(WebSearchOptions.class, "user_location", "search_context_size");
			}

			@Override
			protected @Nullable Object value(WebSearchOptions record, int index) {
				return switch (index) {
					case 0 -> record.userLocation();
					case 1 -> record.searchContextSize();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(WebSearchOptions record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * An object specifying the format that the model must output.
	 * <p>
	 * Setting to {@code { "type": "json_schema", "json_schema": {...} }} enables
	 * Structured Outputs which ensures the model will match your supplied JSON schema.
	 * Learn more in the
	 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured
	 * Outputs guide</a>.
	 * <p>
	 * Setting to {@code { "type": "json_object" }} enables the older JSON mode, which
	 * ensures the message the model generates is valid JSON. Using {@code json_schema} is
	 * preferred for models that support it.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ResponseFormat.Deserializer.class)
	public sealed interface ResponseFormat
			permits ResponseFormatText, ResponseFormatJsonSchema, ResponseFormatJsonObject, ResponseFormat.Unknown {

		/**
		 * A {@link ResponseFormat} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ResponseFormat, UnknownVariant {
		}

		/**
		 * Reads a {@link ResponseFormat} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ResponseFormat> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ResponseFormat>variants(Unknown::new)
					.discriminator("type")
					.object(ResponseFormatText.class,
							VariantShape.declaring("type").requiring("type").values("type", "text"))
					.object(ResponseFormatJsonSchema.class,
							VariantShape.declaring("type", "json_schema")
								.requiring("type", "json_schema")
								.values("type", "json_schema"))
					.object(ResponseFormatJsonObject.class,
							VariantShape.declaring("type").requiring("type").values("type", "json_object")));
			}

		}

	}

	/**
	 * Parameters for audio output. Required when audio output is requested with
	 * {@code modalities: ["audio"]}.
	 * <a href="https://platform.openai.com/docs/guides/audio">Learn more</a>.
	 *
	 * @param voice The voice the model uses to respond. Supported built-in voices are
	 * {@code alloy}, {@code ash}, {@code ballad}, {@code coral}, {@code echo},
	 * {@code fable}, {@code nova}, {@code onyx}, {@code sage}, {@code shimmer},
	 * {@code marin}, and {@code cedar}. You may also provide a custom voice object with
	 * an {@code id}, for example {@code { "id": "voice_1234" }}.
	 * @param format Specifies the output audio format. Must be one of {@code wav},
	 * {@code mp3}, {@code flac}, {@code opus}, or {@code pcm16}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Audio.Reader.class)
	public static record Audio(@JsonProperty("voice") VoiceIdsOrCustomVoice voice,
			@JsonProperty("format") Audio.Format format,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Audio}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param voice The voice the model uses to respond.
		 * @param format Specifies the output audio format.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Audio {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Audio}.
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
		 * Specifies the output audio format. Must be one of {@code wav}, {@code mp3},
		 * {@code flac}, {@code opus}, or {@code pcm16}.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Format(@JsonValue String value) {
			/**
			 * The value {@code wav}.
			 */
			public static final Format WAV = new Format("wav");

			/**
			 * The value {@code aac}.
			 */
			public static final Format AAC = new Format("aac");

			/**
			 * The value {@code mp3}.
			 */
			public static final Format MP3 = new Format("mp3");

			/**
			 * The value {@code flac}.
			 */
			public static final Format FLAC = new Format("flac");

			/**
			 * The value {@code opus}.
			 */
			public static final Format OPUS = new Format("opus");

			/**
			 * The value {@code pcm16}.
			 */
			public static final Format PCM16 = new Format("pcm16");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Format {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Format of(String value) {
				return switch (value) {
					case "wav" -> WAV;
					case "aac" -> AAC;
					case "mp3" -> MP3;
					case "flac" -> FLAC;
					case "opus" -> OPUS;
					case "pcm16" -> PCM16;
					default -> new Format(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "wav", "aac", "mp3", "flac", "opus", "pcm16" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link Audio}.
		 */
		public static final class Builder {

			private @Nullable VoiceIdsOrCustomVoice voice;

			private @Nullable Format format;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Audio source) {
				this.voice = source.voice();
				this.format = source.format();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The voice the model uses to respond.
			 * @param voice the value (required)
			 * @return this builder
			 */
			public Builder voice(@Nullable VoiceIdsOrCustomVoice voice) {
				this.voice = voice;
				return this;
			}

			/**
			 * The voice the model uses to respond.
			 * <p>
			 * Takes the value of a {@link VoiceIdsOrCustomVoice.VoiceIdsSharedValue}.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder voice(VoiceIdsShared value) {
				return voice(new VoiceIdsOrCustomVoice.VoiceIdsSharedValue(value));
			}

			/**
			 * Specifies the output audio format.
			 * @param format the value (required)
			 * @return this builder
			 */
			public Builder format(@Nullable Format format) {
				this.format = format;
				return this;
			}

			/**
			 * Specifies the output audio format.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder format(String value) {
				return format(Format.of(value));
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
			public Audio build() {
				return new Audio(Objects.requireNonNull(this.voice, "'voice' is required"),
						Objects.requireNonNull(this.format, "'format' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Audio} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Audio> {

			Reader() {
				super(Audio.class, "voice", "format");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 1 -> Format.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected Audio create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Audio((VoiceIdsOrCustomVoice) values[0], (Format) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Audio} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Audio> {

			Writer() {
				super(Audio.class, "voice", "format");
			}

			@Override
			protected @Nullable Object value(Audio record, int index) {
				return switch (index) {
					case 0 -> record.voice();
					case 1 -> record.format();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Audio record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * An item of a {@link CreateChatCompletionRequest}'s {@code tools}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tool.Deserializer.class)
	public sealed interface Tool permits ChatCompletionTool, CustomToolChatCompletions, Tool.Unknown {

		/**
		 * A {@link Tool} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Tool, UnknownVariant {
		}

		/**
		 * Reads a {@link Tool} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Tool> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Tool>variants(Unknown::new)
					.discriminator("type")
					.object(ChatCompletionTool.class,
							VariantShape.declaring("type", "function")
								.requiring("type", "function")
								.values("type", "function"))
					.object(CustomToolChatCompletions.class,
							VariantShape.declaring("type", "custom")
								.requiring("type", "custom")
								.values("type", "custom")));
			}

		}

	}

	/**
	 * Deprecated in favor of {@code tool_choice}.
	 * <p>
	 * Controls which (if any) function is called by the model.
	 * <p>
	 * {@code none} means the model will not call a function and instead generates a
	 * message.
	 * <p>
	 * {@code auto} means the model can pick between generating a message or calling a
	 * function.
	 * <p>
	 * Specifying a particular function via {@code {"name": "my_function"}} forces the
	 * model to call that function.
	 * <p>
	 * {@code none} is the default when no functions are present. {@code auto} is the
	 * default if functions are present.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = FunctionCall.Deserializer.class)
	public sealed interface FunctionCall
			permits FunctionCall.ItemValue, ChatCompletionFunctionCallOption, FunctionCall.Unknown {

		/**
		 * {@code none} means the model will not call a function and instead generates a
		 * message. {@code auto} means the model can pick between generating a message or
		 * calling a function.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Item(@JsonValue String value) {
			/**
			 * The value {@code none}.
			 */
			public static final Item NONE = new Item("none");

			/**
			 * The value {@code auto}.
			 */
			public static final Item AUTO = new Item("auto");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Item {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Item of(String value) {
				return switch (value) {
					case "none" -> NONE;
					case "auto" -> AUTO;
					default -> new Item(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "none", "auto" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * A {@link FunctionCall} that is a {@code Item}.
		 *
		 * @param value the value
		 */
		record ItemValue(@JsonValue Item value) implements FunctionCall {
			/**
			 * Creates a {@link ItemValue}, rejecting a null value.
			 * @param value the value
			 */
			public ItemValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link FunctionCall} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements FunctionCall, UnknownVariant {
		}

		/**
		 * Reads a {@link FunctionCall} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<FunctionCall> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<FunctionCall>variants(Unknown::new)
					.object(ChatCompletionFunctionCallOption.class, VariantShape.declaring("name").requiring("name"))
					.string(Item.class, ItemValue::new));
			}

		}

	}

	/**
	 * Builds a {@link CreateChatCompletionRequest}.
	 * <p>
	 * {@code stream} is set by the service's call, which decides whether to stream.
	 */
	public static final class Builder {

		private @Nullable Map<String, String> metadata;

		private @Nullable Long topLogprobs;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable String user;

		private @Nullable String safetyIdentifier;

		private @Nullable String promptCacheKey;

		private @Nullable ServiceTier serviceTier;

		private @Nullable PromptCacheRetention promptCacheRetention;

		private @Nullable List<ChatCompletionRequestMessage> messages;

		private @Nullable ModelIdsShared model;

		private @Nullable List<ResponseModality> modalities;

		private @Nullable Verbosity verbosity;

		private @Nullable ReasoningEffort reasoningEffort;

		private @Nullable Long maxCompletionTokens;

		private @Nullable Double frequencyPenalty;

		private @Nullable Double presencePenalty;

		private @Nullable WebSearchOptions webSearchOptions;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Audio audio;

		private @Nullable Boolean store;

		private @Nullable StopConfiguration stop;

		private @Nullable Map<String, Long> logitBias;

		private @Nullable Boolean logprobs;

		private @Nullable Long maxTokens;

		private @Nullable Long n;

		private @Nullable PredictionContent prediction;

		private @Nullable Long seed;

		private @Nullable ChatCompletionStreamOptions streamOptions;

		private @Nullable List<Tool> tools;

		private @Nullable ChatCompletionToolChoiceOption toolChoice;

		private @Nullable Boolean parallelToolCalls;

		private @Nullable FunctionCall functionCall;

		private @Nullable List<ChatCompletionFunctions> functions;

		/**
		 * The list that {@code stop} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<String> stopAdded;

		private StopConfiguration.@Nullable StringList stopAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateChatCompletionRequest source) {
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.topLogprobs = source.topLogprobs();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.user = source.user();
			this.safetyIdentifier = source.safetyIdentifier();
			this.promptCacheKey = source.promptCacheKey();
			this.serviceTier = source.serviceTier();
			this.promptCacheRetention = source.promptCacheRetention();
			this.messages = (source.messages() != null) ? new ArrayList<>(source.messages()) : null;
			this.model = source.model();
			this.modalities = (source.modalities() != null) ? new ArrayList<>(source.modalities()) : null;
			this.verbosity = source.verbosity();
			this.reasoningEffort = source.reasoningEffort();
			this.maxCompletionTokens = source.maxCompletionTokens();
			this.frequencyPenalty = source.frequencyPenalty();
			this.presencePenalty = source.presencePenalty();
			this.webSearchOptions = source.webSearchOptions();
			this.responseFormat = source.responseFormat();
			this.audio = source.audio();
			this.store = source.store();
			this.stop = source.stop();
			this.logitBias = (source.logitBias() != null) ? new LinkedHashMap<>(source.logitBias()) : null;
			this.logprobs = source.logprobs();
			this.maxTokens = source.maxTokens();
			this.n = source.n();
			this.prediction = source.prediction();
			this.seed = source.seed();
			this.streamOptions = source.streamOptions();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.parallelToolCalls = source.parallelToolCalls();
			this.functionCall = source.functionCall();
			this.functions = (source.functions() != null) ? new ArrayList<>(source.functions()) : null;
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
		 * A list of messages comprising the conversation so far.
		 * <p>
		 * Takes a copy of the list.
		 * @param messages the value (required)
		 * @return this builder
		 */
		public Builder messages(@Nullable List<? extends ChatCompletionRequestMessage> messages) {
			this.messages = (messages != null) ? new ArrayList<>(messages) : null;
			return this;
		}

		/**
		 * A list of messages comprising the conversation so far.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param message the item to add
		 * @return this builder
		 */
		public Builder addMessage(ChatCompletionRequestMessage message) {
			Objects.requireNonNull(message, "'message' must not be null");
			if (this.messages == null) {
				this.messages = new ArrayList<>();
			}
			this.messages.add(message);
			return this;
		}

		/**
		 * Adds a message of the {@code developer} role with this text to
		 * {@code messages}: a {@link ChatCompletionRequestDeveloperMessage} whose content
		 * is the text.
		 * @param text the message's text
		 * @return this builder
		 */
		public Builder addDeveloperMessage(String text) {
			return addMessage(ChatCompletionRequestDeveloperMessage.builder().content(text).build());
		}

		/**
		 * Adds a message of the {@code system} role with this text to {@code messages}: a
		 * {@link ChatCompletionRequestSystemMessage} whose content is the text.
		 * @param text the message's text
		 * @return this builder
		 */
		public Builder addSystemMessage(String text) {
			return addMessage(ChatCompletionRequestSystemMessage.builder().content(text).build());
		}

		/**
		 * Adds a message of the {@code user} role with this text to {@code messages}: a
		 * {@link ChatCompletionRequestUserMessage} whose content is the text.
		 * @param text the message's text
		 * @return this builder
		 */
		public Builder addUserMessage(String text) {
			return addMessage(ChatCompletionRequestUserMessage.builder().content(text).build());
		}

		/**
		 * Adds a message of the {@code assistant} role with this text to
		 * {@code messages}: a {@link ChatCompletionRequestAssistantMessage} whose content
		 * is the text.
		 * @param text the message's text
		 * @return this builder
		 */
		public Builder addAssistantMessage(String text) {
			return addMessage(ChatCompletionRequestAssistantMessage.builder().content(text).build());
		}

		/**
		 * Model ID used to generate the response, like {@code gpt-4o} or {@code o3}.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable ModelIdsShared model) {
			this.model = model;
			return this;
		}

		/**
		 * Model ID used to generate the response, like {@code gpt-4o} or {@code o3}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(ModelIdsShared.of(value));
		}

		/**
		 * Output types that you would like the model to generate.
		 * <p>
		 * Takes a copy of the list.
		 * @param modalities the value
		 * @return this builder
		 */
		public Builder modalities(@Nullable List<ResponseModality> modalities) {
			this.modalities = (modalities != null) ? new ArrayList<>(modalities) : null;
			return this;
		}

		/**
		 * Output types that you would like the model to generate.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param modality the item to add
		 * @return this builder
		 */
		public Builder addModality(ResponseModality modality) {
			Objects.requireNonNull(modality, "'modality' must not be null");
			if (this.modalities == null) {
				this.modalities = new ArrayList<>();
			}
			this.modalities.add(modality);
			return this;
		}

		/**
		 * Output types that you would like the model to generate.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addModality(String value) {
			return addModality(ResponseModality.of(value));
		}

		/**
		 * Constrains the verbosity of the model's response.
		 * @param verbosity the value
		 * @return this builder
		 */
		public Builder verbosity(@Nullable Verbosity verbosity) {
			this.verbosity = verbosity;
			return this;
		}

		/**
		 * Constrains the verbosity of the model's response.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder verbosity(String value) {
			return verbosity(Verbosity.of(value));
		}

		/**
		 * Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * @param reasoningEffort the value
		 * @return this builder
		 */
		public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		/**
		 * Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder reasoningEffort(String value) {
			return reasoningEffort(ReasoningEffort.of(value));
		}

		/**
		 * An upper bound for the number of tokens that can be generated for a completion,
		 * including visible output tokens and
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * tokens</a>.
		 * @param maxCompletionTokens the value
		 * @return this builder
		 */
		public Builder maxCompletionTokens(@Nullable Long maxCompletionTokens) {
			this.maxCompletionTokens = maxCompletionTokens;
			return this;
		}

		/**
		 * Number between -2.0 and 2.0.
		 * @param frequencyPenalty the value
		 * @return this builder
		 */
		public Builder frequencyPenalty(@Nullable Double frequencyPenalty) {
			this.frequencyPenalty = frequencyPenalty;
			return this;
		}

		/**
		 * Number between -2.0 and 2.0.
		 * @param presencePenalty the value
		 * @return this builder
		 */
		public Builder presencePenalty(@Nullable Double presencePenalty) {
			this.presencePenalty = presencePenalty;
			return this;
		}

		/**
		 * This tool searches the web for relevant results to use in a response.
		 * @param webSearchOptions the value
		 * @return this builder
		 */
		public Builder webSearchOptions(@Nullable WebSearchOptions webSearchOptions) {
			this.webSearchOptions = webSearchOptions;
			return this;
		}

		/**
		 * An object specifying the format that the model must output.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Parameters for audio output.
		 * @param audio the value
		 * @return this builder
		 */
		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
			return this;
		}

		/**
		 * Whether or not to store the output of this chat completion request for use in
		 * our <a href="https://platform.openai.com/docs/guides/distillation">model
		 * distillation</a> or
		 * <a href="https://platform.openai.com/docs/guides/evals">evals</a> products.
		 * @param store the value
		 * @return this builder
		 */
		public Builder store(@Nullable Boolean store) {
			this.store = store;
			return this;
		}

		/**
		 * Not supported with latest reasoning models {@code o3} and {@code o4-mini}.
		 * @param stop the value
		 * @return this builder
		 */
		public Builder stop(@Nullable StopConfiguration stop) {
			this.stop = stop;
			return this;
		}

		/**
		 * Not supported with latest reasoning models {@code o3} and {@code o4-mini}.
		 * <p>
		 * Takes the value of a {@link StopConfiguration.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder stop(String value) {
			return stop(new StopConfiguration.StringValue(value));
		}

		/**
		 * Not supported with latest reasoning models {@code o3} and {@code o4-mini}.
		 * <p>
		 * Takes the value of a {@link StopConfiguration.StringList}, copying the list.
		 * @param value the value
		 * @return this builder
		 */
		public Builder stop(List<String> value) {
			return stop(new StopConfiguration.StringList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * Not supported with latest reasoning models {@code o3} and {@code o4-mini}.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param stop the item to add
		 * @return this builder
		 */
		public Builder addStop(String stop) {
			Objects.requireNonNull(stop, "'stop' must not be null");
			if (this.stopAdded == null || this.stop != this.stopAddedTo) {
				List<String> items = new ArrayList<>();
				if (this.stop instanceof StopConfiguration.StringList held) {
					items.addAll(held.value());
				}
				else if (this.stop != null) {
					throw new IllegalStateException("Cannot add to 'stop', which holds a "
							+ this.stop.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.stopAdded = items;
				this.stopAddedTo = new StopConfiguration.StringList(Collections.unmodifiableList(items));
				this.stop = this.stopAddedTo;
			}
			this.stopAdded.add(stop);
			return this;
		}

		/**
		 * Modify the likelihood of specified tokens appearing in the completion.
		 * <p>
		 * Takes a copy of the map.
		 * @param logitBias the value
		 * @return this builder
		 */
		public Builder logitBias(@Nullable Map<String, Long> logitBias) {
			this.logitBias = (logitBias != null) ? new LinkedHashMap<>(logitBias) : null;
			return this;
		}

		/**
		 * Modify the likelihood of specified tokens appearing in the completion.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putLogitBias(String key, Long value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.logitBias == null) {
				this.logitBias = new LinkedHashMap<>();
			}
			this.logitBias.put(key, value);
			return this;
		}

		/**
		 * Whether to return log probabilities of the output tokens or not.
		 * @param logprobs the value
		 * @return this builder
		 */
		public Builder logprobs(@Nullable Boolean logprobs) {
			this.logprobs = logprobs;
			return this;
		}

		/**
		 * The maximum number of
		 * <a href="https://platform.openai.com/tokenizer">tokens</a> that can be
		 * generated in the chat completion.
		 * @param maxTokens the value
		 * @return this builder
		 * @deprecated This value is now deprecated in favor of
		 * {@code max_completion_tokens}, and is not compatible with
		 * <a href="https://platform.openai.com/docs/guides/reasoning">o-series
		 * models</a>.
		 */
		@Deprecated
		public Builder maxTokens(@Nullable Long maxTokens) {
			this.maxTokens = maxTokens;
			return this;
		}

		/**
		 * How many chat completion choices to generate for each input message.
		 * @param n the value
		 * @return this builder
		 */
		public Builder n(@Nullable Long n) {
			this.n = n;
			return this;
		}

		/**
		 * Configuration for a
		 * <a href="https://platform.openai.com/docs/guides/predicted-outputs">Predicted
		 * Output</a>, which can greatly improve response times when large parts of the
		 * model response are known ahead of time.
		 * @param prediction the value
		 * @return this builder
		 */
		public Builder prediction(@Nullable PredictionContent prediction) {
			this.prediction = prediction;
			return this;
		}

		/**
		 * This feature is in Beta.
		 * @param seed the value
		 * @return this builder
		 * @deprecated The API description marks it deprecated and names no replacement.
		 */
		@Deprecated
		public Builder seed(@Nullable Long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * Options for streaming response.
		 * @param streamOptions the value
		 * @return this builder
		 */
		public Builder streamOptions(@Nullable ChatCompletionStreamOptions streamOptions) {
			this.streamOptions = streamOptions;
			return this;
		}

		/**
		 * A list of tools the model may call.
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
		 * A list of tools the model may call.
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
		 * Controls which (if any) tool is called by the model.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ChatCompletionToolChoiceOption toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Controls which (if any) tool is called by the model.
		 * <p>
		 * Takes the value of a
		 * {@link ChatCompletionToolChoiceOption.ToolChoiceModeValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(ChatCompletionToolChoiceOption.ToolChoiceMode value) {
			return toolChoice(new ChatCompletionToolChoiceOption.ToolChoiceModeValue(value));
		}

		/**
		 * Whether to enable <a href=
		 * "https://platform.openai.com/docs/guides/function-calling#configuring-parallel-function-calling">parallel
		 * function calling</a> during tool use.
		 * @param parallelToolCalls the value
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
		}

		/**
		 * Deprecated in favor of {@code tool_choice}.
		 * @param functionCall the value
		 * @return this builder
		 * @deprecated Deprecated in favor of {@code tool_choice}.
		 */
		@Deprecated
		public Builder functionCall(@Nullable FunctionCall functionCall) {
			this.functionCall = functionCall;
			return this;
		}

		/**
		 * Deprecated in favor of {@code tool_choice}.
		 * <p>
		 * Takes the value of a {@link FunctionCall.ItemValue}.
		 * @param value the value
		 * @return this builder
		 * @deprecated Deprecated in favor of {@code tool_choice}.
		 */
		@Deprecated
		public Builder functionCall(FunctionCall.Item value) {
			return functionCall(new FunctionCall.ItemValue(value));
		}

		/**
		 * Deprecated in favor of {@code tools}.
		 * <p>
		 * Takes a copy of the list.
		 * @param functions the value
		 * @return this builder
		 * @deprecated Deprecated in favor of {@code tools}.
		 */
		@Deprecated
		public Builder functions(@Nullable List<ChatCompletionFunctions> functions) {
			this.functions = (functions != null) ? new ArrayList<>(functions) : null;
			return this;
		}

		/**
		 * Deprecated in favor of {@code tools}.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param function the item to add
		 * @return this builder
		 * @deprecated Deprecated in favor of {@code tools}.
		 */
		@Deprecated
		public Builder addFunction(ChatCompletionFunctions function) {
			Objects.requireNonNull(function, "'function' must not be null");
			if (this.functions == null) {
				this.functions = new ArrayList<>();
			}
			this.functions.add(function);
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
		public CreateChatCompletionRequest build() {
			CreateChatCompletionRequest value = new CreateChatCompletionRequest(
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.topLogprobs, this.temperature, this.topP, this.user, this.safetyIdentifier,
					this.promptCacheKey, this.serviceTier, this.promptCacheRetention,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.messages, "'messages' is required"))),
					Objects.requireNonNull(this.model, "'model' is required"),
					(this.modalities != null) ? Collections.unmodifiableList(new ArrayList<>(this.modalities)) : null,
					this.verbosity, this.reasoningEffort, this.maxCompletionTokens, this.frequencyPenalty,
					this.presencePenalty, this.webSearchOptions, this.responseFormat, this.audio, this.store, null,
					this.stop,
					(this.logitBias != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.logitBias)) : null,
					this.logprobs, this.maxTokens, this.n, this.prediction, this.seed, this.streamOptions,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.parallelToolCalls, this.functionCall,
					(this.functions != null) ? Collections.unmodifiableList(new ArrayList<>(this.functions)) : null,
					this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.stopAdded = null;
			this.stopAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link CreateChatCompletionRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateChatCompletionRequest> {

		Reader() {
			super(CreateChatCompletionRequest.class, "metadata", "top_logprobs", "temperature", "top_p", "user",
					"safety_identifier", "prompt_cache_key", "service_tier", "prompt_cache_retention", "messages",
					"model", "modalities", "verbosity", "reasoning_effort", "max_completion_tokens",
					"frequency_penalty", "presence_penalty", "web_search_options", "response_format", "audio", "store",
					"stream", "stop", "logit_bias", "logprobs", "max_tokens", "n", "prediction", "seed",
					"stream_options", "tools", "tool_choice", "parallel_tool_calls", "function_call", "functions");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 7 -> ServiceTier.of(value);
				case 8 -> PromptCacheRetention.of(value);
				case 10 -> ModelIdsShared.of(value);
				case 12 -> Verbosity.of(value);
				case 13 -> ReasoningEffort.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateChatCompletionRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateChatCompletionRequest((Map<String, String>) values[0], (Long) values[1],
					(Double) values[2], (Double) values[3], (String) values[4], (String) values[5], (String) values[6],
					(ServiceTier) values[7], (PromptCacheRetention) values[8],
					(List<ChatCompletionRequestMessage>) values[9], (ModelIdsShared) values[10],
					(List<ResponseModality>) values[11], (Verbosity) values[12], (ReasoningEffort) values[13],
					(Long) values[14], (Double) values[15], (Double) values[16], (WebSearchOptions) values[17],
					(ResponseFormat) values[18], (Audio) values[19], (Boolean) values[20], (Boolean) values[21],
					(StopConfiguration) values[22], (Map<String, Long>) values[23], (Boolean) values[24],
					(Long) values[25], (Long) values[26], (PredictionContent) values[27], (Long) values[28],
					(ChatCompletionStreamOptions) values[29], (List<Tool>) values[30],
					(ChatCompletionToolChoiceOption) values[31], (Boolean) values[32], (FunctionCall) values[33],
					(List<ChatCompletionFunctions>) values[34], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateChatCompletionRequest} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateChatCompletionRequest> {

		Writer() {
			super(CreateChatCompletionRequest.class, "metadata", "top_logprobs", "temperature", "top_p", "user",
					"safety_identifier", "prompt_cache_key", "service_tier", "prompt_cache_retention", "messages",
					"model", "modalities", "verbosity", "reasoning_effort", "max_completion_tokens",
					"frequency_penalty", "presence_penalty", "web_search_options", "response_format", "audio", "store",
					"stream", "stop", "logit_bias", "logprobs", "max_tokens", "n", "prediction", "seed",
					"stream_options", "tools", "tool_choice", "parallel_tool_calls", "function_call", "functions");
		}

		@Override
		protected @Nullable Object value(CreateChatCompletionRequest record, int index) {
			return switch (index) {
				case 0 -> record.metadata();
				case 1 -> record.topLogprobs();
				case 2 -> record.temperature();
				case 3 -> record.topP();
				case 4 -> record.user();
				case 5 -> record.safetyIdentifier();
				case 6 -> record.promptCacheKey();
				case 7 -> record.serviceTier();
				case 8 -> record.promptCacheRetention();
				case 9 -> record.messages();
				case 10 -> record.model();
				case 11 -> record.modalities();
				case 12 -> record.verbosity();
				case 13 -> record.reasoningEffort();
				case 14 -> record.maxCompletionTokens();
				case 15 -> record.frequencyPenalty();
				case 16 -> record.presencePenalty();
				case 17 -> record.webSearchOptions();
				case 18 -> record.responseFormat();
				case 19 -> record.audio();
				case 20 -> record.store();
				case 21 -> record.stream();
				case 22 -> record.stop();
				case 23 -> record.logitBias();
				case 24 -> record.logprobs();
				case 25 -> record.maxTokens();
				case 26 -> record.n();
				case 27 -> record.prediction();
				case 28 -> record.seed();
				case 29 -> record.streamOptions();
				case 30 -> record.tools();
				case 31 -> record.toolChoice();
				case 32 -> record.parallelToolCalls();
				case 33 -> record.functionCall();
				case 34 -> record.functions();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateChatCompletionRequest record) {
			return record.additionalProperties();
		}

	}
}

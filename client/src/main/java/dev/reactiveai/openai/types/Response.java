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
 * The response object
 *
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
 * @param id Unique identifier for this Response.
 * @param object The object type of this resource - always set to {@code response}.
 * @param status The status of the response generation. One of {@code completed},
 * {@code failed}, {@code in_progress}, {@code cancelled}, {@code queued}, or
 * {@code incomplete}.
 * @param createdAt Unix timestamp (in seconds) of when this Response was created.
 * @param completedAt Unix timestamp (in seconds) of when this Response was completed.
 * Only present when the status is {@code completed}.
 * @param error An error object returned when the model fails to generate a Response.
 * @param incompleteDetails Details about why the response is incomplete.
 * @param output An array of content items generated by the model.
 * <ul>
 * <li>The length and order of items in the {@code output} array is dependent on the
 * model's response.</li>
 * <li>Rather than accessing the first item in the {@code output} array and assuming it's
 * an {@code assistant} message with the content generated by the model, you might
 * consider using the {@code output_text} property where supported in SDKs.</li>
 * </ul>
 * @param instructions A system (or developer) message inserted into the model's context.
 * <p>
 * When using along with {@code previous_response_id}, the instructions from a previous
 * response will not be carried over to the next response. This makes it simple to swap
 * out system (or developer) messages in new responses.
 * @param outputText The text of every {@code output_text} content of the {@code output}'s
 * messages, concatenated. The API does not send it (the official SDKs compute it): this
 * client computes it from {@code output} when the JSON has none. Null when the output has
 * no text.
 * @param usage Represents token usage details including input tokens, output tokens, a
 * breakdown of output tokens, and the total tokens used.
 * @param parallelToolCalls Whether to allow the model to run tool calls in parallel.
 * @param conversation The conversation that this response belonged to. Input items and
 * output items from this response were automatically added to this conversation.
 * @param maxOutputTokens An upper bound for the number of tokens that can be generated
 * for a response, including visible output tokens and
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning tokens</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Response.Reader.class)
public record Response(@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("top_logprobs") @Nullable Long topLogprobs,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("user") @Nullable String user,
		@JsonProperty("safety_identifier") @Nullable String safetyIdentifier,
		@JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
		@JsonProperty("service_tier") @Nullable ServiceTier serviceTier,
		@JsonProperty("prompt_cache_retention") Response.@Nullable PromptCacheRetention promptCacheRetention,
		@JsonProperty("previous_response_id") @Nullable String previousResponseId,
		@JsonProperty("model") ModelIdsResponses model, @JsonProperty("reasoning") @Nullable Reasoning reasoning,
		@JsonProperty("background") @Nullable Boolean background,
		@JsonProperty("max_tool_calls") @Nullable Long maxToolCalls,
		@JsonProperty("text") @Nullable ResponseTextParam text, @JsonProperty("tools") List<Tool> tools,
		@JsonProperty("tool_choice") ToolChoiceParam toolChoice, @JsonProperty("prompt") @Nullable Prompt prompt,
		@JsonProperty("truncation") Response.@Nullable Truncation truncation, @JsonProperty("id") String id,
		@JsonProperty("object") String object, @JsonProperty("status") Response.@Nullable Status status,
		@JsonProperty("created_at") Double createdAt, @JsonProperty("completed_at") @Nullable Double completedAt,
		@JsonProperty("error") @Nullable ResponseError error,
		@JsonProperty("incomplete_details") Response.@Nullable IncompleteDetails incompleteDetails,
		@JsonProperty("output") List<OutputItem> output,
		@JsonProperty("instructions") Response.@Nullable Instructions instructions,
		@JsonProperty("output_text") @Nullable String outputText, @JsonProperty("usage") @Nullable ResponseUsage usage,
		@JsonProperty("parallel_tool_calls") Boolean parallelToolCalls,
		@JsonProperty("conversation") @Nullable ResponseConversation conversation,
		@JsonProperty("max_output_tokens") @Nullable Long maxOutputTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Response}, filling in {@code object} with its single possible
	 * value when absent, computing {@code output_text} when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
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
	 * @param id Unique identifier for this Response.
	 * @param object The object type of this resource - always set to {@code response}.
	 * @param status The status of the response generation.
	 * @param createdAt Unix timestamp (in seconds) of when this Response was created.
	 * @param completedAt Unix timestamp (in seconds) of when this Response was completed.
	 * @param error An error object returned when the model fails to generate a Response.
	 * @param incompleteDetails Details about why the response is incomplete.
	 * @param output An array of content items generated by the model.
	 * @param instructions A system (or developer) message inserted into the model's
	 * context.
	 * @param outputText The text of every {@code output_text} content of the
	 * {@code output}'s messages, concatenated.
	 * @param usage Represents token usage details including input tokens, output tokens,
	 * a breakdown of output tokens, and the total tokens used.
	 * @param parallelToolCalls Whether to allow the model to run tool calls in parallel.
	 * @param conversation The conversation that this response belonged to.
	 * @param maxOutputTokens An upper bound for the number of tokens that can be
	 * generated for a response, including visible output tokens and
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning tokens</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Response {
		if (outputText == null) {
			outputText = outputTextOf(output);
		}
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
	 * A builder of {@link Response}.
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

	private static @Nullable String outputTextOf(@Nullable List<OutputItem> output) {
		if (output == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		boolean found = false;
		for (OutputItem item : output) {
			if (item instanceof OutputMessage message && message.content() != null) {
				for (OutputMessageContent part : message.content()) {
					if (part instanceof OutputTextContent textPart && textPart.text() != null) {
						text.append(textPart.text());
						found = true;
					}
				}
			}
		}
		return found ? text.toString() : null;
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
	 * The status of the response generation. One of {@code completed}, {@code failed},
	 * {@code in_progress}, {@code cancelled}, {@code queued}, or {@code incomplete}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code cancelled}.
		 */
		public static final Status CANCELLED = new Status("cancelled");

		/**
		 * The value {@code queued}.
		 */
		public static final Status QUEUED = new Status("queued");

		/**
		 * The value {@code incomplete}.
		 */
		public static final Status INCOMPLETE = new Status("incomplete");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "completed" -> COMPLETED;
				case "failed" -> FAILED;
				case "in_progress" -> IN_PROGRESS;
				case "cancelled" -> CANCELLED;
				case "queued" -> QUEUED;
				case "incomplete" -> INCOMPLETE;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "completed", "failed", "in_progress", "cancelled", "queued", "incomplete" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Details about why the response is incomplete.
	 *
	 * @param reason The reason why the response is incomplete.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = IncompleteDetails.Reader.class)
	public static record IncompleteDetails(@JsonProperty("reason") IncompleteDetails.@Nullable Reason reason,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link IncompleteDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param reason The reason why the response is incomplete.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public IncompleteDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link IncompleteDetails}.
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
		 * The reason why the response is incomplete.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Reason(@JsonValue String value) {
			/**
			 * The value {@code max_output_tokens}.
			 */
			public static final Reason MAX_OUTPUT_TOKENS = new Reason("max_output_tokens");

			/**
			 * The value {@code content_filter}.
			 */
			public static final Reason CONTENT_FILTER = new Reason("content_filter");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Reason {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Reason of(String value) {
				return switch (value) {
					case "max_output_tokens" -> MAX_OUTPUT_TOKENS;
					case "content_filter" -> CONTENT_FILTER;
					default -> new Reason(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "max_output_tokens", "content_filter" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link IncompleteDetails}.
		 */
		public static final class Builder {

			private @Nullable Reason reason;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(IncompleteDetails source) {
				this.reason = source.reason();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The reason why the response is incomplete.
			 * @param reason the value
			 * @return this builder
			 */
			public Builder reason(@Nullable Reason reason) {
				this.reason = reason;
				return this;
			}

			/**
			 * The reason why the response is incomplete.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder reason(String value) {
				return reason(Reason.of(value));
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
			public IncompleteDetails build() {
				return new IncompleteDetails(this.reason, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link IncompleteDetails} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<IncompleteDetails> {

			Reader() {
				super(IncompleteDetails.class, "reason");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Reason.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected IncompleteDetails create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new IncompleteDetails((Reason) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link IncompleteDetails} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<IncompleteDetails> {

			Writer() {
				super(IncompleteDetails.class, "reason");
			}

			@Override
			protected @Nullable Object value(IncompleteDetails record, int index) {
				return switch (index) {
					case 0 -> record.reason();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(IncompleteDetails record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A system (or developer) message inserted into the model's context.
	 * <p>
	 * When using along with {@code previous_response_id}, the instructions from a
	 * previous response will not be carried over to the next response. This makes it
	 * simple to swap out system (or developer) messages in new responses.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Instructions.Deserializer.class)
	public sealed interface Instructions
			permits Instructions.StringValue, Instructions.InputItemList, Instructions.Unknown {

		/**
		 * A {@link Instructions} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Instructions {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Instructions} that is a {@code List<InputItem>}.
		 *
		 * @param value the value
		 */
		record InputItemList(@JsonValue List<InputItem> value) implements Instructions {
			/**
			 * Creates a {@link InputItemList}, rejecting a null value.
			 * @param value the value
			 */
			public InputItemList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Instructions} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Instructions, UnknownVariant {
		}

		/**
		 * Reads a {@link Instructions} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Instructions> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Instructions>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<InputItem>>() {
					}, InputItemList::new));
			}

		}

	}

	/**
	 * Builds a {@link Response}.
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

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Status status;

		private @Nullable Double createdAt;

		private @Nullable Double completedAt;

		private @Nullable ResponseError error;

		private @Nullable IncompleteDetails incompleteDetails;

		private @Nullable List<OutputItem> output;

		private @Nullable Instructions instructions;

		private @Nullable String outputText;

		private @Nullable ResponseUsage usage;

		private @Nullable Boolean parallelToolCalls;

		private @Nullable ResponseConversation conversation;

		private @Nullable Long maxOutputTokens;

		/**
		 * The list that {@code instructions} holds and its adder adds to, until the value
		 * is built.
		 */
		private @Nullable List<InputItem> instructionsAdded;

		private Instructions.@Nullable InputItemList instructionsAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "response";
		}

		private Builder(Response source) {
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
			this.id = source.id();
			this.object = source.object();
			this.status = source.status();
			this.createdAt = source.createdAt();
			this.completedAt = source.completedAt();
			this.error = source.error();
			this.incompleteDetails = source.incompleteDetails();
			this.output = (source.output() != null) ? new ArrayList<>(source.output()) : null;
			this.instructions = source.instructions();
			this.outputText = source.outputText();
			this.usage = source.usage();
			this.parallelToolCalls = source.parallelToolCalls();
			this.conversation = source.conversation();
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
		 * @param model the value (required)
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
		 * @param value the value (required)
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
		 * @param tools the value (required)
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
		 * @param toolChoice the value (required)
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
		 * @param value the value (required)
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
		 * Unique identifier for this Response.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The status of the response generation.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the response generation.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Unix timestamp (in seconds) of when this Response was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Double createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) of when this Response was completed.
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable Double completedAt) {
			this.completedAt = completedAt;
			return this;
		}

		/**
		 * An error object returned when the model fails to generate a Response.
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable ResponseError error) {
			this.error = error;
			return this;
		}

		/**
		 * Details about why the response is incomplete.
		 * @param incompleteDetails the value
		 * @return this builder
		 */
		public Builder incompleteDetails(@Nullable IncompleteDetails incompleteDetails) {
			this.incompleteDetails = incompleteDetails;
			return this;
		}

		/**
		 * An array of content items generated by the model.
		 * <p>
		 * Takes a copy of the list.
		 * @param output the value (required)
		 * @return this builder
		 */
		public Builder output(@Nullable List<? extends OutputItem> output) {
			this.output = (output != null) ? new ArrayList<>(output) : null;
			return this;
		}

		/**
		 * An array of content items generated by the model.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param output the item to add
		 * @return this builder
		 */
		public Builder addOutput(OutputItem output) {
			Objects.requireNonNull(output, "'output' must not be null");
			if (this.output == null) {
				this.output = new ArrayList<>();
			}
			this.output.add(output);
			return this;
		}

		/**
		 * A system (or developer) message inserted into the model's context.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable Instructions instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * A system (or developer) message inserted into the model's context.
		 * <p>
		 * Takes the value of a {@link Instructions.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder instructions(String value) {
			return instructions(new Instructions.StringValue(value));
		}

		/**
		 * A system (or developer) message inserted into the model's context.
		 * <p>
		 * Takes the value of a {@link Instructions.InputItemList}, copying the list.
		 * @param value the value
		 * @return this builder
		 */
		public Builder instructions(List<? extends InputItem> value) {
			return instructions(new Instructions.InputItemList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * A system (or developer) message inserted into the model's context.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param instruction the item to add
		 * @return this builder
		 */
		public Builder addInstruction(InputItem instruction) {
			Objects.requireNonNull(instruction, "'instruction' must not be null");
			if (this.instructionsAdded == null || this.instructions != this.instructionsAddedTo) {
				List<InputItem> items = new ArrayList<>();
				if (this.instructions instanceof Instructions.InputItemList held) {
					items.addAll(held.value());
				}
				else if (this.instructions != null) {
					throw new IllegalStateException("Cannot add to 'instructions', which holds a "
							+ this.instructions.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.instructionsAdded = items;
				this.instructionsAddedTo = new Instructions.InputItemList(Collections.unmodifiableList(items));
				this.instructions = this.instructionsAddedTo;
			}
			this.instructionsAdded.add(instruction);
			return this;
		}

		/**
		 * The text of every {@code output_text} content of the {@code output}'s messages,
		 * concatenated.
		 * @param outputText the value
		 * @return this builder
		 */
		public Builder outputText(@Nullable String outputText) {
			this.outputText = outputText;
			return this;
		}

		/**
		 * Represents token usage details including input tokens, output tokens, a
		 * breakdown of output tokens, and the total tokens used.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable ResponseUsage usage) {
			this.usage = usage;
			return this;
		}

		/**
		 * Whether to allow the model to run tool calls in parallel.
		 * @param parallelToolCalls the value (required)
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
		}

		/**
		 * The conversation that this response belonged to.
		 * @param conversation the value
		 * @return this builder
		 */
		public Builder conversation(@Nullable ResponseConversation conversation) {
			this.conversation = conversation;
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
		public Response build() {
			Response value = new Response(
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.topLogprobs, this.temperature, this.topP, this.user, this.safetyIdentifier,
					this.promptCacheKey, this.serviceTier, this.promptCacheRetention, this.previousResponseId,
					Objects.requireNonNull(this.model, "'model' is required"), this.reasoning, this.background,
					this.maxToolCalls, this.text,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tools, "'tools' is required"))),
					Objects.requireNonNull(this.toolChoice, "'toolChoice' is required"), this.prompt, this.truncation,
					Objects.requireNonNull(this.id, "'id' is required"), this.object, this.status,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.completedAt, this.error,
					this.incompleteDetails,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.output, "'output' is required"))),
					this.instructions, this.outputText, this.usage,
					Objects.requireNonNull(this.parallelToolCalls, "'parallelToolCalls' is required"),
					this.conversation, this.maxOutputTokens, this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.instructionsAdded = null;
			this.instructionsAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link Response} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Response> {

		Reader() {
			super(Response.class, "metadata", "top_logprobs", "temperature", "top_p", "user", "safety_identifier",
					"prompt_cache_key", "service_tier", "prompt_cache_retention", "previous_response_id", "model",
					"reasoning", "background", "max_tool_calls", "text", "tools", "tool_choice", "prompt", "truncation",
					"id", "object", "status", "created_at", "completed_at", "error", "incomplete_details", "output",
					"instructions", "output_text", "usage", "parallel_tool_calls", "conversation", "max_output_tokens");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 7 -> ServiceTier.of(value);
				case 8 -> PromptCacheRetention.of(value);
				case 10 -> ModelIdsResponses.of(value);
				case 18 -> Truncation.of(value);
				case 21 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Response create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Response((Map<String, String>) values[0], (Long) values[1], (Double) values[2],
					(Double) values[3], (String) values[4], (String) values[5], (String) values[6],
					(ServiceTier) values[7], (PromptCacheRetention) values[8], (String) values[9],
					(ModelIdsResponses) values[10], (Reasoning) values[11], (Boolean) values[12], (Long) values[13],
					(ResponseTextParam) values[14], (List<Tool>) values[15], (ToolChoiceParam) values[16],
					(Prompt) values[17], (Truncation) values[18], (String) values[19], (String) values[20],
					(Status) values[21], (Double) values[22], (Double) values[23], (ResponseError) values[24],
					(IncompleteDetails) values[25], (List<OutputItem>) values[26], (Instructions) values[27],
					(String) values[28], (ResponseUsage) values[29], (Boolean) values[30],
					(ResponseConversation) values[31], (Long) values[32], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Response} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Response> {

		Writer() {
			super(Response.class, "metadata", "top_logprobs", "temperature", "top_p", "user", "safety_identifier",
					"prompt_cache_key", "service_tier", "prompt_cache_retention", "previous_response_id", "model",
					"reasoning", "background", "max_tool_calls", "text", "tools", "tool_choice", "prompt", "truncation",
					"id", "object", "status", "created_at", "completed_at", "error", "incomplete_details", "output",
					"instructions", "output_text", "usage", "parallel_tool_calls", "conversation", "max_output_tokens");
		}

		@Override
		protected @Nullable Object value(Response record, int index) {
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
				case 9 -> record.previousResponseId();
				case 10 -> record.model();
				case 11 -> record.reasoning();
				case 12 -> record.background();
				case 13 -> record.maxToolCalls();
				case 14 -> record.text();
				case 15 -> record.tools();
				case 16 -> record.toolChoice();
				case 17 -> record.prompt();
				case 18 -> record.truncation();
				case 19 -> record.id();
				case 20 -> record.object();
				case 21 -> record.status();
				case 22 -> record.createdAt();
				case 23 -> record.completedAt();
				case 24 -> record.error();
				case 25 -> record.incompleteDetails();
				case 26 -> record.output();
				case 27 -> record.instructions();
				case 28 -> record.outputText();
				case 29 -> record.usage();
				case 30 -> record.parallelToolCalls();
				case 31 -> record.conversation();
				case 32 -> record.maxOutputTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Response record) {
			return record.additionalProperties();
		}

	}
}

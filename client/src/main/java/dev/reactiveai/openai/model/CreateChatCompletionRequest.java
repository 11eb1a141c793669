// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
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
 * @param messages A list of messages comprising the conversation so far.
 * @param model Model ID used to generate the response, like `gpt-4o` or `o3`.
 * @param modalities the {@code modalities} property
 * @param verbosity the {@code verbosity} property
 * @param reasoningEffort the {@code reasoning_effort} property
 * @param maxCompletionTokens An upper bound for the number of tokens that can be
 * generated for a completion, including visible output tokens and [reasoning
 * tokens](/docs/guides/reasoning).
 * @param frequencyPenalty Number between -2.0 and 2.0.
 * @param presencePenalty Number between -2.0 and 2.0.
 * @param webSearchOptions This tool searches the web for relevant results to use in a
 * response.
 * @param responseFormat An object specifying the format that the model must output.
 * @param audio Parameters for audio output.
 * @param store Whether or not to store the output of this chat completion request for use
 * in our [model distillation](/docs/guides/distillation) or [evals](/docs/guides/evals)
 * products.
 * @param stream If set to true, the model response data will be streamed to the client as
 * it is generated using [server-sent
 * events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
 * @param stop Not supported with latest reasoning models `o3` and `o4-mini`.
 * @param logitBias Modify the likelihood of specified tokens appearing in the completion.
 * @param logprobs Whether to return log probabilities of the output tokens or not.
 * @param maxTokens The maximum number of [tokens](/tokenizer) that can be generated in
 * the chat completion.
 * @param n How many chat completion choices to generate for each input message.
 * @param prediction Configuration for a [Predicted
 * Output](/docs/guides/predicted-outputs), which can greatly improve response times when
 * large parts of the model response are known ahead of time.
 * @param seed This feature is in Beta.
 * @param streamOptions the {@code stream_options} property
 * @param tools A list of tools the model may call.
 * @param toolChoice Controls which (if any) tool is called by the model.
 * @param parallelToolCalls Whether to enable [parallel function
 * calling](/docs/guides/function-calling#configuring-parallel-function-calling) during
 * tool use.
 * @param functionCall Deprecated in favor of `tool_choice`.
 * @param functions Deprecated in favor of `tools`.
 * @param additionalProperties properties that this version of the client does not know
 */
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
		@JsonProperty("modalities") @Nullable List<CreateChatCompletionRequest.ResponseModalitiesItem> modalities,
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
		@JsonProperty("tools") @Nullable List<CreateChatCompletionRequest.ToolsItem> tools,
		@JsonProperty("tool_choice") @Nullable ChatCompletionToolChoiceOption toolChoice,
		@JsonProperty("parallel_tool_calls") @Nullable Boolean parallelToolCalls,
		@JsonProperty("function_call") CreateChatCompletionRequest.@Nullable FunctionCall functionCall,
		@JsonProperty("functions") @Nullable List<ChatCompletionFunctions> functions,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public CreateChatCompletionRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CreateChatCompletionRequest}.
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
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record ResponseModalitiesItem(@JsonValue String value) {
		public static final ResponseModalitiesItem TEXT = new ResponseModalitiesItem("text");

		public static final ResponseModalitiesItem AUDIO = new ResponseModalitiesItem("audio");

		public ResponseModalitiesItem {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static ResponseModalitiesItem of(String value) {
			return switch (value) {
				case "text" -> TEXT;
				case "audio" -> AUDIO;
				default -> new ResponseModalitiesItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "text", "audio" -> true;
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
	 * about the [web search tool](/docs/guides/tools-web-search?api-mode=chat).
	 *
	 * @param userLocation Approximate location parameters for the search.
	 * @param searchContextSize High level guidance for the amount of context window space
	 * to use for the search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record WebSearchOptions(
			@JsonProperty("user_location") WebSearchOptions.@Nullable UserLocation userLocation,
			@JsonProperty("search_context_size") @Nullable WebSearchContextSize searchContextSize,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public WebSearchOptions {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link WebSearchOptions}.
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
		 * Approximate location parameters for the search.
		 *
		 * @param type The type of location approximation.
		 * @param approximate Approximate location parameters for the search.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public static record UserLocation(@JsonProperty("type") String type,
				@JsonProperty("approximate") WebSearchLocation approximate,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			public UserLocation {
				additionalProperties = (additionalProperties != null)
						? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
			}

			/**
			 * A builder of {@link UserLocation}.
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
				 * Set {@code type}: The type of location approximation. Always
				 * `approximate`.
				 * @param type the value (required)
				 * @return this builder
				 */
				public Builder type(@Nullable String type) {
					this.type = type;
					return this;
				}

				/**
				 * Set {@code approximate}: Approximate location parameters for the
				 * search.
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
			 * Set {@code user_location}: Approximate location parameters for the search.
			 * @param userLocation the value
			 * @return this builder
			 */
			public Builder userLocation(@Nullable UserLocation userLocation) {
				this.userLocation = userLocation;
				return this;
			}

			/**
			 * Set {@code search_context_size}: High level guidance for the amount of
			 * context window space to use for the search. One of `low`, `medium`, or
			 * `high`. `medium` is the default.
			 * @param searchContextSize the value
			 * @return this builder
			 */
			public Builder searchContextSize(@Nullable WebSearchContextSize searchContextSize) {
				this.searchContextSize = searchContextSize;
				return this;
			}

			/**
			 * Set {@code search_context_size} to a value, known to this client or not.
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
	}

	/**
	 * An object specifying the format that the model must output.
	 *
	 * Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured
	 * Outputs which ensures the model will match your supplied JSON schema. Learn more in
	 * the [Structured Outputs guide](/docs/guides/structured-outputs).
	 *
	 * Setting to `{ "type": "json_object" }` enables the older JSON mode, which ensures
	 * the message the model generates is valid JSON. Using `json_schema` is preferred for
	 * models that support it.
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
	 * `modalities: ["audio"]`. [Learn more](/docs/guides/audio).
	 *
	 * @param voice The voice the model uses to respond.
	 * @param format Specifies the output audio format.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record Audio(@JsonProperty("voice") VoiceIdsOrCustomVoice voice,
			@JsonProperty("format") Audio.Format format,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public Audio {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link Audio}.
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
		 * Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`, `opus`,
		 * or `pcm16`.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Format(@JsonValue String value) {
			public static final Format WAV = new Format("wav");

			public static final Format AAC = new Format("aac");

			public static final Format MP3 = new Format("mp3");

			public static final Format FLAC = new Format("flac");

			public static final Format OPUS = new Format("opus");

			public static final Format PCM16 = new Format("pcm16");

			public Format {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
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
			 * Set {@code voice}: The voice the model uses to respond. Supported built-in
			 * voices are `alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `nova`,
			 * `onyx`, `sage`, `shimmer`, `marin`, and `cedar`. You may also provide a
			 * custom voice object with an `id`, for example `{ "id": "voice_1234" }`.
			 * @param voice the value (required)
			 * @return this builder
			 */
			public Builder voice(@Nullable VoiceIdsOrCustomVoice voice) {
				this.voice = voice;
				return this;
			}

			/**
			 * Set {@code voice} to a {@link VoiceIdsOrCustomVoice.VoiceIdsSharedValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder voice(VoiceIdsShared value) {
				return voice(new VoiceIdsOrCustomVoice.VoiceIdsSharedValue(value));
			}

			/**
			 * Set {@code format}: Specifies the output audio format. Must be one of
			 * `wav`, `mp3`, `flac`, `opus`, or `pcm16`.
			 * @param format the value (required)
			 * @return this builder
			 */
			public Builder format(@Nullable Format format) {
				this.format = format;
				return this;
			}

			/**
			 * Set {@code format} to a value, known to this client or not.
			 * @param value the value
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
	}

	/**
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ToolsItem.Deserializer.class)
	public sealed interface ToolsItem permits ChatCompletionTool, CustomToolChatCompletions, ToolsItem.Unknown {

		/**
		 * A {@link ToolsItem} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ToolsItem, UnknownVariant {
		}

		/**
		 * Reads a {@link ToolsItem} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ToolsItem> {

			public Deserializer() {
				super(UnionDeserializer.<ToolsItem>variants(Unknown::new)
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
	 * Deprecated in favor of `tool_choice`.
	 *
	 * Controls which (if any) function is called by the model.
	 *
	 * `none` means the model will not call a function and instead generates a message.
	 *
	 * `auto` means the model can pick between generating a message or calling a function.
	 *
	 * Specifying a particular function via `{"name": "my_function"}` forces the model to
	 * call that function.
	 *
	 * `none` is the default when no functions are present. `auto` is the default if
	 * functions are present.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = FunctionCall.Deserializer.class)
	public sealed interface FunctionCall
			permits FunctionCall.ItemValue, ChatCompletionFunctionCallOption, FunctionCall.Unknown {

		/**
		 * `none` means the model will not call a function and instead generates a
		 * message. `auto` means the model can pick between generating a message or
		 * calling a function.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Item(@JsonValue String value) {
			public static final Item NONE = new Item("none");

			public static final Item AUTO = new Item("auto");

			public Item {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
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

			public Deserializer() {
				super(UnionDeserializer.<FunctionCall>variants(Unknown::new)
					.object(ChatCompletionFunctionCallOption.class, VariantShape.declaring("name").requiring("name"))
					.string(Item.class, ItemValue::new));
			}

		}

	}

	/**
	 * Builds a {@link CreateChatCompletionRequest}.
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

		private @Nullable List<ResponseModalitiesItem> modalities;

		private @Nullable Verbosity verbosity;

		private @Nullable ReasoningEffort reasoningEffort;

		private @Nullable Long maxCompletionTokens;

		private @Nullable Double frequencyPenalty;

		private @Nullable Double presencePenalty;

		private @Nullable WebSearchOptions webSearchOptions;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Audio audio;

		private @Nullable Boolean store;

		private @Nullable Boolean stream;

		private @Nullable StopConfiguration stop;

		private @Nullable Map<String, Long> logitBias;

		private @Nullable Boolean logprobs;

		private @Nullable Long maxTokens;

		private @Nullable Long n;

		private @Nullable PredictionContent prediction;

		private @Nullable Long seed;

		private @Nullable ChatCompletionStreamOptions streamOptions;

		private @Nullable List<ToolsItem> tools;

		private @Nullable ChatCompletionToolChoiceOption toolChoice;

		private @Nullable Boolean parallelToolCalls;

		private @Nullable FunctionCall functionCall;

		private @Nullable List<ChatCompletionFunctions> functions;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateChatCompletionRequest source) {
			this.metadata = source.metadata();
			this.topLogprobs = source.topLogprobs();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.user = source.user();
			this.safetyIdentifier = source.safetyIdentifier();
			this.promptCacheKey = source.promptCacheKey();
			this.serviceTier = source.serviceTier();
			this.promptCacheRetention = source.promptCacheRetention();
			this.messages = source.messages();
			this.model = source.model();
			this.modalities = source.modalities();
			this.verbosity = source.verbosity();
			this.reasoningEffort = source.reasoningEffort();
			this.maxCompletionTokens = source.maxCompletionTokens();
			this.frequencyPenalty = source.frequencyPenalty();
			this.presencePenalty = source.presencePenalty();
			this.webSearchOptions = source.webSearchOptions();
			this.responseFormat = source.responseFormat();
			this.audio = source.audio();
			this.store = source.store();
			this.stream = source.stream();
			this.stop = source.stop();
			this.logitBias = source.logitBias();
			this.logprobs = source.logprobs();
			this.maxTokens = source.maxTokens();
			this.n = source.n();
			this.prediction = source.prediction();
			this.seed = source.seed();
			this.streamOptions = source.streamOptions();
			this.tools = source.tools();
			this.toolChoice = source.toolChoice();
			this.parallelToolCalls = source.parallelToolCalls();
			this.functionCall = source.functionCall();
			this.functions = source.functions();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * log probability. `logprobs` must be set to `true` if this parameter is used.
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
		 * Set {@code messages}: A list of messages comprising the conversation so far.
		 * Depending on the [model](/docs/models) you use, different message types
		 * (modalities) are supported, like [text](/docs/guides/text-generation),
		 * [images](/docs/guides/vision), and [audio](/docs/guides/audio).
		 * @param messages the value (required)
		 * @return this builder
		 */
		public Builder messages(@Nullable List<ChatCompletionRequestMessage> messages) {
			this.messages = messages;
			return this;
		}

		/**
		 * Set {@code model}: Model ID used to generate the response, like `gpt-4o` or
		 * `o3`. OpenAI offers a wide range of models with different capabilities,
		 * performance characteristics, and price points. Refer to the [model
		 * guide](/docs/models) to browse and compare available models.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable ModelIdsShared model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code model} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(ModelIdsShared.of(value));
		}

		/**
		 * Set {@code modalities}.
		 * @param modalities the value
		 * @return this builder
		 */
		public Builder modalities(@Nullable List<ResponseModalitiesItem> modalities) {
			this.modalities = modalities;
			return this;
		}

		/**
		 * Set {@code verbosity}.
		 * @param verbosity the value
		 * @return this builder
		 */
		public Builder verbosity(@Nullable Verbosity verbosity) {
			this.verbosity = verbosity;
			return this;
		}

		/**
		 * Set {@code verbosity} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder verbosity(String value) {
			return verbosity(Verbosity.of(value));
		}

		/**
		 * Set {@code reasoning_effort}.
		 * @param reasoningEffort the value
		 * @return this builder
		 */
		public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		/**
		 * Set {@code reasoning_effort} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder reasoningEffort(String value) {
			return reasoningEffort(ReasoningEffort.of(value));
		}

		/**
		 * Set {@code max_completion_tokens}: An upper bound for the number of tokens that
		 * can be generated for a completion, including visible output tokens and
		 * [reasoning tokens](/docs/guides/reasoning).
		 * @param maxCompletionTokens the value
		 * @return this builder
		 */
		public Builder maxCompletionTokens(@Nullable Long maxCompletionTokens) {
			this.maxCompletionTokens = maxCompletionTokens;
			return this;
		}

		/**
		 * Set {@code frequency_penalty}: Number between -2.0 and 2.0. Positive values
		 * penalize new tokens based on their existing frequency in the text so far,
		 * decreasing the model's likelihood to repeat the same line verbatim.
		 * @param frequencyPenalty the value
		 * @return this builder
		 */
		public Builder frequencyPenalty(@Nullable Double frequencyPenalty) {
			this.frequencyPenalty = frequencyPenalty;
			return this;
		}

		/**
		 * Set {@code presence_penalty}: Number between -2.0 and 2.0. Positive values
		 * penalize new tokens based on whether they appear in the text so far, increasing
		 * the model's likelihood to talk about new topics.
		 * @param presencePenalty the value
		 * @return this builder
		 */
		public Builder presencePenalty(@Nullable Double presencePenalty) {
			this.presencePenalty = presencePenalty;
			return this;
		}

		/**
		 * Set {@code web_search_options}: This tool searches the web for relevant results
		 * to use in a response. Learn more about the [web search
		 * tool](/docs/guides/tools-web-search?api-mode=chat).
		 * @param webSearchOptions the value
		 * @return this builder
		 */
		public Builder webSearchOptions(@Nullable WebSearchOptions webSearchOptions) {
			this.webSearchOptions = webSearchOptions;
			return this;
		}

		/**
		 * Set {@code response_format}: An object specifying the format that the model
		 * must output.
		 *
		 * Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured
		 * Outputs which ensures the model will match your supplied JSON schema. Learn
		 * more in the [Structured Outputs guide](/docs/guides/structured-outputs).
		 *
		 * Setting to `{ "type": "json_object" }` enables the older JSON mode, which
		 * ensures the message the model generates is valid JSON. Using `json_schema` is
		 * preferred for models that support it.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Set {@code audio}: Parameters for audio output. Required when audio output is
		 * requested with `modalities: ["audio"]`. [Learn more](/docs/guides/audio).
		 * @param audio the value
		 * @return this builder
		 */
		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
			return this;
		}

		/**
		 * Set {@code store}: Whether or not to store the output of this chat completion
		 * request for use in our [model distillation](/docs/guides/distillation) or
		 * [evals](/docs/guides/evals) products.
		 *
		 * Supports text and image inputs. Note: image inputs over 8MB will be dropped.
		 * @param store the value
		 * @return this builder
		 */
		public Builder store(@Nullable Boolean store) {
			this.store = store;
			return this;
		}

		/**
		 * Set {@code stream}: If set to true, the model response data will be streamed to
		 * the client as it is generated using [server-sent
		 * events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
		 * See the [Streaming section below](/docs/api-reference/chat/streaming) for more
		 * information, along with the [streaming
		 * responses](/docs/guides/streaming-responses) guide for more information on how
		 * to handle the streaming events.
		 * @param stream the value
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		/**
		 * Set {@code stop}: Not supported with latest reasoning models `o3` and
		 * `o4-mini`.
		 *
		 * Up to 4 sequences where the API will stop generating further tokens. The
		 * returned text will not contain the stop sequence.
		 * @param stop the value
		 * @return this builder
		 */
		public Builder stop(@Nullable StopConfiguration stop) {
			this.stop = stop;
			return this;
		}

		/**
		 * Set {@code stop} to a {@link StopConfiguration.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder stop(String value) {
			return stop(new StopConfiguration.StringValue(value));
		}

		/**
		 * Set {@code stop} to a {@link StopConfiguration.StringList}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder stop(List<String> value) {
			return stop(new StopConfiguration.StringList(value));
		}

		/**
		 * Set {@code logit_bias}: Modify the likelihood of specified tokens appearing in
		 * the completion.
		 *
		 * Accepts a JSON object that maps tokens (specified by their token ID in the
		 * tokenizer) to an associated bias value from -100 to 100. Mathematically, the
		 * bias is added to the logits generated by the model prior to sampling. The exact
		 * effect will vary per model, but values between -1 and 1 should decrease or
		 * increase likelihood of selection; values like -100 or 100 should result in a
		 * ban or exclusive selection of the relevant token.
		 * @param logitBias the value
		 * @return this builder
		 */
		public Builder logitBias(@Nullable Map<String, Long> logitBias) {
			this.logitBias = logitBias;
			return this;
		}

		/**
		 * Set {@code logprobs}: Whether to return log probabilities of the output tokens
		 * or not. If true, returns the log probabilities of each output token returned in
		 * the `content` of `message`.
		 * @param logprobs the value
		 * @return this builder
		 */
		public Builder logprobs(@Nullable Boolean logprobs) {
			this.logprobs = logprobs;
			return this;
		}

		/**
		 * Set {@code max_tokens}: The maximum number of [tokens](/tokenizer) that can be
		 * generated in the chat completion. This value can be used to control
		 * [costs](https://openai.com/api/pricing/) for text generated via API.
		 *
		 * This value is now deprecated in favor of `max_completion_tokens`, and is not
		 * compatible with [o-series models](/docs/guides/reasoning).
		 * @param maxTokens the value
		 * @return this builder
		 */
		public Builder maxTokens(@Nullable Long maxTokens) {
			this.maxTokens = maxTokens;
			return this;
		}

		/**
		 * Set {@code n}: How many chat completion choices to generate for each input
		 * message. Note that you will be charged based on the number of generated tokens
		 * across all of the choices. Keep `n` as `1` to minimize costs.
		 * @param n the value
		 * @return this builder
		 */
		public Builder n(@Nullable Long n) {
			this.n = n;
			return this;
		}

		/**
		 * Set {@code prediction}: Configuration for a [Predicted
		 * Output](/docs/guides/predicted-outputs), which can greatly improve response
		 * times when large parts of the model response are known ahead of time. This is
		 * most common when you are regenerating a file with only minor changes to most of
		 * the content.
		 * @param prediction the value
		 * @return this builder
		 */
		public Builder prediction(@Nullable PredictionContent prediction) {
			this.prediction = prediction;
			return this;
		}

		/**
		 * Set {@code seed}: This feature is in Beta. If specified, our system will make a
		 * best effort to sample deterministically, such that repeated requests with the
		 * same `seed` and parameters should return the same result. Determinism is not
		 * guaranteed, and you should refer to the `system_fingerprint` response parameter
		 * to monitor changes in the backend.
		 * @param seed the value
		 * @return this builder
		 */
		public Builder seed(@Nullable Long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * Set {@code stream_options}.
		 * @param streamOptions the value
		 * @return this builder
		 */
		public Builder streamOptions(@Nullable ChatCompletionStreamOptions streamOptions) {
			this.streamOptions = streamOptions;
			return this;
		}

		/**
		 * Set {@code tools}: A list of tools the model may call. You can provide either
		 * [custom tools](/docs/guides/function-calling#custom-tools) or [function
		 * tools](/docs/guides/function-calling).
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<ToolsItem> tools) {
			this.tools = tools;
			return this;
		}

		/**
		 * Set {@code tool_choice}: Controls which (if any) tool is called by the model.
		 * `none` means the model will not call any tool and instead generates a message.
		 * `auto` means the model can pick between generating a message or calling one or
		 * more tools. `required` means the model must call one or more tools. Specifying
		 * a particular tool via `{"type": "function", "function": {"name":
		 * "my_function"}}` forces the model to call that tool.
		 *
		 * `none` is the default when no tools are present. `auto` is the default if tools
		 * are present.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ChatCompletionToolChoiceOption toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Set {@code tool_choice} to a
		 * {@link ChatCompletionToolChoiceOption.ToolChoiceModeValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(ChatCompletionToolChoiceOption.ToolChoiceMode value) {
			return toolChoice(new ChatCompletionToolChoiceOption.ToolChoiceModeValue(value));
		}

		/**
		 * Set {@code parallel_tool_calls}: Whether to enable [parallel function
		 * calling](/docs/guides/function-calling#configuring-parallel-function-calling)
		 * during tool use.
		 * @param parallelToolCalls the value
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
		}

		/**
		 * Set {@code function_call}: Deprecated in favor of `tool_choice`.
		 *
		 * Controls which (if any) function is called by the model.
		 *
		 * `none` means the model will not call a function and instead generates a
		 * message.
		 *
		 * `auto` means the model can pick between generating a message or calling a
		 * function.
		 *
		 * Specifying a particular function via `{"name": "my_function"}` forces the model
		 * to call that function.
		 *
		 * `none` is the default when no functions are present. `auto` is the default if
		 * functions are present.
		 * @param functionCall the value
		 * @return this builder
		 */
		public Builder functionCall(@Nullable FunctionCall functionCall) {
			this.functionCall = functionCall;
			return this;
		}

		/**
		 * Set {@code function_call} to a {@link FunctionCall.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder functionCall(FunctionCall.Item value) {
			return functionCall(new FunctionCall.ItemValue(value));
		}

		/**
		 * Set {@code functions}: Deprecated in favor of `tools`.
		 *
		 * A list of functions the model may generate JSON inputs for.
		 * @param functions the value
		 * @return this builder
		 */
		public Builder functions(@Nullable List<ChatCompletionFunctions> functions) {
			this.functions = functions;
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
			return new CreateChatCompletionRequest(this.metadata, this.topLogprobs, this.temperature, this.topP,
					this.user, this.safetyIdentifier, this.promptCacheKey, this.serviceTier, this.promptCacheRetention,
					Objects.requireNonNull(this.messages, "'messages' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.modalities, this.verbosity,
					this.reasoningEffort, this.maxCompletionTokens, this.frequencyPenalty, this.presencePenalty,
					this.webSearchOptions, this.responseFormat, this.audio, this.store, this.stream, this.stop,
					this.logitBias, this.logprobs, this.maxTokens, this.n, this.prediction, this.seed,
					this.streamOptions, this.tools, this.toolChoice, this.parallelToolCalls, this.functionCall,
					this.functions, this.additionalProperties);
		}

	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
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
 * @param model ID of the model to use.
 * @param prompt The prompt(s) to generate completions for, encoded as a string, array of
 * strings, array of tokens, or array of token arrays.
 * @param bestOf Generates `best_of` completions server-side and returns the "best" (the
 * one with the highest log probability per token).
 * @param echo Echo back the prompt in addition to the completion
 * @param frequencyPenalty Number between -2.0 and 2.0.
 * @param logitBias Modify the likelihood of specified tokens appearing in the completion.
 * @param logprobs Include the log probabilities on the `logprobs` most likely output
 * tokens, as well the chosen tokens.
 * @param maxTokens The maximum number of [tokens](/tokenizer) that can be generated in
 * the completion.
 * @param n How many completions to generate for each prompt.
 * @param presencePenalty Number between -2.0 and 2.0.
 * @param seed If specified, our system will make a best effort to sample
 * deterministically, such that repeated requests with the same `seed` and parameters
 * should return the same result.
 * @param stop Not supported with latest reasoning models `o3` and `o4-mini`.
 * @param stream Whether to stream back partial progress.
 * @param streamOptions the {@code stream_options} property
 * @param suffix The suffix that comes after a completion of inserted text.
 * @param temperature What sampling temperature to use, between 0 and 2.
 * @param topP An alternative to sampling with temperature, called nucleus sampling, where
 * the model considers the results of the tokens with top_p probability mass.
 * @param user A unique identifier representing your end-user, which can help OpenAI to
 * monitor and detect abuse.
 * @param additionalProperties properties that this version of the client does not know
 */
public record CreateCompletionRequest(@JsonProperty("model") CreateCompletionRequest.Model model,
		@JsonProperty("prompt") CreateCompletionRequest.@Nullable Prompt prompt,
		@JsonProperty("best_of") @Nullable Long bestOf, @JsonProperty("echo") @Nullable Boolean echo,
		@JsonProperty("frequency_penalty") @Nullable Double frequencyPenalty,
		@JsonProperty("logit_bias") @Nullable Map<String, Long> logitBias,
		@JsonProperty("logprobs") @Nullable Long logprobs, @JsonProperty("max_tokens") @Nullable Long maxTokens,
		@JsonProperty("n") @Nullable Long n, @JsonProperty("presence_penalty") @Nullable Double presencePenalty,
		@JsonProperty("seed") @Nullable Long seed, @JsonProperty("stop") @Nullable StopConfiguration stop,
		@JsonProperty("stream") @Nullable Boolean stream,
		@JsonProperty("stream_options") @Nullable ChatCompletionStreamOptions streamOptions,
		@JsonProperty("suffix") @Nullable String suffix, @JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("top_p") @Nullable Double topP, @JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public CreateCompletionRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CreateCompletionRequest}.
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
	 * ID of the model to use. You can use the [List
	 * models](/docs/api-reference/models/list) API to see all of your available models,
	 * or see our [Model overview](/docs/models) for descriptions of them.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		public static final Model GPT_3_5_TURBO_INSTRUCT = new Model("gpt-3.5-turbo-instruct");

		public static final Model DAVINCI_002 = new Model("davinci-002");

		public static final Model BABBAGE_002 = new Model("babbage-002");

		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "gpt-3.5-turbo-instruct" -> GPT_3_5_TURBO_INSTRUCT;
				case "davinci-002" -> DAVINCI_002;
				case "babbage-002" -> BABBAGE_002;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "gpt-3.5-turbo-instruct", "davinci-002", "babbage-002" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The prompt(s) to generate completions for, encoded as a string, array of strings,
	 * array of tokens, or array of token arrays.
	 *
	 * Note that &lt;|endoftext|&gt; is the document separator that the model sees during
	 * training, so if a prompt is not specified the model will generate as if from the
	 * beginning of a new document.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Prompt.Deserializer.class)
	public sealed interface Prompt permits Prompt.StringValue, Prompt.StringList, Prompt.Unknown {

		/**
		 * A {@link Prompt} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Prompt {
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Prompt} that is a {@code List<String>}.
		 *
		 * @param value the value
		 */
		record StringList(@JsonValue List<String> value) implements Prompt {
			public StringList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Prompt} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Prompt, UnknownVariant {
		}

		/**
		 * Reads a {@link Prompt} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Prompt> {

			public Deserializer() {
				super(UnionDeserializer.<Prompt>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<String>>() {
					}, StringList::new));
			}

		}

	}

	/**
	 * Builds a {@link CreateCompletionRequest}.
	 */
	public static final class Builder {

		private @Nullable Model model;

		private @Nullable Prompt prompt;

		private @Nullable Long bestOf;

		private @Nullable Boolean echo;

		private @Nullable Double frequencyPenalty;

		private @Nullable Map<String, Long> logitBias;

		private @Nullable Long logprobs;

		private @Nullable Long maxTokens;

		private @Nullable Long n;

		private @Nullable Double presencePenalty;

		private @Nullable Long seed;

		private @Nullable StopConfiguration stop;

		private @Nullable Boolean stream;

		private @Nullable ChatCompletionStreamOptions streamOptions;

		private @Nullable String suffix;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable String user;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateCompletionRequest source) {
			this.model = source.model();
			this.prompt = source.prompt();
			this.bestOf = source.bestOf();
			this.echo = source.echo();
			this.frequencyPenalty = source.frequencyPenalty();
			this.logitBias = source.logitBias();
			this.logprobs = source.logprobs();
			this.maxTokens = source.maxTokens();
			this.n = source.n();
			this.presencePenalty = source.presencePenalty();
			this.seed = source.seed();
			this.stop = source.stop();
			this.stream = source.stream();
			this.streamOptions = source.streamOptions();
			this.suffix = source.suffix();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.user = source.user();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code model}: ID of the model to use. You can use the [List
		 * models](/docs/api-reference/models/list) API to see all of your available
		 * models, or see our [Model overview](/docs/models) for descriptions of them.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code model} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * Set {@code prompt}: The prompt(s) to generate completions for, encoded as a
		 * string, array of strings, array of tokens, or array of token arrays.
		 *
		 * Note that &lt;|endoftext|&gt; is the document separator that the model sees
		 * during training, so if a prompt is not specified the model will generate as if
		 * from the beginning of a new document.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable Prompt prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Set {@code prompt} to a {@link Prompt.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder prompt(String value) {
			return prompt(new Prompt.StringValue(value));
		}

		/**
		 * Set {@code prompt} to a {@link Prompt.StringList}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder prompt(List<String> value) {
			return prompt(new Prompt.StringList(value));
		}

		/**
		 * Set {@code best_of}: Generates `best_of` completions server-side and returns
		 * the "best" (the one with the highest log probability per token). Results cannot
		 * be streamed.
		 *
		 * When used with `n`, `best_of` controls the number of candidate completions and
		 * `n` specifies how many to return – `best_of` must be greater than `n`.
		 *
		 * **Note:** Because this parameter generates many completions, it can quickly
		 * consume your token quota. Use carefully and ensure that you have reasonable
		 * settings for `max_tokens` and `stop`.
		 * @param bestOf the value
		 * @return this builder
		 */
		public Builder bestOf(@Nullable Long bestOf) {
			this.bestOf = bestOf;
			return this;
		}

		/**
		 * Set {@code echo}: Echo back the prompt in addition to the completion
		 * @param echo the value
		 * @return this builder
		 */
		public Builder echo(@Nullable Boolean echo) {
			this.echo = echo;
			return this;
		}

		/**
		 * Set {@code frequency_penalty}: Number between -2.0 and 2.0. Positive values
		 * penalize new tokens based on their existing frequency in the text so far,
		 * decreasing the model's likelihood to repeat the same line verbatim.
		 *
		 * [See more information about frequency and presence
		 * penalties.](/docs/guides/text-generation)
		 * @param frequencyPenalty the value
		 * @return this builder
		 */
		public Builder frequencyPenalty(@Nullable Double frequencyPenalty) {
			this.frequencyPenalty = frequencyPenalty;
			return this;
		}

		/**
		 * Set {@code logit_bias}: Modify the likelihood of specified tokens appearing in
		 * the completion.
		 *
		 * Accepts a JSON object that maps tokens (specified by their token ID in the GPT
		 * tokenizer) to an associated bias value from -100 to 100. You can use this
		 * [tokenizer tool](/tokenizer?view=bpe) to convert text to token IDs.
		 * Mathematically, the bias is added to the logits generated by the model prior to
		 * sampling. The exact effect will vary per model, but values between -1 and 1
		 * should decrease or increase likelihood of selection; values like -100 or 100
		 * should result in a ban or exclusive selection of the relevant token.
		 *
		 * As an example, you can pass `{"50256": -100}` to prevent the
		 * &lt;|endoftext|&gt; token from being generated.
		 * @param logitBias the value
		 * @return this builder
		 */
		public Builder logitBias(@Nullable Map<String, Long> logitBias) {
			this.logitBias = logitBias;
			return this;
		}

		/**
		 * Set {@code logprobs}: Include the log probabilities on the `logprobs` most
		 * likely output tokens, as well the chosen tokens. For example, if `logprobs` is
		 * 5, the API will return a list of the 5 most likely tokens. The API will always
		 * return the `logprob` of the sampled token, so there may be up to `logprobs+1`
		 * elements in the response.
		 *
		 * The maximum value for `logprobs` is 5.
		 * @param logprobs the value
		 * @return this builder
		 */
		public Builder logprobs(@Nullable Long logprobs) {
			this.logprobs = logprobs;
			return this;
		}

		/**
		 * Set {@code max_tokens}: The maximum number of [tokens](/tokenizer) that can be
		 * generated in the completion.
		 *
		 * The token count of your prompt plus `max_tokens` cannot exceed the model's
		 * context length. [Example Python
		 * code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken)
		 * for counting tokens.
		 * @param maxTokens the value
		 * @return this builder
		 */
		public Builder maxTokens(@Nullable Long maxTokens) {
			this.maxTokens = maxTokens;
			return this;
		}

		/**
		 * Set {@code n}: How many completions to generate for each prompt.
		 *
		 * **Note:** Because this parameter generates many completions, it can quickly
		 * consume your token quota. Use carefully and ensure that you have reasonable
		 * settings for `max_tokens` and `stop`.
		 * @param n the value
		 * @return this builder
		 */
		public Builder n(@Nullable Long n) {
			this.n = n;
			return this;
		}

		/**
		 * Set {@code presence_penalty}: Number between -2.0 and 2.0. Positive values
		 * penalize new tokens based on whether they appear in the text so far, increasing
		 * the model's likelihood to talk about new topics.
		 *
		 * [See more information about frequency and presence
		 * penalties.](/docs/guides/text-generation)
		 * @param presencePenalty the value
		 * @return this builder
		 */
		public Builder presencePenalty(@Nullable Double presencePenalty) {
			this.presencePenalty = presencePenalty;
			return this;
		}

		/**
		 * Set {@code seed}: If specified, our system will make a best effort to sample
		 * deterministically, such that repeated requests with the same `seed` and
		 * parameters should return the same result.
		 *
		 * Determinism is not guaranteed, and you should refer to the `system_fingerprint`
		 * response parameter to monitor changes in the backend.
		 * @param seed the value
		 * @return this builder
		 */
		public Builder seed(@Nullable Long seed) {
			this.seed = seed;
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
		 * Set {@code stream}: Whether to stream back partial progress. If set, tokens
		 * will be sent as data-only [server-sent
		 * events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format)
		 * as they become available, with the stream terminated by a `data: [DONE]`
		 * message. [Example Python
		 * code](https://cookbook.openai.com/examples/how_to_stream_completions).
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
		public Builder streamOptions(@Nullable ChatCompletionStreamOptions streamOptions) {
			this.streamOptions = streamOptions;
			return this;
		}

		/**
		 * Set {@code suffix}: The suffix that comes after a completion of inserted text.
		 *
		 * This parameter is only supported for `gpt-3.5-turbo-instruct`.
		 * @param suffix the value
		 * @return this builder
		 */
		public Builder suffix(@Nullable String suffix) {
			this.suffix = suffix;
			return this;
		}

		/**
		 * Set {@code temperature}: What sampling temperature to use, between 0 and 2.
		 * Higher values like 0.8 will make the output more random, while lower values
		 * like 0.2 will make it more focused and deterministic.
		 *
		 * We generally recommend altering this or `top_p` but not both.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set {@code top_p}: An alternative to sampling with temperature, called nucleus
		 * sampling, where the model considers the results of the tokens with top_p
		 * probability mass. So 0.1 means only the tokens comprising the top 10%
		 * probability mass are considered.
		 *
		 * We generally recommend altering this or `temperature` but not both.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Set {@code user}: A unique identifier representing your end-user, which can
		 * help OpenAI to monitor and detect abuse. [Learn
		 * more](/docs/guides/safety-best-practices#end-user-ids).
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
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
		public CreateCompletionRequest build() {
			return new CreateCompletionRequest(Objects.requireNonNull(this.model, "'model' is required"), this.prompt,
					this.bestOf, this.echo, this.frequencyPenalty, this.logitBias, this.logprobs, this.maxTokens,
					this.n, this.presencePenalty, this.seed, this.stop, this.stream, this.streamOptions, this.suffix,
					this.temperature, this.topP, this.user, this.additionalProperties);
		}

	}
}

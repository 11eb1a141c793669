package dev.reactiveai.openai.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A request to create a chat completion. Build with {@link #builder()}; parameters this
 * type does not name go in {@link Builder#additionalProperty}.
 *
 * @param model the model, such as {@code gpt-4o}
 * @param messages the conversation so far
 * @param temperature sampling temperature between 0 and 2
 * @param topP nucleus sampling mass
 * @param n how many choices to generate
 * @param maxCompletionTokens upper bound of generated tokens, reasoning included
 * @param stop up to 4 sequences where generation stops
 * @param presencePenalty penalty between -2 and 2 for tokens already present
 * @param frequencyPenalty penalty between -2 and 2 by token frequency
 * @param seed a seed for best-effort deterministic sampling
 * @param user a stable identifier of the end user
 * @param tools the tools the model may call
 * @param toolChoice which tool the model must call, if any
 * @param responseFormat the output format, such as a JSON schema
 * @param stream whether to stream; set by the streaming method
 * @param streamOptions options of a stream, such as {@code include_usage}
 * @param additionalProperties further request parameters
 */
public record ChatCompletionRequest(String model, List<ChatMessage> messages, @Nullable Double temperature,
		@Nullable Double topP, @Nullable Integer n, @Nullable Integer maxCompletionTokens, @Nullable List<String> stop,
		@Nullable Double presencePenalty, @Nullable Double frequencyPenalty, @Nullable Long seed, @Nullable String user,
		@Nullable List<Object> tools, @Nullable Object toolChoice, @Nullable Object responseFormat,
		@Nullable Boolean stream, @Nullable Map<String, Object> streamOptions,
		@JsonAnyGetter Map<String, Object> additionalProperties) {

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		Builder builder = new Builder().model(this.model).messages(this.messages);
		builder.temperature = this.temperature;
		builder.topP = this.topP;
		builder.n = this.n;
		builder.maxCompletionTokens = this.maxCompletionTokens;
		builder.stop = this.stop;
		builder.presencePenalty = this.presencePenalty;
		builder.frequencyPenalty = this.frequencyPenalty;
		builder.seed = this.seed;
		builder.user = this.user;
		builder.tools = this.tools;
		builder.toolChoice = this.toolChoice;
		builder.responseFormat = this.responseFormat;
		builder.stream = this.stream;
		builder.streamOptions = this.streamOptions;
		builder.additionalProperties.putAll(this.additionalProperties);
		return builder;
	}

	/**
	 * Builds a {@link ChatCompletionRequest}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private final List<ChatMessage> messages = new ArrayList<>();

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable Integer n;

		private @Nullable Integer maxCompletionTokens;

		private @Nullable List<String> stop;

		private @Nullable Double presencePenalty;

		private @Nullable Double frequencyPenalty;

		private @Nullable Long seed;

		private @Nullable String user;

		private @Nullable List<Object> tools;

		private @Nullable Object toolChoice;

		private @Nullable Object responseFormat;

		private @Nullable Boolean stream;

		private @Nullable Map<String, Object> streamOptions;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder model(String model) {
			this.model = model;
			return this;
		}

		/** Replace the messages. */
		public Builder messages(List<ChatMessage> messages) {
			this.messages.clear();
			this.messages.addAll(messages);
			return this;
		}

		/** Add a message. */
		public Builder message(ChatMessage message) {
			this.messages.add(message);
			return this;
		}

		/** Add a {@code user} message. */
		public Builder userMessage(String content) {
			return message(ChatMessage.user(content));
		}

		/** Add a {@code system} message. */
		public Builder systemMessage(String content) {
			return message(ChatMessage.system(content));
		}

		public Builder temperature(double temperature) {
			this.temperature = temperature;
			return this;
		}

		public Builder topP(double topP) {
			this.topP = topP;
			return this;
		}

		public Builder n(int n) {
			this.n = n;
			return this;
		}

		public Builder maxCompletionTokens(int maxCompletionTokens) {
			this.maxCompletionTokens = maxCompletionTokens;
			return this;
		}

		public Builder stop(List<String> stop) {
			this.stop = List.copyOf(stop);
			return this;
		}

		public Builder presencePenalty(double presencePenalty) {
			this.presencePenalty = presencePenalty;
			return this;
		}

		public Builder frequencyPenalty(double frequencyPenalty) {
			this.frequencyPenalty = frequencyPenalty;
			return this;
		}

		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		public Builder user(String user) {
			this.user = user;
			return this;
		}

		public Builder tools(List<Object> tools) {
			this.tools = List.copyOf(tools);
			return this;
		}

		public Builder toolChoice(Object toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		public Builder responseFormat(Object responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		public Builder streamOptions(Map<String, Object> streamOptions) {
			this.streamOptions = Map.copyOf(streamOptions);
			return this;
		}

		/** Set a request parameter that this type does not name. */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		public ChatCompletionRequest build() {
			Assert.hasText(this.model, "'model' must be set: the model to use, such as gpt-4o");
			Assert.notEmpty(this.messages, "'messages' must not be empty");
			return new ChatCompletionRequest(this.model, List.copyOf(this.messages), this.temperature, this.topP,
					this.n, this.maxCompletionTokens, this.stop, this.presencePenalty, this.frequencyPenalty, this.seed,
					this.user, this.tools, this.toolChoice, this.responseFormat, this.stream, this.streamOptions,
					new LinkedHashMap<>(this.additionalProperties));
		}

	}

}

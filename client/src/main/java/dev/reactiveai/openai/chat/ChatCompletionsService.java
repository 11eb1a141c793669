package dev.reactiveai.openai.chat;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Chat completions: the model's answer to a conversation, whole or streamed.
 */
public final class ChatCompletionsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse;

	public ChatCompletionsService(OpenAiTransport transport) {
		this.transport = transport;
		this.withRawResponse = new WithRawResponse();
	}

	/** This service with the given per-call settings. */
	public ChatCompletionsService withOptions(RequestOptions options) {
		return new ChatCompletionsService(this.transport.withOptions(options));
	}

	/** The same operations, answering with status, headers and body. */
	public WithRawResponse withRawResponse() {
		return this.withRawResponse;
	}

	/**
	 * Creates a chat completion.
	 * @param request the request
	 * @return the completion
	 */
	public Mono<ChatCompletion> create(ChatCompletionRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Creates a chat completion and streams it as chunks, as the model writes.
	 * @param request the request; its {@code stream} flag is set for you
	 * @return the chunks
	 */
	public Flux<ChatCompletionChunk> createStream(ChatCompletionRequest request) {
		ChatCompletionRequest streaming = request.toBuilder().stream(true).build();
		return this.transport.stream(ApiRequest.post("/chat/completions").json(streaming).build(),
				ChatCompletionChunk.class);
	}

	/**
	 * The chat completion operations, answering with status, headers and body.
	 */
	public final class WithRawResponse {

		private WithRawResponse() {
		}

		public Mono<ApiResponse<ChatCompletion>> create(ChatCompletionRequest request) {
			ChatCompletionRequest whole = (request.stream() != null) ? request.toBuilder().stream(null).build()
					: request;
			return ChatCompletionsService.this.transport
				.exchange(ApiRequest.post("/chat/completions").json(whole).build(), ChatCompletion.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.chat;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionDeleted;
import dev.reactiveai.openai.types.ChatCompletionList;
import dev.reactiveai.openai.types.ChatCompletionsListParams;
import dev.reactiveai.openai.types.ChatCompletionsUpdateRequest;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /chat/completions} operations of the OpenAI API.
 */
public final class ChatCompletionsService {

	private final OpenAiTransport transport;

	private final ChatCompletionsMessagesService messages;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ChatCompletionsService(OpenAiTransport transport) {
		this.transport = transport;
		this.messages = new ChatCompletionsMessagesService(transport);
	}

	/**
	 * The {@code /chat/completions/{completion_id}/messages} operations.
	 * @return their service
	 */
	public ChatCompletionsMessagesService messages() {
		return this.messages;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ChatCompletionsService withOptions(RequestOptions options) {
		return new ChatCompletionsService(this.transport.withOptions(options));
	}

	/**
	 * List stored Chat Completions. Only Chat Completions that have been stored with the
	 * {@code store} parameter set to {@code true} will be returned. One page.
	 * @param params the query parameters ({@code model}, {@code metadata}, {@code after},
	 * {@code limit}, {@code order}), all optional
	 * @return one page of the list: the {@link ChatCompletionList} the API answers with
	 */
	public Mono<ChatCompletionList> listPage(ChatCompletionsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List stored Chat Completions. Only Chat Completions that have been stored with the
	 * {@code store} parameter set to {@code true} will be returned. Pages are fetched as
	 * the items are consumed.
	 * @param params the query parameters ({@code model}, {@code metadata}, {@code after},
	 * {@code limit}, {@code order}), all optional
	 * @return every {@link ChatCompletion} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<ChatCompletion> list(ChatCompletionsListParams params) {
		return Pagination.items("GET /chat/completions", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List stored Chat Completions. Only Chat Completions that have been stored with the
	 * {@code store} parameter set to {@code true} will be returned. With default query
	 * parameters.
	 * @return every {@link ChatCompletion} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<ChatCompletion> list() {
		return list(ChatCompletionsListParams.builder().build());
	}

	/**
	 * <strong>Starting a new project?</strong> We recommend trying
	 * <a href="https://platform.openai.com/docs/api-reference/responses">Responses</a> to
	 * take advantage of the latest OpenAI platform features. Compare <a href=
	 * "https://platform.openai.com/docs/guides/responses-vs-chat-completions?api-mode=responses">Chat
	 * Completions with Responses</a>.
	 * <p>
	 * Creates a model response for the given chat conversation. Learn more in the
	 * <a href="https://platform.openai.com/docs/guides/text-generation">text
	 * generation</a>,
	 * <a href="https://platform.openai.com/docs/guides/vision">vision</a>, and
	 * <a href="https://platform.openai.com/docs/guides/audio">audio</a> guides.
	 * <p>
	 * Parameter support can differ depending on the model used to generate the response,
	 * particularly for newer reasoning models. Parameters that are only supported for
	 * reasoning models are noted below. For the current state of unsupported parameters
	 * in reasoning models,
	 * <a href="https://platform.openai.com/docs/guides/reasoning">refer to the reasoning
	 * guide</a>.
	 * <p>
	 * Returns a chat completion object, or a streamed sequence of chat completion chunk
	 * objects if the request is streamed.
	 * @param request the {@link CreateChatCompletionRequest} describing what to create
	 * @return the {@link ChatCompletion} the API answers with
	 */
	public Mono<ChatCompletion> create(CreateChatCompletionRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * <strong>Starting a new project?</strong> We recommend trying
	 * <a href="https://platform.openai.com/docs/api-reference/responses">Responses</a> to
	 * take advantage of the latest OpenAI platform features. Compare <a href=
	 * "https://platform.openai.com/docs/guides/responses-vs-chat-completions?api-mode=responses">Chat
	 * Completions with Responses</a>.
	 * <p>
	 * Creates a model response for the given chat conversation. Learn more in the
	 * <a href="https://platform.openai.com/docs/guides/text-generation">text
	 * generation</a>,
	 * <a href="https://platform.openai.com/docs/guides/vision">vision</a>, and
	 * <a href="https://platform.openai.com/docs/guides/audio">audio</a> guides.
	 * <p>
	 * Parameter support can differ depending on the model used to generate the response,
	 * particularly for newer reasoning models. Parameters that are only supported for
	 * reasoning models are noted below. For the current state of unsupported parameters
	 * in reasoning models,
	 * <a href="https://platform.openai.com/docs/guides/reasoning">refer to the reasoning
	 * guide</a>.
	 * <p>
	 * Returns a chat completion object, or a streamed sequence of chat completion chunk
	 * objects if the request is streamed.
	 * <p>
	 * Streamed as server-sent events.
	 * @param request the {@link CreateChatCompletionRequest} describing what to create
	 * @return the {@link ChatCompletionChunk} events as the API sends them
	 */
	public Flux<ChatCompletionChunk> createStream(CreateChatCompletionRequest request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/chat/completions")
			.operation("createChatCompletion")
			.json(request.toBuilder().additionalProperty("stream", true).build())
			.build(), ChatCompletionChunk.class);
	}

	/**
	 * Get a stored chat completion. Only Chat Completions that have been created with the
	 * {@code store} parameter set to {@code true} will be returned.
	 * @param completionId the ID of the chat completion to retrieve
	 * @return the {@link ChatCompletion} the API answers with
	 */
	public Mono<ChatCompletion> retrieve(String completionId) {
		return this.withRawResponse.retrieve(completionId).map(ApiResponse::body);
	}

	/**
	 * Modify a stored chat completion. Only Chat Completions that have been created with
	 * the {@code store} parameter set to {@code true} can be modified. Currently, the
	 * only supported modification is to update the {@code metadata} field.
	 * @param completionId the ID of the chat completion to update
	 * @param request the {@link ChatCompletionsUpdateRequest} with the changes to make
	 * @return the {@link ChatCompletion} the API answers with
	 */
	public Mono<ChatCompletion> update(String completionId, ChatCompletionsUpdateRequest request) {
		return this.withRawResponse.update(completionId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a stored chat completion. Only Chat Completions that have been created with
	 * the {@code store} parameter set to {@code true} can be deleted.
	 * @param completionId the ID of the chat completion to delete
	 * @return the {@link ChatCompletionDeleted} the API answers with
	 */
	public Mono<ChatCompletionDeleted> delete(String completionId) {
		return this.withRawResponse.delete(completionId).map(ApiResponse::body);
	}

	/**
	 * The same operations, answering with status, headers and body.
	 * @return the view
	 */
	public WithRawResponse withRawResponse() {
		return this.withRawResponse;
	}

	/**
	 * The operations that answer with JSON, answering with status, headers and body.
	 */
	public final class WithRawResponse {

		private WithRawResponse() {
		}

		/**
		 * List stored Chat Completions. Only Chat Completions that have been stored with
		 * the {@code store} parameter set to {@code true} will be returned.
		 * @param params the query parameters ({@code model}, {@code metadata},
		 * {@code after}, {@code limit}, {@code order}), all optional
		 * @return the status, the headers and the {@link ChatCompletionList} the API
		 * answers with
		 */
		public Mono<ApiResponse<ChatCompletionList>> list(ChatCompletionsListParams params) {
			return ChatCompletionsService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/chat/completions")
				.operation("listChatCompletions")
				.query("model", params.model())
				.query("metadata", params.metadata())
				.query("after", params.after())
				.query("limit", params.limit())
				.query("order", params.order())
				.build(), ChatCompletionList.class);
		}

		/**
		 * <strong>Starting a new project?</strong> We recommend trying <a href=
		 * "https://platform.openai.com/docs/api-reference/responses">Responses</a> to
		 * take advantage of the latest OpenAI platform features. Compare <a href=
		 * "https://platform.openai.com/docs/guides/responses-vs-chat-completions?api-mode=responses">Chat
		 * Completions with Responses</a>.
		 * <p>
		 * Creates a model response for the given chat conversation. Learn more in the
		 * <a href="https://platform.openai.com/docs/guides/text-generation">text
		 * generation</a>,
		 * <a href="https://platform.openai.com/docs/guides/vision">vision</a>, and
		 * <a href="https://platform.openai.com/docs/guides/audio">audio</a> guides.
		 * <p>
		 * Parameter support can differ depending on the model used to generate the
		 * response, particularly for newer reasoning models. Parameters that are only
		 * supported for reasoning models are noted below. For the current state of
		 * unsupported parameters in reasoning models,
		 * <a href="https://platform.openai.com/docs/guides/reasoning">refer to the
		 * reasoning guide</a>.
		 * <p>
		 * Returns a chat completion object, or a streamed sequence of chat completion
		 * chunk objects if the request is streamed.
		 * @param request the {@link CreateChatCompletionRequest} describing what to
		 * create
		 * @return the status, the headers and the {@link ChatCompletion} the API answers
		 * with
		 */
		public Mono<ApiResponse<ChatCompletion>> create(CreateChatCompletionRequest request) {
			return ChatCompletionsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/chat/completions")
				.operation("createChatCompletion")
				.json((request.stream() != null || request.streamOptions() != null)
						? request.toBuilder().streamOptions(null).build() : request)
				.build(), ChatCompletion.class);
		}

		/**
		 * Get a stored chat completion. Only Chat Completions that have been created with
		 * the {@code store} parameter set to {@code true} will be returned.
		 * @param completionId the ID of the chat completion to retrieve
		 * @return the status, the headers and the {@link ChatCompletion} the API answers
		 * with
		 */
		public Mono<ApiResponse<ChatCompletion>> retrieve(String completionId) {
			return ChatCompletionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/chat/completions/{completion_id}", completionId)
					.operation("getChatCompletion")
					.build(), ChatCompletion.class);
		}

		/**
		 * Modify a stored chat completion. Only Chat Completions that have been created
		 * with the {@code store} parameter set to {@code true} can be modified.
		 * Currently, the only supported modification is to update the {@code metadata}
		 * field.
		 * @param completionId the ID of the chat completion to update
		 * @param request the {@link ChatCompletionsUpdateRequest} with the changes to
		 * make
		 * @return the status, the headers and the {@link ChatCompletion} the API answers
		 * with
		 */
		public Mono<ApiResponse<ChatCompletion>> update(String completionId, ChatCompletionsUpdateRequest request) {
			return ChatCompletionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/chat/completions/{completion_id}", completionId)
					.operation("updateChatCompletion")
					.json(request)
					.build(), ChatCompletion.class);
		}

		/**
		 * Delete a stored chat completion. Only Chat Completions that have been created
		 * with the {@code store} parameter set to {@code true} can be deleted.
		 * @param completionId the ID of the chat completion to delete
		 * @return the status, the headers and the {@link ChatCompletionDeleted} the API
		 * answers with
		 */
		public Mono<ApiResponse<ChatCompletionDeleted>> delete(String completionId) {
			return ChatCompletionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/chat/completions/{completion_id}", completionId)
					.operation("deleteChatCompletion")
					.build(), ChatCompletionDeleted.class);
		}

	}

}

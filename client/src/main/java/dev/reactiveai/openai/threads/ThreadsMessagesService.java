// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.threads;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateMessageRequest;
import dev.reactiveai.openai.types.DeleteMessageResponse;
import dev.reactiveai.openai.types.ListMessagesResponse;
import dev.reactiveai.openai.types.MessageObject;
import dev.reactiveai.openai.types.ModifyMessageRequest;
import dev.reactiveai.openai.types.ThreadsMessagesListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /threads/{thread_id}/messages} operations of the OpenAI API.
 */
public final class ThreadsMessagesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ThreadsMessagesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ThreadsMessagesService withOptions(RequestOptions options) {
		return new ThreadsMessagesService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of messages for a given thread. One page.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> the
	 * messages belong to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code run_id}), all optional
	 * @return one page of the list: the {@link ListMessagesResponse} the API answers with
	 */
	public Mono<ListMessagesResponse> listPage(String threadId, ThreadsMessagesListParams params) {
		return this.withRawResponse.list(threadId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of messages for a given thread. Pages are fetched as the items are
	 * consumed.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> the
	 * messages belong to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code run_id}), all optional
	 * @return every {@link MessageObject} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<MessageObject> list(String threadId, ThreadsMessagesListParams params) {
		return Pagination.items("GET /threads/{thread_id}/messages", params.after(), (cursor) -> listPage(threadId,
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of messages for a given thread. With default query parameters.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> the
	 * messages belong to
	 * @return every {@link MessageObject} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<MessageObject> list(String threadId) {
		return list(threadId, ThreadsMessagesListParams.builder().build());
	}

	/**
	 * Create a message.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> to
	 * create a message for
	 * @param request the {@link CreateMessageRequest} describing what to create
	 * @return the {@link MessageObject} the API answers with
	 */
	public Mono<MessageObject> create(String threadId, CreateMessageRequest request) {
		return this.withRawResponse.create(threadId, request).map(ApiResponse::body);
	}

	/**
	 * Retrieve a message.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> to
	 * which this message belongs
	 * @param messageId the ID of the message to retrieve
	 * @return the {@link MessageObject} the API answers with
	 */
	public Mono<MessageObject> retrieve(String threadId, String messageId) {
		return this.withRawResponse.retrieve(threadId, messageId).map(ApiResponse::body);
	}

	/**
	 * Modifies a message.
	 * @param threadId the ID of the thread to which this message belongs
	 * @param messageId the ID of the message to modify
	 * @param request the {@link ModifyMessageRequest} with the changes to make
	 * @return the {@link MessageObject} the API answers with
	 */
	public Mono<MessageObject> update(String threadId, String messageId, ModifyMessageRequest request) {
		return this.withRawResponse.update(threadId, messageId, request).map(ApiResponse::body);
	}

	/**
	 * Deletes a message.
	 * @param threadId the ID of the thread to which this message belongs
	 * @param messageId the ID of the message to delete
	 * @return the {@link DeleteMessageResponse} the API answers with
	 */
	public Mono<DeleteMessageResponse> delete(String threadId, String messageId) {
		return this.withRawResponse.delete(threadId, messageId).map(ApiResponse::body);
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
		 * Returns a list of messages for a given thread.
		 * @param threadId the ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> the
		 * messages belong to
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}, {@code run_id}), all optional
		 * @return the status, the headers and the {@link ListMessagesResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ListMessagesResponse>> list(String threadId, ThreadsMessagesListParams params) {
			return ThreadsMessagesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}/messages", threadId)
					.operation("listMessages")
					.header("OpenAI-Beta", "assistants=v2")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("before", params.before())
					.query("run_id", params.runId())
					.build(), ListMessagesResponse.class);
		}

		/**
		 * Create a message.
		 * @param threadId the ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> to
		 * create a message for
		 * @param request the {@link CreateMessageRequest} describing what to create
		 * @return the status, the headers and the {@link MessageObject} the API answers
		 * with
		 */
		public Mono<ApiResponse<MessageObject>> create(String threadId, CreateMessageRequest request) {
			return ThreadsMessagesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/messages", threadId)
					.operation("createMessage")
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), MessageObject.class);
		}

		/**
		 * Retrieve a message.
		 * @param threadId the ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> to
		 * which this message belongs
		 * @param messageId the ID of the message to retrieve
		 * @return the status, the headers and the {@link MessageObject} the API answers
		 * with
		 */
		public Mono<ApiResponse<MessageObject>> retrieve(String threadId, String messageId) {
			return ThreadsMessagesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}/messages/{message_id}", threadId, messageId)
						.operation("getMessage")
						.header("OpenAI-Beta", "assistants=v2")
						.build(),
					MessageObject.class);
		}

		/**
		 * Modifies a message.
		 * @param threadId the ID of the thread to which this message belongs
		 * @param messageId the ID of the message to modify
		 * @param request the {@link ModifyMessageRequest} with the changes to make
		 * @return the status, the headers and the {@link MessageObject} the API answers
		 * with
		 */
		public Mono<ApiResponse<MessageObject>> update(String threadId, String messageId,
				ModifyMessageRequest request) {
			return ThreadsMessagesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/messages/{message_id}", threadId, messageId)
						.operation("modifyMessage")
						.header("OpenAI-Beta", "assistants=v2")
						.json(request)
						.build(),
					MessageObject.class);
		}

		/**
		 * Deletes a message.
		 * @param threadId the ID of the thread to which this message belongs
		 * @param messageId the ID of the message to delete
		 * @return the status, the headers and the {@link DeleteMessageResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<DeleteMessageResponse>> delete(String threadId, String messageId) {
			return ThreadsMessagesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/threads/{thread_id}/messages/{message_id}", threadId, messageId)
						.operation("deleteMessage")
						.header("OpenAI-Beta", "assistants=v2")
						.build(),
					DeleteMessageResponse.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.chatkit;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ChatkitThreadsListParams;
import dev.reactiveai.openai.types.DeletedThreadResource;
import dev.reactiveai.openai.types.ThreadListResource;
import dev.reactiveai.openai.types.ThreadResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /chatkit/threads} operations of the OpenAI API.
 */
public final class ChatkitThreadsService {

	private final OpenAiTransport transport;

	private final ChatkitThreadsItemsService items;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ChatkitThreadsService(OpenAiTransport transport) {
		this.transport = transport;
		this.items = new ChatkitThreadsItemsService(transport);
	}

	/**
	 * The {@code /chatkit/threads/{thread_id}/items} operations.
	 * @return their service
	 */
	public ChatkitThreadsItemsService items() {
		return this.items;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ChatkitThreadsService withOptions(RequestOptions options) {
		return new ChatkitThreadsService(this.transport.withOptions(options));
	}

	/**
	 * List ChatKit threads with optional pagination and user filters. One page.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code user}), all optional
	 * @return one page of the list: the {@link ThreadListResource} the API answers with
	 */
	public Mono<ThreadListResource> listPage(ChatkitThreadsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List ChatKit threads with optional pagination and user filters. Pages are fetched
	 * as the items are consumed.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code user}), all optional
	 * @return every {@link ThreadResource} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<ThreadResource> list(ChatkitThreadsListParams params) {
		return Pagination.items("GET /chatkit/threads", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List ChatKit threads with optional pagination and user filters. With default query
	 * parameters.
	 * @return every {@link ThreadResource} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<ThreadResource> list() {
		return list(ChatkitThreadsListParams.builder().build());
	}

	/**
	 * Retrieve a ChatKit thread by its identifier.
	 * @param threadId identifier of the ChatKit thread to retrieve
	 * @return the {@link ThreadResource} the API answers with
	 */
	public Mono<ThreadResource> retrieve(String threadId) {
		return this.withRawResponse.retrieve(threadId).map(ApiResponse::body);
	}

	/**
	 * Delete a ChatKit thread along with its items and stored attachments.
	 * @param threadId identifier of the ChatKit thread to delete
	 * @return the {@link DeletedThreadResource} the API answers with
	 */
	public Mono<DeletedThreadResource> delete(String threadId) {
		return this.withRawResponse.delete(threadId).map(ApiResponse::body);
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
		 * List ChatKit threads with optional pagination and user filters.
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}, {@code user}), all optional
		 * @return the status, the headers and the {@link ThreadListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ThreadListResource>> list(ChatkitThreadsListParams params) {
			return ChatkitThreadsService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/chatkit/threads")
				.operation("ListThreadsMethod")
				.header("OpenAI-Beta", "chatkit_beta=v1")
				.query("limit", params.limit())
				.query("order", params.order())
				.query("after", params.after())
				.query("before", params.before())
				.query("user", params.user())
				.build(), ThreadListResource.class);
		}

		/**
		 * Retrieve a ChatKit thread by its identifier.
		 * @param threadId identifier of the ChatKit thread to retrieve
		 * @return the status, the headers and the {@link ThreadResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<ThreadResource>> retrieve(String threadId) {
			return ChatkitThreadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/chatkit/threads/{thread_id}", threadId)
					.operation("GetThreadMethod")
					.header("OpenAI-Beta", "chatkit_beta=v1")
					.build(), ThreadResource.class);
		}

		/**
		 * Delete a ChatKit thread along with its items and stored attachments.
		 * @param threadId identifier of the ChatKit thread to delete
		 * @return the status, the headers and the {@link DeletedThreadResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<DeletedThreadResource>> delete(String threadId) {
			return ChatkitThreadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/chatkit/threads/{thread_id}", threadId)
					.operation("DeleteThreadMethod")
					.header("OpenAI-Beta", "chatkit_beta=v1")
					.build(), DeletedThreadResource.class);
		}

	}

}

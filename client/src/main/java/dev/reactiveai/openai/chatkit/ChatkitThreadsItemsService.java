// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.chatkit;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ChatkitThreadsItemsListParams;
import dev.reactiveai.openai.types.ThreadItem;
import dev.reactiveai.openai.types.ThreadItemListResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /chatkit/threads/{thread_id}/items} operations of the OpenAI API.
 */
public final class ChatkitThreadsItemsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ChatkitThreadsItemsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ChatkitThreadsItemsService withOptions(RequestOptions options) {
		return new ChatkitThreadsItemsService(this.transport.withOptions(options));
	}

	/**
	 * List items that belong to a ChatKit thread. One page.
	 * @param threadId identifier of the ChatKit thread whose items are requested
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}), all optional
	 * @return one page of the list: the {@link ThreadItemListResource} the API answers
	 * with
	 */
	public Mono<ThreadItemListResource> listPage(String threadId, ChatkitThreadsItemsListParams params) {
		return this.withRawResponse.list(threadId, params).map(ApiResponse::body);
	}

	/**
	 * List items that belong to a ChatKit thread. Pages are fetched as the items are
	 * consumed.
	 * @param threadId identifier of the ChatKit thread whose items are requested
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}), all optional
	 * @return every {@link ThreadItem} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ThreadItem> list(String threadId, ChatkitThreadsItemsListParams params) {
		return Pagination.items("GET /chatkit/threads/{thread_id}/items", params.after(), (cursor) -> listPage(threadId,
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List items that belong to a ChatKit thread. With default query parameters.
	 * @param threadId identifier of the ChatKit thread whose items are requested
	 * @return every {@link ThreadItem} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ThreadItem> list(String threadId) {
		return list(threadId, ChatkitThreadsItemsListParams.builder().build());
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
		 * List items that belong to a ChatKit thread.
		 * @param threadId identifier of the ChatKit thread whose items are requested
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}), all optional
		 * @return the status, the headers and the {@link ThreadItemListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ThreadItemListResource>> list(String threadId, ChatkitThreadsItemsListParams params) {
			return ChatkitThreadsItemsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/chatkit/threads/{thread_id}/items", threadId)
					.operation("ListThreadItemsMethod")
					.header("OpenAI-Beta", "chatkit_beta=v1")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("before", params.before())
					.build(), ThreadItemListResource.class);
		}

	}

}

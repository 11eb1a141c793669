// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.responses;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ItemResource;
import dev.reactiveai.openai.types.ResponseItemList;
import dev.reactiveai.openai.types.ResponsesInputItemsListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /responses/{response_id}/input_items} operations of the OpenAI API.
 */
public final class ResponsesInputItemsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ResponsesInputItemsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ResponsesInputItemsService withOptions(RequestOptions options) {
		return new ResponsesInputItemsService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of input items for a given response. One page.
	 * @param responseId the ID of the response to retrieve input items for
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code include}), all optional
	 * @return one page of the list: the {@link ResponseItemList} the API answers with
	 */
	public Mono<ResponseItemList> listPage(String responseId, ResponsesInputItemsListParams params) {
		return this.withRawResponse.list(responseId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of input items for a given response. Pages are fetched as the items
	 * are consumed.
	 * @param responseId the ID of the response to retrieve input items for
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code include}), all optional
	 * @return every {@link ItemResource} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ItemResource> list(String responseId, ResponsesInputItemsListParams params) {
		return Pagination.items("GET /responses/{response_id}/input_items", params.after(), (cursor) -> listPage(
				responseId, params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of input items for a given response. With default query parameters.
	 * @param responseId the ID of the response to retrieve input items for
	 * @return every {@link ItemResource} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ItemResource> list(String responseId) {
		return list(responseId, ResponsesInputItemsListParams.builder().build());
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
		 * Returns a list of input items for a given response.
		 * @param responseId the ID of the response to retrieve input items for
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code include}), all optional
		 * @return the status, the headers and the {@link ResponseItemList} the API
		 * answers with
		 */
		public Mono<ApiResponse<ResponseItemList>> list(String responseId, ResponsesInputItemsListParams params) {
			return ResponsesInputItemsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/responses/{response_id}/input_items", responseId)
					.operation("listInputItems")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("include", params.include())
					.build(), ResponseItemList.class);
		}

	}

}

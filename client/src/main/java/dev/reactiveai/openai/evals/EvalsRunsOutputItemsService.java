// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.evals;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.EvalRunOutputItem;
import dev.reactiveai.openai.types.EvalRunOutputItemList;
import dev.reactiveai.openai.types.EvalsRunsOutputItemsListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /evals/{eval_id}/runs/{run_id}/output_items} operations of the OpenAI API.
 */
public final class EvalsRunsOutputItemsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public EvalsRunsOutputItemsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public EvalsRunsOutputItemsService withOptions(RequestOptions options) {
		return new EvalsRunsOutputItemsService(this.transport.withOptions(options));
	}

	/**
	 * Get a list of output items for an evaluation run. One page.
	 * @param evalId the ID of the evaluation to retrieve runs for
	 * @param runId the ID of the run to retrieve output items for
	 * @param params the query parameters ({@code after}, {@code limit}, {@code status},
	 * {@code order}), all optional
	 * @return one page of the list: the {@link EvalRunOutputItemList} the API answers
	 * with
	 */
	public Mono<EvalRunOutputItemList> listPage(String evalId, String runId, EvalsRunsOutputItemsListParams params) {
		return this.withRawResponse.list(evalId, runId, params).map(ApiResponse::body);
	}

	/**
	 * Get a list of output items for an evaluation run. Pages are fetched as the items
	 * are consumed.
	 * @param evalId the ID of the evaluation to retrieve runs for
	 * @param runId the ID of the run to retrieve output items for
	 * @param params the query parameters ({@code after}, {@code limit}, {@code status},
	 * {@code order}), all optional
	 * @return every {@link EvalRunOutputItem} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<EvalRunOutputItem> list(String evalId, String runId, EvalsRunsOutputItemsListParams params) {
		return Pagination.items("GET /evals/{eval_id}/runs/{run_id}/output_items", params.after(), (cursor) -> listPage(
				evalId, runId, params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Get a list of output items for an evaluation run. With default query parameters.
	 * @param evalId the ID of the evaluation to retrieve runs for
	 * @param runId the ID of the run to retrieve output items for
	 * @return every {@link EvalRunOutputItem} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<EvalRunOutputItem> list(String evalId, String runId) {
		return list(evalId, runId, EvalsRunsOutputItemsListParams.builder().build());
	}

	/**
	 * Get an evaluation run output item by ID.
	 * @param evalId the ID of the evaluation to retrieve runs for
	 * @param runId the ID of the run to retrieve
	 * @param outputItemId the ID of the output item to retrieve
	 * @return the {@link EvalRunOutputItem} the API answers with
	 */
	public Mono<EvalRunOutputItem> retrieve(String evalId, String runId, String outputItemId) {
		return this.withRawResponse.retrieve(evalId, runId, outputItemId).map(ApiResponse::body);
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
		 * Get a list of output items for an evaluation run.
		 * @param evalId the ID of the evaluation to retrieve runs for
		 * @param runId the ID of the run to retrieve output items for
		 * @param params the query parameters ({@code after}, {@code limit},
		 * {@code status}, {@code order}), all optional
		 * @return the status, the headers and the {@link EvalRunOutputItemList} the API
		 * answers with
		 */
		public Mono<ApiResponse<EvalRunOutputItemList>> list(String evalId, String runId,
				EvalsRunsOutputItemsListParams params) {
			return EvalsRunsOutputItemsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/evals/{eval_id}/runs/{run_id}/output_items", evalId, runId)
					.operation("getEvalRunOutputItems")
					.query("after", params.after())
					.query("limit", params.limit())
					.query("status", params.status())
					.query("order", params.order())
					.build(), EvalRunOutputItemList.class);
		}

		/**
		 * Get an evaluation run output item by ID.
		 * @param evalId the ID of the evaluation to retrieve runs for
		 * @param runId the ID of the run to retrieve
		 * @param outputItemId the ID of the output item to retrieve
		 * @return the status, the headers and the {@link EvalRunOutputItem} the API
		 * answers with
		 */
		public Mono<ApiResponse<EvalRunOutputItem>> retrieve(String evalId, String runId, String outputItemId) {
			return EvalsRunsOutputItemsService.this.transport
				.exchange(ApiRequest
					.of(HttpMethod.GET, "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}", evalId, runId,
							outputItemId)
					.operation("getEvalRunOutputItem")
					.build(), EvalRunOutputItem.class);
		}

	}

}

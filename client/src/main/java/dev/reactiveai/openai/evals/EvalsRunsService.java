// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.evals;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateEvalRunRequest;
import dev.reactiveai.openai.types.EvalRun;
import dev.reactiveai.openai.types.EvalRunList;
import dev.reactiveai.openai.types.EvalsRunsDeleteResponse;
import dev.reactiveai.openai.types.EvalsRunsListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /evals/{eval_id}/runs} operations of the OpenAI API.
 */
public final class EvalsRunsService {

	private final OpenAiTransport transport;

	private final EvalsRunsOutputItemsService outputItems;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public EvalsRunsService(OpenAiTransport transport) {
		this.transport = transport;
		this.outputItems = new EvalsRunsOutputItemsService(transport);
	}

	/**
	 * The {@code /evals/{eval_id}/runs/{run_id}/output_items} operations.
	 * @return their service
	 */
	public EvalsRunsOutputItemsService outputItems() {
		return this.outputItems;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public EvalsRunsService withOptions(RequestOptions options) {
		return new EvalsRunsService(this.transport.withOptions(options));
	}

	/**
	 * Get a list of runs for an evaluation. One page.
	 * @param evalId the ID of the evaluation to retrieve runs for
	 * @param params the query parameters ({@code after}, {@code limit}, {@code order},
	 * {@code status}), all optional
	 * @return one page of the list: the {@link EvalRunList} the API answers with
	 */
	public Mono<EvalRunList> listPage(String evalId, EvalsRunsListParams params) {
		return this.withRawResponse.list(evalId, params).map(ApiResponse::body);
	}

	/**
	 * Get a list of runs for an evaluation. Pages are fetched as the items are consumed.
	 * @param evalId the ID of the evaluation to retrieve runs for
	 * @param params the query parameters ({@code after}, {@code limit}, {@code order},
	 * {@code status}), all optional
	 * @return every {@link EvalRun} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<EvalRun> list(String evalId, EvalsRunsListParams params) {
		return Pagination.items("GET /evals/{eval_id}/runs", params.after(), (cursor) -> listPage(evalId,
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Get a list of runs for an evaluation. With default query parameters.
	 * @param evalId the ID of the evaluation to retrieve runs for
	 * @return every {@link EvalRun} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<EvalRun> list(String evalId) {
		return list(evalId, EvalsRunsListParams.builder().build());
	}

	/**
	 * Kicks off a new run for a given evaluation, specifying the data source, and what
	 * model configuration to use to test. The datasource will be validated against the
	 * schema specified in the config of the evaluation.
	 * @param evalId the ID of the evaluation to create a run for
	 * @param request the {@link CreateEvalRunRequest} describing what to create
	 * @return the {@link EvalRun} the API answers with
	 */
	public Mono<EvalRun> create(String evalId, CreateEvalRunRequest request) {
		return this.withRawResponse.create(evalId, request).map(ApiResponse::body);
	}

	/**
	 * Get an evaluation run by ID.
	 * @param evalId the ID of the evaluation to retrieve runs for
	 * @param runId the ID of the run to retrieve
	 * @return the {@link EvalRun} the API answers with
	 */
	public Mono<EvalRun> retrieve(String evalId, String runId) {
		return this.withRawResponse.retrieve(evalId, runId).map(ApiResponse::body);
	}

	/**
	 * Delete an eval run.
	 * @param evalId the ID of the evaluation to delete the run from
	 * @param runId the ID of the run to delete
	 * @return the {@link EvalsRunsDeleteResponse} the API answers with
	 */
	public Mono<EvalsRunsDeleteResponse> delete(String evalId, String runId) {
		return this.withRawResponse.delete(evalId, runId).map(ApiResponse::body);
	}

	/**
	 * Cancel an ongoing evaluation run.
	 * @param evalId the ID of the evaluation whose run you want to cancel
	 * @param runId the ID of the run to cancel
	 * @return the {@link EvalRun} the API answers with
	 */
	public Mono<EvalRun> cancel(String evalId, String runId) {
		return this.withRawResponse.cancel(evalId, runId).map(ApiResponse::body);
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
		 * Get a list of runs for an evaluation.
		 * @param evalId the ID of the evaluation to retrieve runs for
		 * @param params the query parameters ({@code after}, {@code limit},
		 * {@code order}, {@code status}), all optional
		 * @return the status, the headers and the {@link EvalRunList} the API answers
		 * with
		 */
		public Mono<ApiResponse<EvalRunList>> list(String evalId, EvalsRunsListParams params) {
			return EvalsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/evals/{eval_id}/runs", evalId)
					.operation("getEvalRuns")
					.query("after", params.after())
					.query("limit", params.limit())
					.query("order", params.order())
					.query("status", params.status())
					.build(), EvalRunList.class);
		}

		/**
		 * Kicks off a new run for a given evaluation, specifying the data source, and
		 * what model configuration to use to test. The datasource will be validated
		 * against the schema specified in the config of the evaluation.
		 * @param evalId the ID of the evaluation to create a run for
		 * @param request the {@link CreateEvalRunRequest} describing what to create
		 * @return the status, the headers and the {@link EvalRun} the API answers with
		 */
		public Mono<ApiResponse<EvalRun>> create(String evalId, CreateEvalRunRequest request) {
			return EvalsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/evals/{eval_id}/runs", evalId)
					.operation("createEvalRun")
					.json(request)
					.build(), EvalRun.class);
		}

		/**
		 * Get an evaluation run by ID.
		 * @param evalId the ID of the evaluation to retrieve runs for
		 * @param runId the ID of the run to retrieve
		 * @return the status, the headers and the {@link EvalRun} the API answers with
		 */
		public Mono<ApiResponse<EvalRun>> retrieve(String evalId, String runId) {
			return EvalsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/evals/{eval_id}/runs/{run_id}", evalId, runId)
					.operation("getEvalRun")
					.build(), EvalRun.class);
		}

		/**
		 * Delete an eval run.
		 * @param evalId the ID of the evaluation to delete the run from
		 * @param runId the ID of the run to delete
		 * @return the status, the headers and the {@link EvalsRunsDeleteResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<EvalsRunsDeleteResponse>> delete(String evalId, String runId) {
			return EvalsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/evals/{eval_id}/runs/{run_id}", evalId, runId)
					.operation("deleteEvalRun")
					.build(), EvalsRunsDeleteResponse.class);
		}

		/**
		 * Cancel an ongoing evaluation run.
		 * @param evalId the ID of the evaluation whose run you want to cancel
		 * @param runId the ID of the run to cancel
		 * @return the status, the headers and the {@link EvalRun} the API answers with
		 */
		public Mono<ApiResponse<EvalRun>> cancel(String evalId, String runId) {
			return EvalsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/evals/{eval_id}/runs/{run_id}", evalId, runId)
					.operation("cancelEvalRun")
					.build(), EvalRun.class);
		}

	}

}

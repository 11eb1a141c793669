// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.evals;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateEvalRequest;
import dev.reactiveai.openai.types.Eval;
import dev.reactiveai.openai.types.EvalList;
import dev.reactiveai.openai.types.EvalsDeleteResponse;
import dev.reactiveai.openai.types.EvalsListParams;
import dev.reactiveai.openai.types.EvalsUpdateRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /evals} operations of the OpenAI API.
 */
public final class EvalsService {

	private final OpenAiTransport transport;

	private final EvalsRunsService runs;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public EvalsService(OpenAiTransport transport) {
		this.transport = transport;
		this.runs = new EvalsRunsService(transport);
	}

	/**
	 * The {@code /evals/{eval_id}/runs} operations.
	 * @return their service
	 */
	public EvalsRunsService runs() {
		return this.runs;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public EvalsService withOptions(RequestOptions options) {
		return new EvalsService(this.transport.withOptions(options));
	}

	/**
	 * List evaluations for a project. One page.
	 * @param params the query parameters ({@code after}, {@code limit}, {@code order},
	 * {@code order_by}), all optional
	 * @return one page of the list: the {@link EvalList} the API answers with
	 */
	public Mono<EvalList> listPage(EvalsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List evaluations for a project. Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code after}, {@code limit}, {@code order},
	 * {@code order_by}), all optional
	 * @return every {@link Eval} of the list, its pages fetched as the items are consumed
	 */
	public Flux<Eval> list(EvalsListParams params) {
		return Pagination.items("GET /evals", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List evaluations for a project. With default query parameters.
	 * @return every {@link Eval} of the list, its pages fetched as the items are consumed
	 */
	public Flux<Eval> list() {
		return list(EvalsListParams.builder().build());
	}

	/**
	 * Create the structure of an evaluation that can be used to test a model's
	 * performance. An evaluation is a set of testing criteria and the config for a data
	 * source, which dictates the schema of the data used in the evaluation. After
	 * creating an evaluation, you can run it on different models and model parameters. We
	 * support several types of graders and datasources. For more information, see the
	 * <a href="https://platform.openai.com/docs/guides/evals">Evals guide</a>.
	 * @param request the {@link CreateEvalRequest} describing what to create
	 * @return the {@link Eval} the API answers with
	 */
	public Mono<Eval> create(CreateEvalRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Get an evaluation by ID.
	 * @param evalId the ID of the evaluation to retrieve
	 * @return the {@link Eval} the API answers with
	 */
	public Mono<Eval> retrieve(String evalId) {
		return this.withRawResponse.retrieve(evalId).map(ApiResponse::body);
	}

	/**
	 * Update certain properties of an evaluation.
	 * @param evalId the ID of the evaluation to update
	 * @param request request to update an evaluation
	 * @return the {@link Eval} the API answers with
	 */
	public Mono<Eval> update(String evalId, EvalsUpdateRequest request) {
		return this.withRawResponse.update(evalId, request).map(ApiResponse::body);
	}

	/**
	 * Delete an evaluation.
	 * @param evalId the ID of the evaluation to delete
	 * @return the {@link EvalsDeleteResponse} the API answers with
	 */
	public Mono<EvalsDeleteResponse> delete(String evalId) {
		return this.withRawResponse.delete(evalId).map(ApiResponse::body);
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
		 * List evaluations for a project.
		 * @param params the query parameters ({@code after}, {@code limit},
		 * {@code order}, {@code order_by}), all optional
		 * @return the status, the headers and the {@link EvalList} the API answers with
		 */
		public Mono<ApiResponse<EvalList>> list(EvalsListParams params) {
			return EvalsService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/evals")
				.operation("listEvals")
				.query("after", params.after())
				.query("limit", params.limit())
				.query("order", params.order())
				.query("order_by", params.orderBy())
				.build(), EvalList.class);
		}

		/**
		 * Create the structure of an evaluation that can be used to test a model's
		 * performance. An evaluation is a set of testing criteria and the config for a
		 * data source, which dictates the schema of the data used in the evaluation.
		 * After creating an evaluation, you can run it on different models and model
		 * parameters. We support several types of graders and datasources. For more
		 * information, see the
		 * <a href="https://platform.openai.com/docs/guides/evals">Evals guide</a>.
		 * @param request the {@link CreateEvalRequest} describing what to create
		 * @return the status, the headers and the {@link Eval} the API answers with
		 */
		public Mono<ApiResponse<Eval>> create(CreateEvalRequest request) {
			return EvalsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/evals").operation("createEval").json(request).build(), Eval.class);
		}

		/**
		 * Get an evaluation by ID.
		 * @param evalId the ID of the evaluation to retrieve
		 * @return the status, the headers and the {@link Eval} the API answers with
		 */
		public Mono<ApiResponse<Eval>> retrieve(String evalId) {
			return EvalsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/evals/{eval_id}", evalId).operation("getEval").build(), Eval.class);
		}

		/**
		 * Update certain properties of an evaluation.
		 * @param evalId the ID of the evaluation to update
		 * @param request request to update an evaluation
		 * @return the status, the headers and the {@link Eval} the API answers with
		 */
		public Mono<ApiResponse<Eval>> update(String evalId, EvalsUpdateRequest request) {
			return EvalsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/evals/{eval_id}", evalId)
				.operation("updateEval")
				.json(request)
				.build(), Eval.class);
		}

		/**
		 * Delete an evaluation.
		 * @param evalId the ID of the evaluation to delete
		 * @return the status, the headers and the {@link EvalsDeleteResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<EvalsDeleteResponse>> delete(String evalId) {
			return EvalsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/evals/{eval_id}", evalId).operation("deleteEval").build(),
					EvalsDeleteResponse.class);
		}

	}

}

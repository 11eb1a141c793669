// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.threads;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ListRunStepsResponse;
import dev.reactiveai.openai.types.RunStep;
import dev.reactiveai.openai.types.ThreadsRunsStepsListParams;
import dev.reactiveai.openai.types.ThreadsRunsStepsRetrieveParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /threads/{thread_id}/runs/{run_id}/steps} operations of the OpenAI API.
 */
public final class ThreadsRunsStepsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ThreadsRunsStepsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ThreadsRunsStepsService withOptions(RequestOptions options) {
		return new ThreadsRunsStepsService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of run steps belonging to a run. One page.
	 * @param threadId the ID of the thread the run and run steps belong to
	 * @param runId the ID of the run the run steps belong to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code include[]}), all optional
	 * @return one page of the list: the {@link ListRunStepsResponse} the API answers with
	 */
	public Mono<ListRunStepsResponse> listPage(String threadId, String runId, ThreadsRunsStepsListParams params) {
		return this.withRawResponse.list(threadId, runId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of run steps belonging to a run. Pages are fetched as the items are
	 * consumed.
	 * @param threadId the ID of the thread the run and run steps belong to
	 * @param runId the ID of the run the run steps belong to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code include[]}), all optional
	 * @return every {@link RunStep} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<RunStep> list(String threadId, String runId, ThreadsRunsStepsListParams params) {
		return Pagination.items("GET /threads/{thread_id}/runs/{run_id}/steps", params.after(), (cursor) -> listPage(
				threadId, runId, params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of run steps belonging to a run. With default query parameters.
	 * @param threadId the ID of the thread the run and run steps belong to
	 * @param runId the ID of the run the run steps belong to
	 * @return every {@link RunStep} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<RunStep> list(String threadId, String runId) {
		return list(threadId, runId, ThreadsRunsStepsListParams.builder().build());
	}

	/**
	 * Retrieves a run step.
	 * @param threadId the ID of the thread to which the run and run step belongs
	 * @param runId the ID of the run to which the run step belongs
	 * @param stepId the ID of the run step to retrieve
	 * @param params the query parameters ({@code include[]}), all optional
	 * @return the {@link RunStep} the API answers with
	 */
	public Mono<RunStep> retrieve(String threadId, String runId, String stepId, ThreadsRunsStepsRetrieveParams params) {
		return this.withRawResponse.retrieve(threadId, runId, stepId, params).map(ApiResponse::body);
	}

	/**
	 * Retrieves a run step. With default query parameters.
	 * @param threadId the ID of the thread to which the run and run step belongs
	 * @param runId the ID of the run to which the run step belongs
	 * @param stepId the ID of the run step to retrieve
	 * @return the {@link RunStep} the API answers with
	 */
	public Mono<RunStep> retrieve(String threadId, String runId, String stepId) {
		return retrieve(threadId, runId, stepId, ThreadsRunsStepsRetrieveParams.builder().build());
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
		 * Returns a list of run steps belonging to a run.
		 * @param threadId the ID of the thread the run and run steps belong to
		 * @param runId the ID of the run the run steps belong to
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}, {@code include[]}), all optional
		 * @return the status, the headers and the {@link ListRunStepsResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ListRunStepsResponse>> list(String threadId, String runId,
				ThreadsRunsStepsListParams params) {
			return ThreadsRunsStepsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}/runs/{run_id}/steps", threadId, runId)
					.operation("listRunSteps")
					.header("OpenAI-Beta", "assistants=v2")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("before", params.before())
					.query("include[]", params.include())
					.build(), ListRunStepsResponse.class);
		}

		/**
		 * Retrieves a run step.
		 * @param threadId the ID of the thread to which the run and run step belongs
		 * @param runId the ID of the run to which the run step belongs
		 * @param stepId the ID of the run step to retrieve
		 * @param params the query parameters ({@code include[]}), all optional
		 * @return the status, the headers and the {@link RunStep} the API answers with
		 */
		public Mono<ApiResponse<RunStep>> retrieve(String threadId, String runId, String stepId,
				ThreadsRunsStepsRetrieveParams params) {
			return ThreadsRunsStepsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/threads/{thread_id}/runs/{run_id}/steps/{step_id}", threadId, runId, stepId)
				.operation("getRunStep")
				.header("OpenAI-Beta", "assistants=v2")
				.query("include[]", params.include())
				.build(), RunStep.class);
		}

	}

}

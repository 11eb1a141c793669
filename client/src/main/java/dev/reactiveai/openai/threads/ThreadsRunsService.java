// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.threads;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.AssistantStreamEvent;
import dev.reactiveai.openai.types.CreateRunRequest;
import dev.reactiveai.openai.types.ListRunsResponse;
import dev.reactiveai.openai.types.ModifyRunRequest;
import dev.reactiveai.openai.types.Run;
import dev.reactiveai.openai.types.SubmitToolOutputsRunRequest;
import dev.reactiveai.openai.types.ThreadsRunsCreateParams;
import dev.reactiveai.openai.types.ThreadsRunsListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /threads/{thread_id}/runs} operations of the OpenAI API.
 */
public final class ThreadsRunsService {

	private final OpenAiTransport transport;

	private final ThreadsRunsStepsService steps;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ThreadsRunsService(OpenAiTransport transport) {
		this.transport = transport;
		this.steps = new ThreadsRunsStepsService(transport);
	}

	/**
	 * The {@code /threads/{thread_id}/runs/{run_id}/steps} operations.
	 * @return their service
	 */
	public ThreadsRunsStepsService steps() {
		return this.steps;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ThreadsRunsService withOptions(RequestOptions options) {
		return new ThreadsRunsService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of runs belonging to a thread. One page.
	 * @param threadId the ID of the thread the run belongs to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}), all optional
	 * @return one page of the list: the {@link ListRunsResponse} the API answers with
	 */
	public Mono<ListRunsResponse> listPage(String threadId, ThreadsRunsListParams params) {
		return this.withRawResponse.list(threadId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of runs belonging to a thread. Pages are fetched as the items are
	 * consumed.
	 * @param threadId the ID of the thread the run belongs to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}), all optional
	 * @return every {@link Run} of the list, its pages fetched as the items are consumed
	 */
	public Flux<Run> list(String threadId, ThreadsRunsListParams params) {
		return Pagination.items("GET /threads/{thread_id}/runs", params.after(), (cursor) -> listPage(threadId,
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of runs belonging to a thread. With default query parameters.
	 * @param threadId the ID of the thread the run belongs to
	 * @return every {@link Run} of the list, its pages fetched as the items are consumed
	 */
	public Flux<Run> list(String threadId) {
		return list(threadId, ThreadsRunsListParams.builder().build());
	}

	/**
	 * Create a run.
	 * @param threadId the ID of the thread to run
	 * @param request the {@link CreateRunRequest} describing what to create
	 * @param params the query parameters ({@code include[]}), all optional
	 * @return the {@link Run} the API answers with
	 */
	public Mono<Run> create(String threadId, CreateRunRequest request, ThreadsRunsCreateParams params) {
		return this.withRawResponse.create(threadId, request, params).map(ApiResponse::body);
	}

	/**
	 * Create a run. Streamed as server-sent events.
	 * @param threadId the ID of the thread to run
	 * @param request the {@link CreateRunRequest} describing what to create
	 * @param params the query parameters ({@code include[]}), all optional
	 * @return the {@link AssistantStreamEvent} events as the API sends them
	 */
	public Flux<AssistantStreamEvent> createStream(String threadId, CreateRunRequest request,
			ThreadsRunsCreateParams params) {
		return this.transport.streamNamedEvents(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/runs", threadId)
			.operation("createRun")
			.header("OpenAI-Beta", "assistants=v2")
			.query("include[]", params.include())
			.json(request.toBuilder().additionalProperty("stream", true).build())
			.build(), AssistantStreamEvent.class);
	}

	/**
	 * Create a run. With default query parameters.
	 * @param threadId the ID of the thread to run
	 * @param request the {@link CreateRunRequest} describing what to create
	 * @return the {@link Run} the API answers with
	 */
	public Mono<Run> create(String threadId, CreateRunRequest request) {
		return create(threadId, request, ThreadsRunsCreateParams.builder().build());
	}

	/**
	 * Retrieves a run.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> that
	 * was run
	 * @param runId the ID of the run to retrieve
	 * @return the {@link Run} the API answers with
	 */
	public Mono<Run> retrieve(String threadId, String runId) {
		return this.withRawResponse.retrieve(threadId, runId).map(ApiResponse::body);
	}

	/**
	 * Modifies a run.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> that
	 * was run
	 * @param runId the ID of the run to modify
	 * @param request the {@link ModifyRunRequest} with the changes to make
	 * @return the {@link Run} the API answers with
	 */
	public Mono<Run> update(String threadId, String runId, ModifyRunRequest request) {
		return this.withRawResponse.update(threadId, runId, request).map(ApiResponse::body);
	}

	/**
	 * Cancels a run that is {@code in_progress}.
	 * @param threadId the ID of the thread to which this run belongs
	 * @param runId the ID of the run to cancel
	 * @return the {@link Run} the API answers with
	 */
	public Mono<Run> cancel(String threadId, String runId) {
		return this.withRawResponse.cancel(threadId, runId).map(ApiResponse::body);
	}

	/**
	 * When a run has the {@code status: "requires_action"} and
	 * {@code required_action.type} is {@code submit_tool_outputs}, this endpoint can be
	 * used to submit the outputs from the tool calls once they're all completed. All
	 * outputs must be submitted in a single request.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> to
	 * which this run belongs
	 * @param runId the ID of the run that requires the tool output submission
	 * @param request the {@link SubmitToolOutputsRunRequest} with the parameters of the
	 * call
	 * @return the {@link Run} the API answers with
	 */
	public Mono<Run> submitToolOutputs(String threadId, String runId, SubmitToolOutputsRunRequest request) {
		return this.withRawResponse.submitToolOutputs(threadId, runId, request).map(ApiResponse::body);
	}

	/**
	 * When a run has the {@code status: "requires_action"} and
	 * {@code required_action.type} is {@code submit_tool_outputs}, this endpoint can be
	 * used to submit the outputs from the tool calls once they're all completed. All
	 * outputs must be submitted in a single request. Streamed as server-sent events.
	 * @param threadId the ID of the
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> to
	 * which this run belongs
	 * @param runId the ID of the run that requires the tool output submission
	 * @param request the {@link SubmitToolOutputsRunRequest} with the parameters of the
	 * call
	 * @return the {@link AssistantStreamEvent} events as the API sends them
	 */
	public Flux<AssistantStreamEvent> submitToolOutputsStream(String threadId, String runId,
			SubmitToolOutputsRunRequest request) {
		return this.transport.streamNamedEvents(ApiRequest
			.of(HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", threadId, runId)
			.operation("submitToolOuputsToRun")
			.header("OpenAI-Beta", "assistants=v2")
			.json(request.toBuilder().additionalProperty("stream", true).build())
			.build(), AssistantStreamEvent.class);
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
		 * Returns a list of runs belonging to a thread.
		 * @param threadId the ID of the thread the run belongs to
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}), all optional
		 * @return the status, the headers and the {@link ListRunsResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ListRunsResponse>> list(String threadId, ThreadsRunsListParams params) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}/runs", threadId)
					.operation("listRuns")
					.header("OpenAI-Beta", "assistants=v2")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("before", params.before())
					.build(), ListRunsResponse.class);
		}

		/**
		 * Create a run.
		 * @param threadId the ID of the thread to run
		 * @param request the {@link CreateRunRequest} describing what to create
		 * @param params the query parameters ({@code include[]}), all optional
		 * @return the status, the headers and the {@link Run} the API answers with
		 */
		public Mono<ApiResponse<Run>> create(String threadId, CreateRunRequest request,
				ThreadsRunsCreateParams params) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/runs", threadId)
					.operation("createRun")
					.header("OpenAI-Beta", "assistants=v2")
					.query("include[]", params.include())
					.json((request.stream() != null) ? request.toBuilder().build() : request)
					.build(), Run.class);
		}

		/**
		 * Retrieves a run.
		 * @param threadId the ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>
		 * that was run
		 * @param runId the ID of the run to retrieve
		 * @return the status, the headers and the {@link Run} the API answers with
		 */
		public Mono<ApiResponse<Run>> retrieve(String threadId, String runId) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}/runs/{run_id}", threadId, runId)
					.operation("getRun")
					.header("OpenAI-Beta", "assistants=v2")
					.build(), Run.class);
		}

		/**
		 * Modifies a run.
		 * @param threadId the ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>
		 * that was run
		 * @param runId the ID of the run to modify
		 * @param request the {@link ModifyRunRequest} with the changes to make
		 * @return the status, the headers and the {@link Run} the API answers with
		 */
		public Mono<ApiResponse<Run>> update(String threadId, String runId, ModifyRunRequest request) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}", threadId, runId)
					.operation("modifyRun")
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), Run.class);
		}

		/**
		 * Cancels a run that is {@code in_progress}.
		 * @param threadId the ID of the thread to which this run belongs
		 * @param runId the ID of the run to cancel
		 * @return the status, the headers and the {@link Run} the API answers with
		 */
		public Mono<ApiResponse<Run>> cancel(String threadId, String runId) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}/cancel", threadId, runId)
					.operation("cancelRun")
					.header("OpenAI-Beta", "assistants=v2")
					.build(), Run.class);
		}

		/**
		 * When a run has the {@code status: "requires_action"} and
		 * {@code required_action.type} is {@code submit_tool_outputs}, this endpoint can
		 * be used to submit the outputs from the tool calls once they're all completed.
		 * All outputs must be submitted in a single request.
		 * @param threadId the ID of the
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a> to
		 * which this run belongs
		 * @param runId the ID of the run that requires the tool output submission
		 * @param request the {@link SubmitToolOutputsRunRequest} with the parameters of
		 * the call
		 * @return the status, the headers and the {@link Run} the API answers with
		 */
		public Mono<ApiResponse<Run>> submitToolOutputs(String threadId, String runId,
				SubmitToolOutputsRunRequest request) {
			return ThreadsRunsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", threadId, runId)
				.operation("submitToolOuputsToRun")
				.header("OpenAI-Beta", "assistants=v2")
				.json((request.stream() != null) ? request.toBuilder().build() : request)
				.build(), Run.class);
		}

	}

}

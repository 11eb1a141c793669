// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.threads;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.Pagination;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.AssistantStreamEvent;
import dev.reactiveai.openai.model.CreateRunRequest;
import dev.reactiveai.openai.model.CreateThreadAndRunRequest;
import dev.reactiveai.openai.model.ListRunsResponse;
import dev.reactiveai.openai.model.ModifyRunRequest;
import dev.reactiveai.openai.model.RunObject;
import dev.reactiveai.openai.model.SubmitToolOutputsRunRequest;
import dev.reactiveai.openai.model.ThreadsRunsCreateRunParams;
import dev.reactiveai.openai.model.ThreadsRunsListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /threads/runs} operations of the OpenAI API.
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
	 * The {@code /threads/runs/steps} operations.
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
	 * Create a thread and run it in one request.
	 * @param request the request body
	 */
	public Mono<RunObject> create(CreateThreadAndRunRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Create a thread and run it in one request. Streamed as server-sent events.
	 * @param request the request body
	 * @return the events, as they arrive
	 */
	public Flux<AssistantStreamEvent> createStream(CreateThreadAndRunRequest request) {
		return this.transport.streamNamedEvents(ApiRequest.of(HttpMethod.POST, "/threads/runs")
			.header("OpenAI-Beta", "assistants=v2")
			.json(request.toBuilder().stream(true).build())
			.build(), AssistantStreamEvent.class);
	}

	/**
	 * Returns a list of runs belonging to a thread. One page.
	 * @param threadId the {@code threadId}
	 * @param params the query parameters
	 */
	public Mono<ListRunsResponse> listPage(String threadId, ThreadsRunsListParams params) {
		return this.withRawResponse.list(threadId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of runs belonging to a thread. Pages are fetched as the items are
	 * consumed.
	 * @param threadId the {@code threadId}
	 * @param params the query parameters
	 */
	public Flux<RunObject> list(String threadId, ThreadsRunsListParams params) {
		return Pagination.items("GET /threads/{thread_id}/runs", params.after(),
				(cursor) -> listPage(threadId, params.toBuilder().after(cursor).build())
					.map((page) -> new Page<>(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(),
							page.lastId())));
	}

	/**
	 * Returns a list of runs belonging to a thread. With default query parameters.
	 * @param threadId the {@code threadId}
	 */
	public Flux<RunObject> list(String threadId) {
		return list(threadId, ThreadsRunsListParams.builder().build());
	}

	/**
	 * Create a run.
	 * @param threadId the {@code threadId}
	 * @param request the request body
	 * @param params the query parameters
	 */
	public Mono<RunObject> createRun(String threadId, CreateRunRequest request, ThreadsRunsCreateRunParams params) {
		return this.withRawResponse.createRun(threadId, request, params).map(ApiResponse::body);
	}

	/**
	 * Create a run. Streamed as server-sent events.
	 * @param threadId the {@code threadId}
	 * @param request the request body
	 * @param params the query parameters
	 * @return the events, as they arrive
	 */
	public Flux<AssistantStreamEvent> createRunStream(String threadId, CreateRunRequest request,
			ThreadsRunsCreateRunParams params) {
		return this.transport.streamNamedEvents(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/runs", threadId)
			.header("OpenAI-Beta", "assistants=v2")
			.query("include[]", params.include())
			.json(request.toBuilder().stream(true).build())
			.build(), AssistantStreamEvent.class);
	}

	/**
	 * Create a run. With default query parameters.
	 * @param threadId the {@code threadId}
	 * @param request the request body
	 */
	public Mono<RunObject> createRun(String threadId, CreateRunRequest request) {
		return createRun(threadId, request, ThreadsRunsCreateRunParams.builder().build());
	}

	/**
	 * Retrieves a run.
	 * @param threadId the {@code threadId}
	 * @param runId the {@code runId}
	 */
	public Mono<RunObject> retrieve(String threadId, String runId) {
		return this.withRawResponse.retrieve(threadId, runId).map(ApiResponse::body);
	}

	/**
	 * Modifies a run.
	 * @param threadId the {@code threadId}
	 * @param runId the {@code runId}
	 * @param request the request body
	 */
	public Mono<RunObject> update(String threadId, String runId, ModifyRunRequest request) {
		return this.withRawResponse.update(threadId, runId, request).map(ApiResponse::body);
	}

	/**
	 * Cancels a run that is `in_progress`.
	 * @param threadId the {@code threadId}
	 * @param runId the {@code runId}
	 */
	public Mono<RunObject> cancel(String threadId, String runId) {
		return this.withRawResponse.cancel(threadId, runId).map(ApiResponse::body);
	}

	/**
	 * When a run has the `status: "requires_action"` and `required_action.type` is
	 * `submit_tool_outputs`, this endpoint can be used to submit the outputs from the
	 * tool calls once they're all completed. All outputs must be submitted in a single
	 * request.
	 * @param threadId the {@code threadId}
	 * @param runId the {@code runId}
	 * @param request the request body
	 */
	public Mono<RunObject> submitToolOutputs(String threadId, String runId, SubmitToolOutputsRunRequest request) {
		return this.withRawResponse.submitToolOutputs(threadId, runId, request).map(ApiResponse::body);
	}

	/**
	 * When a run has the `status: "requires_action"` and `required_action.type` is
	 * `submit_tool_outputs`, this endpoint can be used to submit the outputs from the
	 * tool calls once they're all completed. All outputs must be submitted in a single
	 * request. Streamed as server-sent events.
	 * @param threadId the {@code threadId}
	 * @param runId the {@code runId}
	 * @param request the request body
	 * @return the events, as they arrive
	 */
	public Flux<AssistantStreamEvent> submitToolOutputsStream(String threadId, String runId,
			SubmitToolOutputsRunRequest request) {
		return this.transport.streamNamedEvents(ApiRequest
			.of(HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", threadId, runId)
			.header("OpenAI-Beta", "assistants=v2")
			.json(request.toBuilder().stream(true).build())
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
		 * Create a thread and run it in one request.
		 * @param request the request body
		 */
		public Mono<ApiResponse<RunObject>> create(CreateThreadAndRunRequest request) {
			return ThreadsRunsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/threads/runs")
				.header("OpenAI-Beta", "assistants=v2")
				.json(request)
				.build(), RunObject.class);
		}

		/**
		 * Returns a list of runs belonging to a thread.
		 * @param threadId the {@code threadId}
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<ListRunsResponse>> list(String threadId, ThreadsRunsListParams params) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}/runs", threadId)
					.header("OpenAI-Beta", "assistants=v2")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("before", params.before())
					.build(), ListRunsResponse.class);
		}

		/**
		 * Create a run.
		 * @param threadId the {@code threadId}
		 * @param request the request body
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<RunObject>> createRun(String threadId, CreateRunRequest request,
				ThreadsRunsCreateRunParams params) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/runs", threadId)
					.header("OpenAI-Beta", "assistants=v2")
					.query("include[]", params.include())
					.json(request)
					.build(), RunObject.class);
		}

		/**
		 * Retrieves a run.
		 * @param threadId the {@code threadId}
		 * @param runId the {@code runId}
		 */
		public Mono<ApiResponse<RunObject>> retrieve(String threadId, String runId) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}/runs/{run_id}", threadId, runId)
					.header("OpenAI-Beta", "assistants=v2")
					.build(), RunObject.class);
		}

		/**
		 * Modifies a run.
		 * @param threadId the {@code threadId}
		 * @param runId the {@code runId}
		 * @param request the request body
		 */
		public Mono<ApiResponse<RunObject>> update(String threadId, String runId, ModifyRunRequest request) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}", threadId, runId)
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), RunObject.class);
		}

		/**
		 * Cancels a run that is `in_progress`.
		 * @param threadId the {@code threadId}
		 * @param runId the {@code runId}
		 */
		public Mono<ApiResponse<RunObject>> cancel(String threadId, String runId) {
			return ThreadsRunsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}/cancel", threadId, runId)
					.header("OpenAI-Beta", "assistants=v2")
					.build(), RunObject.class);
		}

		/**
		 * When a run has the `status: "requires_action"` and `required_action.type` is
		 * `submit_tool_outputs`, this endpoint can be used to submit the outputs from the
		 * tool calls once they're all completed. All outputs must be submitted in a
		 * single request.
		 * @param threadId the {@code threadId}
		 * @param runId the {@code runId}
		 * @param request the request body
		 */
		public Mono<ApiResponse<RunObject>> submitToolOutputs(String threadId, String runId,
				SubmitToolOutputsRunRequest request) {
			return ThreadsRunsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", threadId, runId)
				.header("OpenAI-Beta", "assistants=v2")
				.json(request)
				.build(), RunObject.class);
		}

	}

}

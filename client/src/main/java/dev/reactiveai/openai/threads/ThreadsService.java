// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.threads;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.AssistantStreamEvent;
import dev.reactiveai.openai.types.CreateThreadAndRunRequest;
import dev.reactiveai.openai.types.CreateThreadRequest;
import dev.reactiveai.openai.types.DeleteThreadResponse;
import dev.reactiveai.openai.types.ModifyThreadRequest;
import dev.reactiveai.openai.types.Run;
import dev.reactiveai.openai.types.ThreadObject;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /threads} operations of the OpenAI API.
 */
public final class ThreadsService {

	private final OpenAiTransport transport;

	private final ThreadsMessagesService messages;

	private final ThreadsRunsService runs;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ThreadsService(OpenAiTransport transport) {
		this.transport = transport;
		this.messages = new ThreadsMessagesService(transport);
		this.runs = new ThreadsRunsService(transport);
	}

	/**
	 * The {@code /threads/{thread_id}/messages} operations.
	 * @return their service
	 */
	public ThreadsMessagesService messages() {
		return this.messages;
	}

	/**
	 * The {@code /threads/{thread_id}/runs} operations.
	 * @return their service
	 */
	public ThreadsRunsService runs() {
		return this.runs;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ThreadsService withOptions(RequestOptions options) {
		return new ThreadsService(this.transport.withOptions(options));
	}

	/**
	 * Create a thread.
	 * @param request the {@link CreateThreadRequest} describing what to create
	 * @return the {@link ThreadObject} the API answers with
	 */
	public Mono<ThreadObject> create(CreateThreadRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Create a thread and run it in one request.
	 * @param request the {@link CreateThreadAndRunRequest} with the parameters of the
	 * call
	 * @return the {@link Run} the API answers with
	 */
	public Mono<Run> createAndRun(CreateThreadAndRunRequest request) {
		return this.withRawResponse.createAndRun(request).map(ApiResponse::body);
	}

	/**
	 * Create a thread and run it in one request. Streamed as server-sent events.
	 * @param request the {@link CreateThreadAndRunRequest} with the parameters of the
	 * call
	 * @return the {@link AssistantStreamEvent} events as the API sends them
	 */
	public Flux<AssistantStreamEvent> createAndRunStream(CreateThreadAndRunRequest request) {
		return this.transport.streamNamedEvents(ApiRequest.of(HttpMethod.POST, "/threads/runs")
			.operation("createThreadAndRun")
			.header("OpenAI-Beta", "assistants=v2")
			.json(request.toBuilder().additionalProperty("stream", true).build())
			.build(), AssistantStreamEvent.class);
	}

	/**
	 * Retrieves a thread.
	 * @param threadId the ID of the thread to retrieve
	 * @return the {@link ThreadObject} the API answers with
	 */
	public Mono<ThreadObject> retrieve(String threadId) {
		return this.withRawResponse.retrieve(threadId).map(ApiResponse::body);
	}

	/**
	 * Modifies a thread.
	 * @param threadId the ID of the thread to modify
	 * @param request the {@link ModifyThreadRequest} with the changes to make
	 * @return the {@link ThreadObject} the API answers with
	 */
	public Mono<ThreadObject> update(String threadId, ModifyThreadRequest request) {
		return this.withRawResponse.update(threadId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a thread.
	 * @param threadId the ID of the thread to delete
	 * @return the {@link DeleteThreadResponse} the API answers with
	 */
	public Mono<DeleteThreadResponse> delete(String threadId) {
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
		 * Create a thread.
		 * @param request the {@link CreateThreadRequest} describing what to create
		 * @return the status, the headers and the {@link ThreadObject} the API answers
		 * with
		 */
		public Mono<ApiResponse<ThreadObject>> create(CreateThreadRequest request) {
			return ThreadsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/threads")
				.operation("createThread")
				.header("OpenAI-Beta", "assistants=v2")
				.json(request)
				.build(), ThreadObject.class);
		}

		/**
		 * Create a thread and run it in one request.
		 * @param request the {@link CreateThreadAndRunRequest} with the parameters of the
		 * call
		 * @return the status, the headers and the {@link Run} the API answers with
		 */
		public Mono<ApiResponse<Run>> createAndRun(CreateThreadAndRunRequest request) {
			return ThreadsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/threads/runs")
				.operation("createThreadAndRun")
				.header("OpenAI-Beta", "assistants=v2")
				.json((request.stream() != null) ? request.toBuilder().build() : request)
				.build(), Run.class);
		}

		/**
		 * Retrieves a thread.
		 * @param threadId the ID of the thread to retrieve
		 * @return the status, the headers and the {@link ThreadObject} the API answers
		 * with
		 */
		public Mono<ApiResponse<ThreadObject>> retrieve(String threadId) {
			return ThreadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}", threadId)
					.operation("getThread")
					.header("OpenAI-Beta", "assistants=v2")
					.build(), ThreadObject.class);
		}

		/**
		 * Modifies a thread.
		 * @param threadId the ID of the thread to modify
		 * @param request the {@link ModifyThreadRequest} with the changes to make
		 * @return the status, the headers and the {@link ThreadObject} the API answers
		 * with
		 */
		public Mono<ApiResponse<ThreadObject>> update(String threadId, ModifyThreadRequest request) {
			return ThreadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}", threadId)
					.operation("modifyThread")
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), ThreadObject.class);
		}

		/**
		 * Delete a thread.
		 * @param threadId the ID of the thread to delete
		 * @return the status, the headers and the {@link DeleteThreadResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<DeleteThreadResponse>> delete(String threadId) {
			return ThreadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/threads/{thread_id}", threadId)
					.operation("deleteThread")
					.header("OpenAI-Beta", "assistants=v2")
					.build(), DeleteThreadResponse.class);
		}

	}

}

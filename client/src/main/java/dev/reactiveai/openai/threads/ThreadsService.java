// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.threads;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateThreadRequest;
import dev.reactiveai.openai.model.DeleteThreadResponse;
import dev.reactiveai.openai.model.ModifyThreadRequest;
import dev.reactiveai.openai.model.ThreadObject;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /threads} operations of the OpenAI API.
 */
public final class ThreadsService {

	private final OpenAiTransport transport;

	private final ThreadsRunsService runs;

	private final ThreadsMessagesService messages;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ThreadsService(OpenAiTransport transport) {
		this.transport = transport;
		this.runs = new ThreadsRunsService(transport);
		this.messages = new ThreadsMessagesService(transport);
	}

	/**
	 * The {@code /threads/runs} operations.
	 */
	public ThreadsRunsService runs() {
		return this.runs;
	}

	/**
	 * The {@code /threads/messages} operations.
	 */
	public ThreadsMessagesService messages() {
		return this.messages;
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
	 * @param request the request body
	 */
	public Mono<ThreadObject> create(CreateThreadRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a thread.
	 * @param threadId the {@code threadId}
	 */
	public Mono<ThreadObject> retrieve(String threadId) {
		return this.withRawResponse.retrieve(threadId).map(ApiResponse::body);
	}

	/**
	 * Modifies a thread.
	 * @param threadId the {@code threadId}
	 * @param request the request body
	 */
	public Mono<ThreadObject> update(String threadId, ModifyThreadRequest request) {
		return this.withRawResponse.update(threadId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a thread.
	 * @param threadId the {@code threadId}
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
		 * @param request the request body
		 */
		public Mono<ApiResponse<ThreadObject>> create(CreateThreadRequest request) {
			return ThreadsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/threads")
				.header("OpenAI-Beta", "assistants=v2")
				.json(request)
				.build(), ThreadObject.class);
		}

		/**
		 * Retrieves a thread.
		 * @param threadId the {@code threadId}
		 */
		public Mono<ApiResponse<ThreadObject>> retrieve(String threadId) {
			return ThreadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/threads/{thread_id}", threadId)
					.header("OpenAI-Beta", "assistants=v2")
					.build(), ThreadObject.class);
		}

		/**
		 * Modifies a thread.
		 * @param threadId the {@code threadId}
		 * @param request the request body
		 */
		public Mono<ApiResponse<ThreadObject>> update(String threadId, ModifyThreadRequest request) {
			return ThreadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/threads/{thread_id}", threadId)
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), ThreadObject.class);
		}

		/**
		 * Delete a thread.
		 * @param threadId the {@code threadId}
		 */
		public Mono<ApiResponse<DeleteThreadResponse>> delete(String threadId) {
			return ThreadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/threads/{thread_id}", threadId)
					.header("OpenAI-Beta", "assistants=v2")
					.build(), DeleteThreadResponse.class);
		}

	}

}

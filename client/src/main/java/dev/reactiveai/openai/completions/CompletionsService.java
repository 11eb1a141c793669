// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.completions;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.Completion;
import dev.reactiveai.openai.types.CreateCompletionRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /completions} operations of the OpenAI API.
 */
public final class CompletionsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public CompletionsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public CompletionsService withOptions(RequestOptions options) {
		return new CompletionsService(this.transport.withOptions(options));
	}

	/**
	 * Creates a completion for the provided prompt and parameters.
	 * <p>
	 * Returns a completion object, or a sequence of completion objects if the request is
	 * streamed.
	 * @param request the {@link CreateCompletionRequest} describing what to create
	 * @return the {@link Completion} the API answers with
	 */
	public Mono<Completion> create(CreateCompletionRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Creates a completion for the provided prompt and parameters.
	 * <p>
	 * Returns a completion object, or a sequence of completion objects if the request is
	 * streamed.
	 * <p>
	 * Streamed as server-sent events.
	 * @param request the {@link CreateCompletionRequest} describing what to create
	 * @return the {@link Completion} events as the API sends them
	 */
	public Flux<Completion> createStream(CreateCompletionRequest request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/completions")
			.operation("createCompletion")
			.json(request.toBuilder().additionalProperty("stream", true).build())
			.build(), Completion.class);
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
		 * Creates a completion for the provided prompt and parameters.
		 * <p>
		 * Returns a completion object, or a sequence of completion objects if the request
		 * is streamed.
		 * @param request the {@link CreateCompletionRequest} describing what to create
		 * @return the status, the headers and the {@link Completion} the API answers with
		 */
		public Mono<ApiResponse<Completion>> create(CreateCompletionRequest request) {
			return CompletionsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/completions")
				.operation("createCompletion")
				.json((request.stream() != null || request.streamOptions() != null)
						? request.toBuilder().streamOptions(null).build() : request)
				.build(), Completion.class);
		}

	}

}

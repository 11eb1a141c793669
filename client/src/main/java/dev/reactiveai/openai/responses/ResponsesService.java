// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.responses;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.Pagination;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateResponse;
import dev.reactiveai.openai.model.ItemResource;
import dev.reactiveai.openai.model.Response;
import dev.reactiveai.openai.model.ResponseItemList;
import dev.reactiveai.openai.model.ResponseStreamEvent;
import dev.reactiveai.openai.model.ResponsesInputItemsParams;
import dev.reactiveai.openai.model.ResponsesRetrieveParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /responses} operations of the OpenAI API.
 */
public final class ResponsesService {

	private final OpenAiTransport transport;

	private final ResponsesInputTokensService inputTokens;

	private final ResponsesCompactService compact;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ResponsesService(OpenAiTransport transport) {
		this.transport = transport;
		this.inputTokens = new ResponsesInputTokensService(transport);
		this.compact = new ResponsesCompactService(transport);
	}

	/**
	 * The {@code /responses/input_tokens} operations.
	 */
	public ResponsesInputTokensService inputTokens() {
		return this.inputTokens;
	}

	/**
	 * The {@code /responses/compact} operations.
	 */
	public ResponsesCompactService compact() {
		return this.compact;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ResponsesService withOptions(RequestOptions options) {
		return new ResponsesService(this.transport.withOptions(options));
	}

	/**
	 * Creates a model response. Provide [text](/docs/guides/text) or
	 * [image](/docs/guides/images) inputs to generate [text](/docs/guides/text) or
	 * [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
	 * [custom code](/docs/guides/function-calling) or use built-in
	 * [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search) or
	 * [file search](/docs/guides/tools-file-search) to use your own data as input for the
	 * model's response.
	 * @param request the request body
	 */
	public Mono<Response> create(CreateResponse request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Creates a model response. Provide [text](/docs/guides/text) or
	 * [image](/docs/guides/images) inputs to generate [text](/docs/guides/text) or
	 * [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
	 * [custom code](/docs/guides/function-calling) or use built-in
	 * [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search) or
	 * [file search](/docs/guides/tools-file-search) to use your own data as input for the
	 * model's response. Streamed as server-sent events.
	 * @param request the request body
	 * @return the events, as they arrive
	 */
	public Flux<ResponseStreamEvent> createStream(CreateResponse request) {
		return this.transport.stream(
				ApiRequest.of(HttpMethod.POST, "/responses").json(request.toBuilder().stream(true).build()).build(),
				ResponseStreamEvent.class);
	}

	/**
	 * Retrieves a model response with the given ID.
	 * @param responseId the {@code responseId}
	 * @param params the query parameters
	 */
	public Mono<Response> retrieve(String responseId, ResponsesRetrieveParams params) {
		return this.withRawResponse.retrieve(responseId, params).map(ApiResponse::body);
	}

	/**
	 * Retrieves a model response with the given ID. Streamed as server-sent events.
	 * @param responseId the {@code responseId}
	 * @param params the query parameters
	 * @return the events, as they arrive
	 */
	public Flux<ResponseStreamEvent> retrieveStream(String responseId, ResponsesRetrieveParams params) {
		return this.transport.stream(ApiRequest.of(HttpMethod.GET, "/responses/{response_id}", responseId)
			.query("include", params.include())
			.query("stream", true)
			.query("starting_after", params.startingAfter())
			.query("include_obfuscation", params.includeObfuscation())
			.build(), ResponseStreamEvent.class);
	}

	/**
	 * Retrieves a model response with the given ID. With default query parameters.
	 * @param responseId the {@code responseId}
	 */
	public Mono<Response> retrieve(String responseId) {
		return retrieve(responseId, ResponsesRetrieveParams.builder().build());
	}

	/**
	 * Deletes a model response with the given ID.
	 * @param responseId the {@code responseId}
	 */
	public Mono<Void> delete(String responseId) {
		return this.transport
			.exchangeWithoutBody(ApiRequest.of(HttpMethod.DELETE, "/responses/{response_id}", responseId).build())
			.then();
	}

	/**
	 * Cancels a model response with the given ID. Only responses created with the
	 * `background` parameter set to `true` can be cancelled. [Learn
	 * more](/docs/guides/background).
	 * @param responseId the {@code responseId}
	 */
	public Mono<Response> cancel(String responseId) {
		return this.withRawResponse.cancel(responseId).map(ApiResponse::body);
	}

	/**
	 * Returns a list of input items for a given response. One page.
	 * @param responseId the {@code responseId}
	 * @param params the query parameters
	 */
	public Mono<ResponseItemList> inputItemsPage(String responseId, ResponsesInputItemsParams params) {
		return this.withRawResponse.inputItems(responseId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of input items for a given response. Pages are fetched as the items
	 * are consumed.
	 * @param responseId the {@code responseId}
	 * @param params the query parameters
	 */
	public Flux<ItemResource> inputItems(String responseId, ResponsesInputItemsParams params) {
		return Pagination.items("GET /responses/{response_id}/input_items", params.after(),
				(cursor) -> inputItemsPage(responseId, params.toBuilder().after(cursor).build())
					.map((page) -> new Page<>(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(),
							page.lastId())));
	}

	/**
	 * Returns a list of input items for a given response. With default query parameters.
	 * @param responseId the {@code responseId}
	 */
	public Flux<ItemResource> inputItems(String responseId) {
		return inputItems(responseId, ResponsesInputItemsParams.builder().build());
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
		 * Creates a model response. Provide [text](/docs/guides/text) or
		 * [image](/docs/guides/images) inputs to generate [text](/docs/guides/text) or
		 * [JSON](/docs/guides/structured-outputs) outputs. Have the model call your own
		 * [custom code](/docs/guides/function-calling) or use built-in
		 * [tools](/docs/guides/tools) like [web search](/docs/guides/tools-web-search) or
		 * [file search](/docs/guides/tools-file-search) to use your own data as input for
		 * the model's response.
		 * @param request the request body
		 */
		public Mono<ApiResponse<Response>> create(CreateResponse request) {
			return ResponsesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/responses").json(request).build(), Response.class);
		}

		/**
		 * Retrieves a model response with the given ID.
		 * @param responseId the {@code responseId}
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<Response>> retrieve(String responseId, ResponsesRetrieveParams params) {
			return ResponsesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/responses/{response_id}", responseId)
					.query("include", params.include())
					.query("stream", params.stream())
					.query("starting_after", params.startingAfter())
					.query("include_obfuscation", params.includeObfuscation())
					.build(), Response.class);
		}

		/**
		 * Cancels a model response with the given ID. Only responses created with the
		 * `background` parameter set to `true` can be cancelled. [Learn
		 * more](/docs/guides/background).
		 * @param responseId the {@code responseId}
		 */
		public Mono<ApiResponse<Response>> cancel(String responseId) {
			return ResponsesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/responses/{response_id}/cancel", responseId).build(),
					Response.class);
		}

		/**
		 * Returns a list of input items for a given response.
		 * @param responseId the {@code responseId}
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<ResponseItemList>> inputItems(String responseId, ResponsesInputItemsParams params) {
			return ResponsesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/responses/{response_id}/input_items", responseId)
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("include", params.include())
					.build(), ResponseItemList.class);
		}

	}

}

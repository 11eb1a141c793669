// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.responses;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CompactResource;
import dev.reactiveai.openai.types.CompactResponseMethodPublicBody;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import dev.reactiveai.openai.types.ResponsesRetrieveParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /responses} operations of the OpenAI API.
 */
public final class ResponsesService {

	private final OpenAiTransport transport;

	private final ResponsesInputItemsService inputItems;

	private final ResponsesInputTokensService inputTokens;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ResponsesService(OpenAiTransport transport) {
		this.transport = transport;
		this.inputItems = new ResponsesInputItemsService(transport);
		this.inputTokens = new ResponsesInputTokensService(transport);
	}

	/**
	 * The {@code /responses/{response_id}/input_items} operations.
	 * @return their service
	 */
	public ResponsesInputItemsService inputItems() {
		return this.inputItems;
	}

	/**
	 * The {@code /responses/input_tokens} operations.
	 * @return their service
	 */
	public ResponsesInputTokensService inputTokens() {
		return this.inputTokens;
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
	 * Creates a model response. Provide
	 * <a href="https://platform.openai.com/docs/guides/text">text</a> or
	 * <a href="https://platform.openai.com/docs/guides/images">image</a> inputs to
	 * generate <a href="https://platform.openai.com/docs/guides/text">text</a> or
	 * <a href="https://platform.openai.com/docs/guides/structured-outputs">JSON</a>
	 * outputs. Have the model call your own
	 * <a href="https://platform.openai.com/docs/guides/function-calling">custom code</a>
	 * or use built-in <a href="https://platform.openai.com/docs/guides/tools">tools</a>
	 * like <a href="https://platform.openai.com/docs/guides/tools-web-search">web
	 * search</a> or
	 * <a href="https://platform.openai.com/docs/guides/tools-file-search">file search</a>
	 * to use your own data as input for the model's response.
	 * @param request the {@link CreateResponse} describing what to create
	 * @return the {@link Response} the API answers with
	 */
	public Mono<Response> create(CreateResponse request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Creates a model response. Provide
	 * <a href="https://platform.openai.com/docs/guides/text">text</a> or
	 * <a href="https://platform.openai.com/docs/guides/images">image</a> inputs to
	 * generate <a href="https://platform.openai.com/docs/guides/text">text</a> or
	 * <a href="https://platform.openai.com/docs/guides/structured-outputs">JSON</a>
	 * outputs. Have the model call your own
	 * <a href="https://platform.openai.com/docs/guides/function-calling">custom code</a>
	 * or use built-in <a href="https://platform.openai.com/docs/guides/tools">tools</a>
	 * like <a href="https://platform.openai.com/docs/guides/tools-web-search">web
	 * search</a> or
	 * <a href="https://platform.openai.com/docs/guides/tools-file-search">file search</a>
	 * to use your own data as input for the model's response. Streamed as server-sent
	 * events.
	 * @param request the {@link CreateResponse} describing what to create
	 * @return the {@link ResponseStreamEvent} events as the API sends them
	 */
	public Flux<ResponseStreamEvent> createStream(CreateResponse request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/responses")
			.operation("createResponse")
			.json(request.toBuilder().additionalProperty("stream", true).build())
			.build(), ResponseStreamEvent.class);
	}

	/**
	 * Retrieves a model response with the given ID.
	 * @param responseId the ID of the response to retrieve
	 * @param params the query parameters ({@code include}, {@code starting_after},
	 * {@code include_obfuscation}), all optional
	 * @return the {@link Response} the API answers with
	 */
	public Mono<Response> retrieve(String responseId, ResponsesRetrieveParams params) {
		return this.withRawResponse.retrieve(responseId, params).map(ApiResponse::body);
	}

	/**
	 * Retrieves a model response with the given ID. Streamed as server-sent events.
	 * @param responseId the ID of the response to retrieve
	 * @param params the query parameters ({@code include}, {@code starting_after},
	 * {@code include_obfuscation}), all optional
	 * @return the {@link ResponseStreamEvent} events as the API sends them
	 */
	public Flux<ResponseStreamEvent> retrieveStream(String responseId, ResponsesRetrieveParams params) {
		return this.transport.stream(ApiRequest.of(HttpMethod.GET, "/responses/{response_id}", responseId)
			.operation("getResponse")
			.query("include", params.include())
			.query("stream", true)
			.query("starting_after", params.startingAfter())
			.query("include_obfuscation", params.includeObfuscation())
			.build(), ResponseStreamEvent.class);
	}

	/**
	 * Retrieves a model response with the given ID. With default query parameters.
	 * @param responseId the ID of the response to retrieve
	 * @return the {@link Response} the API answers with
	 */
	public Mono<Response> retrieve(String responseId) {
		return retrieve(responseId, ResponsesRetrieveParams.builder().build());
	}

	/**
	 * Deletes a model response with the given ID.
	 * @param responseId the ID of the response to delete
	 * @return completes empty once the API has answered
	 */
	public Mono<Void> delete(String responseId) {
		return this.transport
			.exchangeWithoutBody(ApiRequest.of(HttpMethod.DELETE, "/responses/{response_id}", responseId)
				.operation("deleteResponse")
				.build())
			.then();
	}

	/**
	 * Cancels a model response with the given ID. Only responses created with the
	 * {@code background} parameter set to {@code true} can be cancelled.
	 * <a href="https://platform.openai.com/docs/guides/background">Learn more</a>.
	 * @param responseId the ID of the response to cancel
	 * @return the {@link Response} the API answers with
	 */
	public Mono<Response> cancel(String responseId) {
		return this.withRawResponse.cancel(responseId).map(ApiResponse::body);
	}

	/**
	 * Compact a conversation. Returns a compacted response object.
	 * <p>
	 * Learn when and how to compact long-running conversations in the <a href=
	 * "https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window">conversation
	 * state guide</a>. For ZDR-compatible compaction details, see <a href=
	 * "https://platform.openai.com/docs/guides/conversation-state#compaction-advanced">Compaction
	 * (advanced)</a>.
	 * @param request the {@link CompactResponseMethodPublicBody} with the parameters of
	 * the call
	 * @return the {@link CompactResource} the API answers with
	 */
	public Mono<CompactResource> compact(CompactResponseMethodPublicBody request) {
		return this.withRawResponse.compact(request).map(ApiResponse::body);
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
		 * Creates a model response. Provide
		 * <a href="https://platform.openai.com/docs/guides/text">text</a> or
		 * <a href="https://platform.openai.com/docs/guides/images">image</a> inputs to
		 * generate <a href="https://platform.openai.com/docs/guides/text">text</a> or
		 * <a href="https://platform.openai.com/docs/guides/structured-outputs">JSON</a>
		 * outputs. Have the model call your own
		 * <a href="https://platform.openai.com/docs/guides/function-calling">custom
		 * code</a> or use built-in
		 * <a href="https://platform.openai.com/docs/guides/tools">tools</a> like
		 * <a href="https://platform.openai.com/docs/guides/tools-web-search">web
		 * search</a> or
		 * <a href="https://platform.openai.com/docs/guides/tools-file-search">file
		 * search</a> to use your own data as input for the model's response.
		 * @param request the {@link CreateResponse} describing what to create
		 * @return the status, the headers and the {@link Response} the API answers with
		 */
		public Mono<ApiResponse<Response>> create(CreateResponse request) {
			return ResponsesService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/responses")
				.operation("createResponse")
				.json((request.stream() != null || request.streamOptions() != null)
						? request.toBuilder().streamOptions(null).build() : request)
				.build(), Response.class);
		}

		/**
		 * Retrieves a model response with the given ID.
		 * @param responseId the ID of the response to retrieve
		 * @param params the query parameters ({@code include}, {@code starting_after},
		 * {@code include_obfuscation}), all optional
		 * @return the status, the headers and the {@link Response} the API answers with
		 */
		public Mono<ApiResponse<Response>> retrieve(String responseId, ResponsesRetrieveParams params) {
			return ResponsesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/responses/{response_id}", responseId)
					.operation("getResponse")
					.query("include", params.include())
					.query("starting_after", params.startingAfter())
					.query("include_obfuscation", params.includeObfuscation())
					.build(), Response.class);
		}

		/**
		 * Cancels a model response with the given ID. Only responses created with the
		 * {@code background} parameter set to {@code true} can be cancelled.
		 * <a href="https://platform.openai.com/docs/guides/background">Learn more</a>.
		 * @param responseId the ID of the response to cancel
		 * @return the status, the headers and the {@link Response} the API answers with
		 */
		public Mono<ApiResponse<Response>> cancel(String responseId) {
			return ResponsesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/responses/{response_id}/cancel", responseId)
					.operation("cancelResponse")
					.build(), Response.class);
		}

		/**
		 * Compact a conversation. Returns a compacted response object.
		 * <p>
		 * Learn when and how to compact long-running conversations in the <a href=
		 * "https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window">conversation
		 * state guide</a>. For ZDR-compatible compaction details, see <a href=
		 * "https://platform.openai.com/docs/guides/conversation-state#compaction-advanced">Compaction
		 * (advanced)</a>.
		 * @param request the {@link CompactResponseMethodPublicBody} with the parameters
		 * of the call
		 * @return the status, the headers and the {@link CompactResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<CompactResource>> compact(CompactResponseMethodPublicBody request) {
			return ResponsesService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/responses/compact")
				.operation("Compactconversation")
				.json(request)
				.build(), CompactResource.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.responses;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.TokenCountsBody;
import dev.reactiveai.openai.types.TokenCountsResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /responses/input_tokens} operations of the OpenAI API.
 */
public final class ResponsesInputTokensService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ResponsesInputTokensService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ResponsesInputTokensService withOptions(RequestOptions options) {
		return new ResponsesInputTokensService(this.transport.withOptions(options));
	}

	/**
	 * Returns input token counts of the request.
	 * <p>
	 * Returns an object with {@code object} set to {@code response.input_tokens} and an
	 * {@code input_tokens} count.
	 * @param request the {@link TokenCountsBody} with the parameters of the call
	 * @return the {@link TokenCountsResource} the API answers with
	 */
	public Mono<TokenCountsResource> count(TokenCountsBody request) {
		return this.withRawResponse.count(request).map(ApiResponse::body);
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
		 * Returns input token counts of the request.
		 * <p>
		 * Returns an object with {@code object} set to {@code response.input_tokens} and
		 * an {@code input_tokens} count.
		 * @param request the {@link TokenCountsBody} with the parameters of the call
		 * @return the status, the headers and the {@link TokenCountsResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<TokenCountsResource>> count(TokenCountsBody request) {
			return ResponsesInputTokensService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/responses/input_tokens")
					.operation("Getinputtokencounts")
					.json(request)
					.build(), TokenCountsResource.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.responses;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CompactResource;
import dev.reactiveai.openai.model.CompactResponseMethodPublicBody;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /responses/compact} operations of the OpenAI API.
 */
public final class ResponsesCompactService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ResponsesCompactService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ResponsesCompactService withOptions(RequestOptions options) {
		return new ResponsesCompactService(this.transport.withOptions(options));
	}

	/**
	 * Compact a conversation. Returns a compacted response object.
	 *
	 * Learn when and how to compact long-running conversations in the [conversation state
	 * guide](/docs/guides/conversation-state#managing-the-context-window). For
	 * ZDR-compatible compaction details, see [Compaction
	 * (advanced)](/docs/guides/conversation-state#compaction-advanced).
	 * @param request the request body
	 */
	public Mono<CompactResource> create(CompactResponseMethodPublicBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
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
		 * Compact a conversation. Returns a compacted response object.
		 *
		 * Learn when and how to compact long-running conversations in the [conversation
		 * state guide](/docs/guides/conversation-state#managing-the-context-window). For
		 * ZDR-compatible compaction details, see [Compaction
		 * (advanced)](/docs/guides/conversation-state#compaction-advanced).
		 * @param request the request body
		 */
		public Mono<ApiResponse<CompactResource>> create(CompactResponseMethodPublicBody request) {
			return ResponsesCompactService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/responses/compact").json(request).build(), CompactResource.class);
		}

	}

}

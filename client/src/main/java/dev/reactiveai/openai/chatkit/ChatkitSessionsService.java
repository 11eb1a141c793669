// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.chatkit;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.ChatSessionResource;
import dev.reactiveai.openai.types.CreateChatSessionBody;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /chatkit/sessions} operations of the OpenAI API.
 */
public final class ChatkitSessionsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ChatkitSessionsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ChatkitSessionsService withOptions(RequestOptions options) {
		return new ChatkitSessionsService(this.transport.withOptions(options));
	}

	/**
	 * Create a ChatKit session.
	 * @param request the {@link CreateChatSessionBody} describing what to create
	 * @return the {@link ChatSessionResource} the API answers with
	 */
	public Mono<ChatSessionResource> create(CreateChatSessionBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Cancel an active ChatKit session and return its most recent metadata.
	 * <p>
	 * Cancelling prevents new requests from using the issued client secret.
	 * @param sessionId unique identifier for the ChatKit session to cancel
	 * @return the {@link ChatSessionResource} the API answers with
	 */
	public Mono<ChatSessionResource> cancel(String sessionId) {
		return this.withRawResponse.cancel(sessionId).map(ApiResponse::body);
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
		 * Create a ChatKit session.
		 * @param request the {@link CreateChatSessionBody} describing what to create
		 * @return the status, the headers and the {@link ChatSessionResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ChatSessionResource>> create(CreateChatSessionBody request) {
			return ChatkitSessionsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/chatkit/sessions")
				.operation("CreateChatSessionMethod")
				.header("OpenAI-Beta", "chatkit_beta=v1")
				.json(request)
				.build(), ChatSessionResource.class);
		}

		/**
		 * Cancel an active ChatKit session and return its most recent metadata.
		 * <p>
		 * Cancelling prevents new requests from using the issued client secret.
		 * @param sessionId unique identifier for the ChatKit session to cancel
		 * @return the status, the headers and the {@link ChatSessionResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<ChatSessionResource>> cancel(String sessionId) {
			return ChatkitSessionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/chatkit/sessions/{session_id}/cancel", sessionId)
					.operation("CancelChatSessionMethod")
					.header("OpenAI-Beta", "chatkit_beta=v1")
					.build(), ChatSessionResource.class);
		}

	}

}

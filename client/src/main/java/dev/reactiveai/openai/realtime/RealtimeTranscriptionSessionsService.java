// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.realtime;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.RealtimeTranscriptionSessionCreateRequest;
import dev.reactiveai.openai.types.RealtimeTranscriptionSessionCreateResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /realtime/transcription_sessions} operations of the OpenAI API.
 */
public final class RealtimeTranscriptionSessionsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public RealtimeTranscriptionSessionsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public RealtimeTranscriptionSessionsService withOptions(RequestOptions options) {
		return new RealtimeTranscriptionSessionsService(this.transport.withOptions(options));
	}

	/**
	 * Create an ephemeral API token for use in client-side applications with the Realtime
	 * API specifically for realtime transcriptions. Can be configured with the same
	 * session parameters as the {@code transcription_session.update} client event.
	 * <p>
	 * It responds with a session object, plus a {@code client_secret} key which contains
	 * a usable ephemeral API token that can be used to authenticate browser clients for
	 * the Realtime API.
	 * <p>
	 * Returns the created Realtime transcription session object, plus an ephemeral key.
	 * @param request create an ephemeral API key with the given session configuration
	 * @return the {@link RealtimeTranscriptionSessionCreateResponse} the API answers with
	 */
	public Mono<RealtimeTranscriptionSessionCreateResponse> create(RealtimeTranscriptionSessionCreateRequest request) {
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
		 * Create an ephemeral API token for use in client-side applications with the
		 * Realtime API specifically for realtime transcriptions. Can be configured with
		 * the same session parameters as the {@code transcription_session.update} client
		 * event.
		 * <p>
		 * It responds with a session object, plus a {@code client_secret} key which
		 * contains a usable ephemeral API token that can be used to authenticate browser
		 * clients for the Realtime API.
		 * <p>
		 * Returns the created Realtime transcription session object, plus an ephemeral
		 * key.
		 * @param request create an ephemeral API key with the given session configuration
		 * @return the status, the headers and the
		 * {@link RealtimeTranscriptionSessionCreateResponse} the API answers with
		 */
		public Mono<ApiResponse<RealtimeTranscriptionSessionCreateResponse>> create(
				RealtimeTranscriptionSessionCreateRequest request) {
			return RealtimeTranscriptionSessionsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/realtime/transcription_sessions")
					.operation("create-realtime-transcription-session")
					.json(request)
					.build(), RealtimeTranscriptionSessionCreateResponse.class);
		}

	}

}

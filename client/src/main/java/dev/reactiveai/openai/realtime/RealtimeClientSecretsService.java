// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.realtime;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.RealtimeCreateClientSecretRequest;
import dev.reactiveai.openai.types.RealtimeCreateClientSecretResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /realtime/client_secrets} operations of the OpenAI API.
 */
public final class RealtimeClientSecretsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public RealtimeClientSecretsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public RealtimeClientSecretsService withOptions(RequestOptions options) {
		return new RealtimeClientSecretsService(this.transport.withOptions(options));
	}

	/**
	 * Create a Realtime client secret with an associated session configuration.
	 * <p>
	 * Client secrets are short-lived tokens that can be passed to a client app, such as a
	 * web frontend or mobile client, which grants access to the Realtime API without
	 * leaking your main API key. You can configure a custom TTL for each client secret.
	 * <p>
	 * You can also attach session configuration options to the client secret, which will
	 * be applied to any sessions created using that client secret, but these can also be
	 * overridden by the client connection.
	 * <p>
	 * <a href="https://platform.openai.com/docs/guides/realtime-webrtc">Learn more about
	 * authentication with client secrets over WebRTC</a>.
	 * <p>
	 * Returns the created client secret and the effective session object. The client
	 * secret is a string that looks like {@code ek_1234}.
	 * @param request create a client secret with the given session configuration
	 * @return the {@link RealtimeCreateClientSecretResponse} the API answers with
	 */
	public Mono<RealtimeCreateClientSecretResponse> create(RealtimeCreateClientSecretRequest request) {
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
		 * Create a Realtime client secret with an associated session configuration.
		 * <p>
		 * Client secrets are short-lived tokens that can be passed to a client app, such
		 * as a web frontend or mobile client, which grants access to the Realtime API
		 * without leaking your main API key. You can configure a custom TTL for each
		 * client secret.
		 * <p>
		 * You can also attach session configuration options to the client secret, which
		 * will be applied to any sessions created using that client secret, but these can
		 * also be overridden by the client connection.
		 * <p>
		 * <a href="https://platform.openai.com/docs/guides/realtime-webrtc">Learn more
		 * about authentication with client secrets over WebRTC</a>.
		 * <p>
		 * Returns the created client secret and the effective session object. The client
		 * secret is a string that looks like {@code ek_1234}.
		 * @param request create a client secret with the given session configuration
		 * @return the status, the headers and the
		 * {@link RealtimeCreateClientSecretResponse} the API answers with
		 */
		public Mono<ApiResponse<RealtimeCreateClientSecretResponse>> create(RealtimeCreateClientSecretRequest request) {
			return RealtimeClientSecretsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/realtime/client_secrets")
					.operation("create-realtime-client-secret")
					.json(request)
					.build(), RealtimeCreateClientSecretResponse.class);
		}

	}

}

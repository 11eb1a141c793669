// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.audio;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.types.AudioTranslationsCreateResponse;
import dev.reactiveai.openai.types.CreateTranslationRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /audio/translations} operations of the OpenAI API.
 */
public final class AudioTranslationsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public AudioTranslationsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public AudioTranslationsService withOptions(RequestOptions options) {
		return new AudioTranslationsService(this.transport.withOptions(options));
	}

	/**
	 * Translates audio into English.
	 * @param request the {@link CreateTranslationRequest} describing what to create
	 * @return the {@link AudioTranslationsCreateResponse} the API answers with
	 */
	public Mono<AudioTranslationsCreateResponse> create(CreateTranslationRequest request) {
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
		 * Translates audio into English.
		 * @param request the {@link CreateTranslationRequest} describing what to create
		 * @return the status, the headers and the {@link AudioTranslationsCreateResponse}
		 * the API answers with
		 */
		public Mono<ApiResponse<AudioTranslationsCreateResponse>> create(CreateTranslationRequest request) {
			return AudioTranslationsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/audio/translations")
					.multipart((form) -> form.fields(request))
					.build(), AudioTranslationsCreateResponse.class);
		}

	}

}

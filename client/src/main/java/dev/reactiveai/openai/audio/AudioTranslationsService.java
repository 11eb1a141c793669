// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.audio;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
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
	 * Add the parts of a {@link CreateTranslationRequest} to a form, named as the API
	 * names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateTranslationRequest request) {
		form.file("file", request.file());
		form.field("model", request.model());
		form.field("prompt", request.prompt());
		form.field("response_format", request.responseFormat());
		form.field("temperature", request.temperature());
		form.fields(request.additionalProperties());
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
					.operation("createTranslation")
					.multipart((form) -> writeParts(form, request))
					.build(), AudioTranslationsCreateResponse.class);
		}

	}

}

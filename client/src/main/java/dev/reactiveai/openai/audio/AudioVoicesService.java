// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.audio;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CreateVoiceRequest;
import dev.reactiveai.openai.types.Voice;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /audio/voices} operations of the OpenAI API.
 */
public final class AudioVoicesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public AudioVoicesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public AudioVoicesService withOptions(RequestOptions options) {
		return new AudioVoicesService(this.transport.withOptions(options));
	}

	/**
	 * Creates a custom voice.
	 * @param request the {@link CreateVoiceRequest} describing what to create
	 * @return the {@link Voice} the API answers with
	 */
	public Mono<Voice> create(CreateVoiceRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Add the parts of a {@link CreateVoiceRequest} to a form, named as the API names
	 * them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateVoiceRequest request) {
		form.field("name", request.name());
		form.file("audio_sample", request.audioSample());
		form.field("consent", request.consent());
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
		 * Creates a custom voice.
		 * @param request the {@link CreateVoiceRequest} describing what to create
		 * @return the status, the headers and the {@link Voice} the API answers with
		 */
		public Mono<ApiResponse<Voice>> create(CreateVoiceRequest request) {
			return AudioVoicesService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/audio/voices")
				.operation("createVoice")
				.multipart((form) -> writeParts(form, request))
				.build(), Voice.class);
		}

	}

}

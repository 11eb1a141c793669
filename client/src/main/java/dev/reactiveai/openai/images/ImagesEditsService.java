// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.images;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateImageEditRequest;
import dev.reactiveai.openai.model.ImageEditStreamEvent;
import dev.reactiveai.openai.model.ImagesResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /images/edits} operations of the OpenAI API.
 */
public final class ImagesEditsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ImagesEditsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ImagesEditsService withOptions(RequestOptions options) {
		return new ImagesEditsService(this.transport.withOptions(options));
	}

	/**
	 * Creates an edited or extended image given one or more source images and a prompt.
	 * This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`,
	 * `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.
	 * @param request the request body
	 */
	public Mono<ImagesResponse> create(CreateImageEditRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Creates an edited or extended image given one or more source images and a prompt.
	 * This endpoint supports GPT Image models (`gpt-image-1.5`, `gpt-image-1`,
	 * `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`. Streamed as
	 * server-sent events.
	 * @param request the request body
	 * @return the events, as they arrive
	 */
	public Flux<ImageEditStreamEvent> createStream(CreateImageEditRequest request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/images/edits")
			.multipart((form) -> form.fields(request.toBuilder().stream(true).build()))
			.build(), ImageEditStreamEvent.class);
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
		 * Creates an edited or extended image given one or more source images and a
		 * prompt. This endpoint supports GPT Image models (`gpt-image-1.5`,
		 * `gpt-image-1`, `gpt-image-1-mini`, and `chatgpt-image-latest`) and `dall-e-2`.
		 * @param request the request body
		 */
		public Mono<ApiResponse<ImagesResponse>> create(CreateImageEditRequest request) {
			return ImagesEditsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/images/edits").multipart((form) -> form.fields(request)).build(),
					ImagesResponse.class);
		}

	}

}

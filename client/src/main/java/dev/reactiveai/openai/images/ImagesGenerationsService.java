// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.images;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateImageRequest;
import dev.reactiveai.openai.model.ImageGenStreamEvent;
import dev.reactiveai.openai.model.ImagesResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /images/generations} operations of the OpenAI API.
 */
public final class ImagesGenerationsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ImagesGenerationsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ImagesGenerationsService withOptions(RequestOptions options) {
		return new ImagesGenerationsService(this.transport.withOptions(options));
	}

	/**
	 * Creates an image given a prompt. [Learn more](/docs/guides/images).
	 * @param request the request body
	 */
	public Mono<ImagesResponse> create(CreateImageRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Creates an image given a prompt. [Learn more](/docs/guides/images). Streamed as
	 * server-sent events.
	 * @param request the request body
	 * @return the events, as they arrive
	 */
	public Flux<ImageGenStreamEvent> createStream(CreateImageRequest request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/images/generations")
			.json(request.toBuilder().stream(true).build())
			.build(), ImageGenStreamEvent.class);
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
		 * Creates an image given a prompt. [Learn more](/docs/guides/images).
		 * @param request the request body
		 */
		public Mono<ApiResponse<ImagesResponse>> create(CreateImageRequest request) {
			return ImagesGenerationsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/images/generations").json(request).build(), ImagesResponse.class);
		}

	}

}

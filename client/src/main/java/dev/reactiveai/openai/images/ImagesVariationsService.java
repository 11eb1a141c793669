// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.images;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateImageVariationRequest;
import dev.reactiveai.openai.model.ImagesResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /images/variations} operations of the OpenAI API.
 */
public final class ImagesVariationsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ImagesVariationsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ImagesVariationsService withOptions(RequestOptions options) {
		return new ImagesVariationsService(this.transport.withOptions(options));
	}

	/**
	 * Creates a variation of a given image. This endpoint only supports `dall-e-2`.
	 * @param request the request body
	 */
	public Mono<ImagesResponse> create(CreateImageVariationRequest request) {
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
		 * Creates a variation of a given image. This endpoint only supports `dall-e-2`.
		 * @param request the request body
		 */
		public Mono<ApiResponse<ImagesResponse>> create(CreateImageVariationRequest request) {
			return ImagesVariationsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/images/variations")
				.multipart((form) -> form.fields(request))
				.build(), ImagesResponse.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.videos;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateVideoExtendMultipartBody;
import dev.reactiveai.openai.model.VideoResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /videos/extensions} operations of the OpenAI API.
 */
public final class VideosExtensionsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VideosExtensionsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public VideosExtensionsService withOptions(RequestOptions options) {
		return new VideosExtensionsService(this.transport.withOptions(options));
	}

	/**
	 * Create an extension of a completed video.
	 * @param request the request body
	 */
	public Mono<VideoResource> create(CreateVideoExtendMultipartBody request) {
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
		 * Create an extension of a completed video.
		 * @param request the request body
		 */
		public Mono<ApiResponse<VideoResource>> create(CreateVideoExtendMultipartBody request) {
			return VideosExtensionsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/videos/extensions")
				.multipart((form) -> form.fields(request))
				.build(), VideoResource.class);
		}

	}

}

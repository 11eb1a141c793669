// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.videos;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateVideoEditMultipartBody;
import dev.reactiveai.openai.model.VideoResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /videos/edits} operations of the OpenAI API.
 */
public final class VideosEditsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VideosEditsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public VideosEditsService withOptions(RequestOptions options) {
		return new VideosEditsService(this.transport.withOptions(options));
	}

	/**
	 * Create a new video generation job by editing a source video or existing generated
	 * video.
	 * @param request the request body
	 */
	public Mono<VideoResource> create(CreateVideoEditMultipartBody request) {
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
		 * Create a new video generation job by editing a source video or existing
		 * generated video.
		 * @param request the request body
		 */
		public Mono<ApiResponse<VideoResource>> create(CreateVideoEditMultipartBody request) {
			return VideosEditsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/videos/edits").multipart((form) -> form.fields(request)).build(),
					VideoResource.class);
		}

	}

}

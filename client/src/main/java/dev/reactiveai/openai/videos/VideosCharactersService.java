// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.videos;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CreateVideoCharacterBody;
import dev.reactiveai.openai.types.VideoCharacterResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /videos/characters} operations of the OpenAI API.
 */
public final class VideosCharactersService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VideosCharactersService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public VideosCharactersService withOptions(RequestOptions options) {
		return new VideosCharactersService(this.transport.withOptions(options));
	}

	/**
	 * Create a character from an uploaded video.
	 * @param request the {@link CreateVideoCharacterBody} describing what to create
	 * @return the {@link VideoCharacterResource} the API answers with
	 */
	public Mono<VideoCharacterResource> create(CreateVideoCharacterBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Fetch a character.
	 * @param characterId the identifier of the character to retrieve
	 * @return the {@link VideoCharacterResource} the API answers with
	 */
	public Mono<VideoCharacterResource> retrieve(String characterId) {
		return this.withRawResponse.retrieve(characterId).map(ApiResponse::body);
	}

	/**
	 * Add the parts of a {@link CreateVideoCharacterBody} to a form, named as the API
	 * names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateVideoCharacterBody request) {
		form.file("video", request.video());
		form.field("name", request.name());
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
		 * Create a character from an uploaded video.
		 * @param request the {@link CreateVideoCharacterBody} describing what to create
		 * @return the status, the headers and the {@link VideoCharacterResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<VideoCharacterResource>> create(CreateVideoCharacterBody request) {
			return VideosCharactersService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/videos/characters")
				.operation("CreateVideoCharacter")
				.multipart((form) -> writeParts(form, request))
				.build(), VideoCharacterResource.class);
		}

		/**
		 * Fetch a character.
		 * @param characterId the identifier of the character to retrieve
		 * @return the status, the headers and the {@link VideoCharacterResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<VideoCharacterResource>> retrieve(String characterId) {
			return VideosCharactersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/videos/characters/{character_id}", characterId)
					.operation("GetVideoCharacter")
					.build(), VideoCharacterResource.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.videos;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.Downloads;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateVideoEditMultipartBody;
import dev.reactiveai.openai.types.CreateVideoExtendMultipartBody;
import dev.reactiveai.openai.types.CreateVideoMultipartBody;
import dev.reactiveai.openai.types.CreateVideoRemixBody;
import dev.reactiveai.openai.types.DeletedVideoResource;
import dev.reactiveai.openai.types.VideoListResource;
import dev.reactiveai.openai.types.VideoResource;
import dev.reactiveai.openai.types.VideosContentParams;
import dev.reactiveai.openai.types.VideosListParams;
import java.nio.file.Path;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /videos} operations of the OpenAI API.
 */
public final class VideosService {

	private final OpenAiTransport transport;

	private final VideosCharactersService characters;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VideosService(OpenAiTransport transport) {
		this.transport = transport;
		this.characters = new VideosCharactersService(transport);
	}

	/**
	 * The {@code /videos/characters} operations.
	 * @return their service
	 */
	public VideosCharactersService characters() {
		return this.characters;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public VideosService withOptions(RequestOptions options) {
		return new VideosService(this.transport.withOptions(options));
	}

	/**
	 * List recently generated videos for the current project. One page.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after}),
	 * all optional
	 * @return one page of the list: the {@link VideoListResource} the API answers with
	 */
	public Mono<VideoListResource> listPage(VideosListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List recently generated videos for the current project. Pages are fetched as the
	 * items are consumed.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after}),
	 * all optional
	 * @return every {@link VideoResource} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<VideoResource> list(VideosListParams params) {
		return Pagination.items("GET /videos", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List recently generated videos for the current project. With default query
	 * parameters.
	 * @return every {@link VideoResource} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<VideoResource> list() {
		return list(VideosListParams.builder().build());
	}

	/**
	 * Create a new video generation job from a prompt and optional reference assets.
	 * @param request the {@link CreateVideoMultipartBody} describing what to create
	 * @return the {@link VideoResource} the API answers with
	 */
	public Mono<VideoResource> create(CreateVideoMultipartBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Fetch the latest metadata for a generated video.
	 * @param videoId the identifier of the video to retrieve
	 * @return the {@link VideoResource} the API answers with
	 */
	public Mono<VideoResource> retrieve(String videoId) {
		return this.withRawResponse.retrieve(videoId).map(ApiResponse::body);
	}

	/**
	 * Permanently delete a completed or failed video and its stored assets.
	 * @param videoId the identifier of the video to delete
	 * @return the {@link DeletedVideoResource} the API answers with
	 */
	public Mono<DeletedVideoResource> delete(String videoId) {
		return this.withRawResponse.delete(videoId).map(ApiResponse::body);
	}

	/**
	 * Create a new video generation job by editing a source video or existing generated
	 * video.
	 * @param request the {@link CreateVideoEditMultipartBody} with the parameters of the
	 * call
	 * @return the {@link VideoResource} the API answers with
	 */
	public Mono<VideoResource> edit(CreateVideoEditMultipartBody request) {
		return this.withRawResponse.edit(request).map(ApiResponse::body);
	}

	/**
	 * Create an extension of a completed video.
	 * @param request the {@link CreateVideoExtendMultipartBody} with the parameters of
	 * the call
	 * @return the {@link VideoResource} the API answers with
	 */
	public Mono<VideoResource> extend(CreateVideoExtendMultipartBody request) {
		return this.withRawResponse.extend(request).map(ApiResponse::body);
	}

	/**
	 * Download the generated video bytes or a derived preview asset.
	 * <p>
	 * Streams the rendered video content for the specified video job.
	 * @param videoId the identifier of the video whose media to download
	 * @param params the query parameters ({@code variant}), all optional
	 * @return the content, buffer by buffer; release each one
	 */
	public Flux<DataBuffer> content(String videoId, VideosContentParams params) {
		return this.transport.download(ApiRequest.of(HttpMethod.GET, "/videos/{video_id}/content", videoId)
			.operation("RetrieveVideoContent")
			.query("variant", params.variant())
			.build());
	}

	/**
	 * Download the generated video bytes or a derived preview asset.
	 * <p>
	 * Streams the rendered video content for the specified video job.
	 * <p>
	 * Writes it to a file.
	 * @param videoId the identifier of the video whose media to download
	 * @param params the query parameters ({@code variant}), all optional
	 * @param target the file to write the content to; replaced if it exists
	 * @return the file, once the whole content is in it
	 */
	public Mono<Path> content(String videoId, VideosContentParams params, Path target) {
		return Downloads.writeTo(content(videoId, params), target);
	}

	/**
	 * Download the generated video bytes or a derived preview asset.
	 * <p>
	 * Streams the rendered video content for the specified video job.
	 * <p>
	 * With default query parameters.
	 * @param videoId the identifier of the video whose media to download
	 * @return the content, buffer by buffer; release each one
	 */
	public Flux<DataBuffer> content(String videoId) {
		return content(videoId, VideosContentParams.builder().build());
	}

	/**
	 * Create a remix of a completed video using a refreshed prompt.
	 * @param videoId the identifier of the completed video to remix
	 * @param request the {@link CreateVideoRemixBody} with the parameters of the call
	 * @return the {@link VideoResource} the API answers with
	 */
	public Mono<VideoResource> remix(String videoId, CreateVideoRemixBody request) {
		return this.withRawResponse.remix(videoId, request).map(ApiResponse::body);
	}

	/**
	 * Add the parts of a {@link CreateVideoMultipartBody} to a form, named as the API
	 * names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateVideoMultipartBody request) {
		form.field("model", request.model());
		form.field("prompt", request.prompt());
		if (request.inputReference() instanceof CreateVideoMultipartBody.InputReference.FileValue variant) {
			form.file("input_reference", variant.value());
		}
		else {
			form.field("input_reference", request.inputReference());
		}
		form.field("seconds", request.seconds());
		form.field("size", request.size());
		form.fields(request.additionalProperties());
	}

	/**
	 * Add the parts of a {@link CreateVideoEditMultipartBody} to a form, named as the API
	 * names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateVideoEditMultipartBody request) {
		if (request.video() instanceof CreateVideoEditMultipartBody.Video.FileValue variant) {
			form.file("video", variant.value());
		}
		else {
			form.field("video", request.video());
		}
		form.field("prompt", request.prompt());
		form.fields(request.additionalProperties());
	}

	/**
	 * Add the parts of a {@link CreateVideoExtendMultipartBody} to a form, named as the
	 * API names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateVideoExtendMultipartBody request) {
		if (request.video() instanceof CreateVideoExtendMultipartBody.Video.FileValue variant) {
			form.file("video", variant.value());
		}
		else {
			form.field("video", request.video());
		}
		form.field("prompt", request.prompt());
		form.field("seconds", request.seconds());
		form.fields(request.additionalProperties());
	}

	/**
	 * Add the parts of a {@link CreateVideoRemixBody} to a form, named as the API names
	 * them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateVideoRemixBody request) {
		form.field("prompt", request.prompt());
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
		 * List recently generated videos for the current project.
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}), all optional
		 * @return the status, the headers and the {@link VideoListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<VideoListResource>> list(VideosListParams params) {
			return VideosService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/videos")
				.operation("ListVideos")
				.query("limit", params.limit())
				.query("order", params.order())
				.query("after", params.after())
				.build(), VideoListResource.class);
		}

		/**
		 * Create a new video generation job from a prompt and optional reference assets.
		 * @param request the {@link CreateVideoMultipartBody} describing what to create
		 * @return the status, the headers and the {@link VideoResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<VideoResource>> create(CreateVideoMultipartBody request) {
			return VideosService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/videos")
				.operation("createVideo")
				.multipart((form) -> writeParts(form, request))
				.build(), VideoResource.class);
		}

		/**
		 * Fetch the latest metadata for a generated video.
		 * @param videoId the identifier of the video to retrieve
		 * @return the status, the headers and the {@link VideoResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<VideoResource>> retrieve(String videoId) {
			return VideosService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/videos/{video_id}", videoId).operation("GetVideo").build(),
					VideoResource.class);
		}

		/**
		 * Permanently delete a completed or failed video and its stored assets.
		 * @param videoId the identifier of the video to delete
		 * @return the status, the headers and the {@link DeletedVideoResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<DeletedVideoResource>> delete(String videoId) {
			return VideosService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/videos/{video_id}", videoId).operation("DeleteVideo").build(),
					DeletedVideoResource.class);
		}

		/**
		 * Create a new video generation job by editing a source video or existing
		 * generated video.
		 * @param request the {@link CreateVideoEditMultipartBody} with the parameters of
		 * the call
		 * @return the status, the headers and the {@link VideoResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<VideoResource>> edit(CreateVideoEditMultipartBody request) {
			return VideosService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/videos/edits")
				.operation("CreateVideoEdit")
				.multipart((form) -> writeParts(form, request))
				.build(), VideoResource.class);
		}

		/**
		 * Create an extension of a completed video.
		 * @param request the {@link CreateVideoExtendMultipartBody} with the parameters
		 * of the call
		 * @return the status, the headers and the {@link VideoResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<VideoResource>> extend(CreateVideoExtendMultipartBody request) {
			return VideosService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/videos/extensions")
				.operation("CreateVideoExtend")
				.multipart((form) -> writeParts(form, request))
				.build(), VideoResource.class);
		}

		/**
		 * Create a remix of a completed video using a refreshed prompt.
		 * @param videoId the identifier of the completed video to remix
		 * @param request the {@link CreateVideoRemixBody} with the parameters of the call
		 * @return the status, the headers and the {@link VideoResource} the API answers
		 * with
		 */
		public Mono<ApiResponse<VideoResource>> remix(String videoId, CreateVideoRemixBody request) {
			return VideosService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/videos/{video_id}/remix", videoId)
					.operation("CreateVideoRemix")
					.multipart((form) -> writeParts(form, request))
					.build(), VideoResource.class);
		}

	}

}

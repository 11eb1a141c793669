// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.images;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CreateImageEditRequest;
import dev.reactiveai.openai.types.CreateImageRequest;
import dev.reactiveai.openai.types.CreateImageVariationRequest;
import dev.reactiveai.openai.types.ImageEditStreamEvent;
import dev.reactiveai.openai.types.ImageGenStreamEvent;
import dev.reactiveai.openai.types.ImagesResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /images} operations of the OpenAI API.
 */
public final class ImagesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ImagesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ImagesService withOptions(RequestOptions options) {
		return new ImagesService(this.transport.withOptions(options));
	}

	/**
	 * Creates an image given a prompt.
	 * <a href="https://platform.openai.com/docs/guides/images">Learn more</a>.
	 * @param request the {@link CreateImageRequest} with the parameters of the call
	 * @return the {@link ImagesResponse} the API answers with
	 */
	public Mono<ImagesResponse> generate(CreateImageRequest request) {
		return this.withRawResponse.generate(request).map(ApiResponse::body);
	}

	/**
	 * Creates an image given a prompt.
	 * <a href="https://platform.openai.com/docs/guides/images">Learn more</a>. Streamed
	 * as server-sent events.
	 * @param request the {@link CreateImageRequest} with the parameters of the call
	 * @return the {@link ImageGenStreamEvent} events as the API sends them
	 */
	public Flux<ImageGenStreamEvent> generateStream(CreateImageRequest request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/images/generations")
			.operation("createImage")
			.json(request.toBuilder().additionalProperty("stream", true).build())
			.build(), ImageGenStreamEvent.class);
	}

	/**
	 * Creates an edited or extended image given one or more source images and a prompt.
	 * This endpoint supports GPT Image models ({@code gpt-image-1.5},
	 * {@code gpt-image-1}, {@code gpt-image-1-mini}, and {@code chatgpt-image-latest})
	 * and {@code dall-e-2}.
	 * @param request the {@link CreateImageEditRequest} with the parameters of the call
	 * @return the {@link ImagesResponse} the API answers with
	 */
	public Mono<ImagesResponse> edit(CreateImageEditRequest request) {
		return this.withRawResponse.edit(request).map(ApiResponse::body);
	}

	/**
	 * Creates an edited or extended image given one or more source images and a prompt.
	 * This endpoint supports GPT Image models ({@code gpt-image-1.5},
	 * {@code gpt-image-1}, {@code gpt-image-1-mini}, and {@code chatgpt-image-latest})
	 * and {@code dall-e-2}. Streamed as server-sent events.
	 * @param request the {@link CreateImageEditRequest} with the parameters of the call
	 * @return the {@link ImageEditStreamEvent} events as the API sends them
	 */
	public Flux<ImageEditStreamEvent> editStream(CreateImageEditRequest request) {
		return this.transport.stream(ApiRequest.of(HttpMethod.POST, "/images/edits")
			.operation("createImageEdit")
			.multipart((form) -> writeParts(form, request.toBuilder().additionalProperty("stream", true).build()))
			.build(), ImageEditStreamEvent.class);
	}

	/**
	 * Creates a variation of a given image. This endpoint only supports {@code dall-e-2}.
	 * @param request the {@link CreateImageVariationRequest} with the parameters of the
	 * call
	 * @return the {@link ImagesResponse} the API answers with
	 */
	public Mono<ImagesResponse> createVariation(CreateImageVariationRequest request) {
		return this.withRawResponse.createVariation(request).map(ApiResponse::body);
	}

	/**
	 * Add the parts of a {@link CreateImageEditRequest} to a form, named as the API names
	 * them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateImageEditRequest request) {
		if (request.image() instanceof CreateImageEditRequest.Image.FileValue variant) {
			form.file("image", variant.value());
		}
		else if (request.image() instanceof CreateImageEditRequest.Image.UploadFileList variant
				&& !variant.value().isEmpty()) {
			form.files("image", variant.value());
		}
		else {
			form.field("image", request.image());
		}
		form.field("prompt", request.prompt());
		form.file("mask", request.mask());
		form.field("background", request.background());
		form.field("model", request.model());
		form.field("n", request.n());
		form.field("size", request.size());
		form.field("response_format", request.responseFormat());
		form.field("output_format", request.outputFormat());
		form.field("output_compression", request.outputCompression());
		form.field("user", request.user());
		form.field("input_fidelity", request.inputFidelity());
		form.field("stream", request.stream());
		form.field("partial_images", request.partialImages());
		form.field("quality", request.quality());
		form.fields(request.additionalProperties());
	}

	/**
	 * Add the parts of a {@link CreateImageVariationRequest} to a form, named as the API
	 * names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateImageVariationRequest request) {
		form.file("image", request.image());
		form.field("model", request.model());
		form.field("n", request.n());
		form.field("response_format", request.responseFormat());
		form.field("size", request.size());
		form.field("user", request.user());
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
		 * Creates an image given a prompt.
		 * <a href="https://platform.openai.com/docs/guides/images">Learn more</a>.
		 * @param request the {@link CreateImageRequest} with the parameters of the call
		 * @return the status, the headers and the {@link ImagesResponse} the API answers
		 * with
		 */
		public Mono<ApiResponse<ImagesResponse>> generate(CreateImageRequest request) {
			return ImagesService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/images/generations")
				.operation("createImage")
				.json((request.stream() != null) ? request.toBuilder().build() : request)
				.build(), ImagesResponse.class);
		}

		/**
		 * Creates an edited or extended image given one or more source images and a
		 * prompt. This endpoint supports GPT Image models ({@code gpt-image-1.5},
		 * {@code gpt-image-1}, {@code gpt-image-1-mini}, and
		 * {@code chatgpt-image-latest}) and {@code dall-e-2}.
		 * @param request the {@link CreateImageEditRequest} with the parameters of the
		 * call
		 * @return the status, the headers and the {@link ImagesResponse} the API answers
		 * with
		 */
		public Mono<ApiResponse<ImagesResponse>> edit(CreateImageEditRequest request) {
			return ImagesService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/images/edits")
				.operation("createImageEdit")
				.multipart(
						(form) -> writeParts(form, (request.stream() != null) ? request.toBuilder().build() : request))
				.build(), ImagesResponse.class);
		}

		/**
		 * Creates a variation of a given image. This endpoint only supports
		 * {@code dall-e-2}.
		 * @param request the {@link CreateImageVariationRequest} with the parameters of
		 * the call
		 * @return the status, the headers and the {@link ImagesResponse} the API answers
		 * with
		 */
		public Mono<ApiResponse<ImagesResponse>> createVariation(CreateImageVariationRequest request) {
			return ImagesService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/images/variations")
				.operation("createImageVariation")
				.multipart((form) -> writeParts(form, request))
				.build(), ImagesResponse.class);
		}

	}

}

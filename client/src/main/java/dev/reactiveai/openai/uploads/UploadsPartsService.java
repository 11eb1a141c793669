// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.uploads;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.AddUploadPartRequest;
import dev.reactiveai.openai.types.UploadPart;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /uploads/{upload_id}/parts} operations of the OpenAI API.
 */
public final class UploadsPartsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public UploadsPartsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public UploadsPartsService withOptions(RequestOptions options) {
		return new UploadsPartsService(this.transport.withOptions(options));
	}

	/**
	 * Adds a <a href=
	 * "https://platform.openai.com/docs/api-reference/uploads/part-object">Part</a> to an
	 * <a href="https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>
	 * object. A Part represents a chunk of bytes from the file you are trying to upload.
	 * <p>
	 * Each Part can be at most 64 MB, and you can add Parts until you hit the Upload
	 * maximum of 8 GB.
	 * <p>
	 * It is possible to add multiple Parts in parallel. You can decide the intended order
	 * of the Parts when you
	 * <a href="https://platform.openai.com/docs/api-reference/uploads/complete">complete
	 * the Upload</a>.
	 * @param uploadId the ID of the Upload
	 * @param request the {@link AddUploadPartRequest} describing what to create
	 * @return the {@link UploadPart} the API answers with
	 */
	public Mono<UploadPart> create(String uploadId, AddUploadPartRequest request) {
		return this.withRawResponse.create(uploadId, request).map(ApiResponse::body);
	}

	/**
	 * Add the parts of a {@link AddUploadPartRequest} to a form, named as the API names
	 * them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, AddUploadPartRequest request) {
		form.file("data", request.data());
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
		 * Adds a <a href=
		 * "https://platform.openai.com/docs/api-reference/uploads/part-object">Part</a>
		 * to an <a href=
		 * "https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>
		 * object. A Part represents a chunk of bytes from the file you are trying to
		 * upload.
		 * <p>
		 * Each Part can be at most 64 MB, and you can add Parts until you hit the Upload
		 * maximum of 8 GB.
		 * <p>
		 * It is possible to add multiple Parts in parallel. You can decide the intended
		 * order of the Parts when you <a href=
		 * "https://platform.openai.com/docs/api-reference/uploads/complete">complete the
		 * Upload</a>.
		 * @param uploadId the ID of the Upload
		 * @param request the {@link AddUploadPartRequest} describing what to create
		 * @return the status, the headers and the {@link UploadPart} the API answers with
		 */
		public Mono<ApiResponse<UploadPart>> create(String uploadId, AddUploadPartRequest request) {
			return UploadsPartsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/uploads/{upload_id}/parts", uploadId)
					.operation("addUploadPart")
					.multipart((form) -> writeParts(form, request))
					.build(), UploadPart.class);
		}

	}

}

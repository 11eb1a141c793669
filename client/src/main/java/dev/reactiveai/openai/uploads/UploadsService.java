// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.uploads;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CompleteUploadRequest;
import dev.reactiveai.openai.types.CreateUploadRequest;
import dev.reactiveai.openai.types.Upload;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /uploads} operations of the OpenAI API.
 */
public final class UploadsService {

	private final OpenAiTransport transport;

	private final UploadsPartsService parts;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public UploadsService(OpenAiTransport transport) {
		this.transport = transport;
		this.parts = new UploadsPartsService(transport);
	}

	/**
	 * The {@code /uploads/{upload_id}/parts} operations.
	 * @return their service
	 */
	public UploadsPartsService parts() {
		return this.parts;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public UploadsService withOptions(RequestOptions options) {
		return new UploadsService(this.transport.withOptions(options));
	}

	/**
	 * Creates an intermediate
	 * <a href="https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>
	 * object that you can add <a href=
	 * "https://platform.openai.com/docs/api-reference/uploads/part-object">Parts</a> to.
	 * Currently, an Upload can accept at most 8 GB in total and expires after an hour
	 * after you create it.
	 * <p>
	 * Once you complete the Upload, we will create a
	 * <a href="https://platform.openai.com/docs/api-reference/files/object">File</a>
	 * object that contains all the parts you uploaded. This File is usable in the rest of
	 * our platform as a regular File object.
	 * <p>
	 * For certain {@code purpose} values, the correct {@code mime_type} must be
	 * specified. Please refer to documentation for the <a href=
	 * "https://platform.openai.com/docs/assistants/tools/file-search#supported-files">supported
	 * MIME types for your use case</a>.
	 * <p>
	 * For guidance on the proper filename extensions for each purpose, please follow the
	 * documentation on
	 * <a href="https://platform.openai.com/docs/api-reference/files/create">creating a
	 * File</a>.
	 * <p>
	 * Returns the Upload object with status {@code pending}.
	 * @param request the {@link CreateUploadRequest} describing what to create
	 * @return the {@link Upload} the API answers with
	 */
	public Mono<Upload> create(CreateUploadRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Cancels the Upload. No Parts may be added after an Upload is cancelled.
	 * <p>
	 * Returns the Upload object with status {@code cancelled}.
	 * @param uploadId the ID of the Upload
	 * @return the {@link Upload} the API answers with
	 */
	public Mono<Upload> cancel(String uploadId) {
		return this.withRawResponse.cancel(uploadId).map(ApiResponse::body);
	}

	/**
	 * Completes the
	 * <a href="https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>.
	 * <p>
	 * Within the returned Upload object, there is a nested
	 * <a href="https://platform.openai.com/docs/api-reference/files/object">File</a>
	 * object that is ready to use in the rest of the platform.
	 * <p>
	 * You can specify the order of the Parts by passing in an ordered list of the Part
	 * IDs.
	 * <p>
	 * The number of bytes uploaded upon completion must match the number of bytes
	 * initially specified when creating the Upload object. No Parts may be added after an
	 * Upload is completed. Returns the Upload object with status {@code completed},
	 * including an additional {@code file} property containing the created usable File
	 * object.
	 * @param uploadId the ID of the Upload
	 * @param request the {@link CompleteUploadRequest} with the parameters of the call
	 * @return the {@link Upload} the API answers with
	 */
	public Mono<Upload> complete(String uploadId, CompleteUploadRequest request) {
		return this.withRawResponse.complete(uploadId, request).map(ApiResponse::body);
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
		 * Creates an intermediate <a href=
		 * "https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>
		 * object that you can add <a href=
		 * "https://platform.openai.com/docs/api-reference/uploads/part-object">Parts</a>
		 * to. Currently, an Upload can accept at most 8 GB in total and expires after an
		 * hour after you create it.
		 * <p>
		 * Once you complete the Upload, we will create a
		 * <a href="https://platform.openai.com/docs/api-reference/files/object">File</a>
		 * object that contains all the parts you uploaded. This File is usable in the
		 * rest of our platform as a regular File object.
		 * <p>
		 * For certain {@code purpose} values, the correct {@code mime_type} must be
		 * specified. Please refer to documentation for the <a href=
		 * "https://platform.openai.com/docs/assistants/tools/file-search#supported-files">supported
		 * MIME types for your use case</a>.
		 * <p>
		 * For guidance on the proper filename extensions for each purpose, please follow
		 * the documentation on
		 * <a href="https://platform.openai.com/docs/api-reference/files/create">creating
		 * a File</a>.
		 * <p>
		 * Returns the Upload object with status {@code pending}.
		 * @param request the {@link CreateUploadRequest} describing what to create
		 * @return the status, the headers and the {@link Upload} the API answers with
		 */
		public Mono<ApiResponse<Upload>> create(CreateUploadRequest request) {
			return UploadsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/uploads").operation("createUpload").json(request).build(),
					Upload.class);
		}

		/**
		 * Cancels the Upload. No Parts may be added after an Upload is cancelled.
		 * <p>
		 * Returns the Upload object with status {@code cancelled}.
		 * @param uploadId the ID of the Upload
		 * @return the status, the headers and the {@link Upload} the API answers with
		 */
		public Mono<ApiResponse<Upload>> cancel(String uploadId) {
			return UploadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/uploads/{upload_id}/cancel", uploadId)
					.operation("cancelUpload")
					.build(), Upload.class);
		}

		/**
		 * Completes the <a href=
		 * "https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>.
		 * <p>
		 * Within the returned Upload object, there is a nested
		 * <a href="https://platform.openai.com/docs/api-reference/files/object">File</a>
		 * object that is ready to use in the rest of the platform.
		 * <p>
		 * You can specify the order of the Parts by passing in an ordered list of the
		 * Part IDs.
		 * <p>
		 * The number of bytes uploaded upon completion must match the number of bytes
		 * initially specified when creating the Upload object. No Parts may be added
		 * after an Upload is completed. Returns the Upload object with status
		 * {@code completed}, including an additional {@code file} property containing the
		 * created usable File object.
		 * @param uploadId the ID of the Upload
		 * @param request the {@link CompleteUploadRequest} with the parameters of the
		 * call
		 * @return the status, the headers and the {@link Upload} the API answers with
		 */
		public Mono<ApiResponse<Upload>> complete(String uploadId, CompleteUploadRequest request) {
			return UploadsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/uploads/{upload_id}/complete", uploadId)
					.operation("completeUpload")
					.json(request)
					.build(), Upload.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.files;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.Downloads;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateFileRequest;
import dev.reactiveai.openai.types.DeleteFileResponse;
import dev.reactiveai.openai.types.FilesListParams;
import dev.reactiveai.openai.types.ListFilesResponse;
import dev.reactiveai.openai.types.OpenAIFile;
import java.nio.file.Path;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /files} operations of the OpenAI API.
 */
public final class FilesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FilesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FilesService withOptions(RequestOptions options) {
		return new FilesService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of files. One page.
	 * @param params the query parameters ({@code purpose}, {@code limit}, {@code order},
	 * {@code after}), all optional
	 * @return one page of the list: the {@link ListFilesResponse} the API answers with
	 */
	public Mono<ListFilesResponse> listPage(FilesListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of files. Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code purpose}, {@code limit}, {@code order},
	 * {@code after}), all optional
	 * @return every {@link OpenAIFile} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<OpenAIFile> list(FilesListParams params) {
		return Pagination.items("GET /files", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of files. With default query parameters.
	 * @return every {@link OpenAIFile} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<OpenAIFile> list() {
		return list(FilesListParams.builder().build());
	}

	/**
	 * Upload a file that can be used across various endpoints. Individual files can be up
	 * to 512 MB, and each project can store up to 2.5 TB of files in total. There is no
	 * organization-wide storage limit. Uploads to this endpoint are rate-limited to 1,000
	 * requests per minute per authenticated user.
	 * <ul>
	 * <li>The Assistants API supports files up to 2 million tokens and of specific file
	 * types. See the
	 * <a href="https://platform.openai.com/docs/assistants/tools">Assistants Tools
	 * guide</a> for details.</li>
	 * <li>The Fine-tuning API only supports {@code .jsonl} files. The input also has
	 * certain required formats for fine-tuning <a href=
	 * "https://platform.openai.com/docs/api-reference/fine-tuning/chat-input">chat</a> or
	 * <a href=
	 * "https://platform.openai.com/docs/api-reference/fine-tuning/completions-input">completions</a>
	 * models.</li>
	 * <li>The Batch API only supports {@code .jsonl} files up to 200 MB in size. The
	 * input also has a specific required <a href=
	 * "https://platform.openai.com/docs/api-reference/batch/request-input">format</a>.</li>
	 * <li>For Retrieval or {@code file_search} ingestion, upload files here first. If you
	 * need to attach multiple uploaded files to the same vector store, use <a href=
	 * "https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch">{@code /vector_stores/{vector_store_id}/file_batches}</a>
	 * instead of attaching them one by one. Vector store attachment has separate limits
	 * from file upload, including 2,000 attached files per minute per organization.</li>
	 * </ul>
	 * <p>
	 * Please <a href="https://help.openai.com/">contact us</a> if you need to increase
	 * these storage limits.
	 * @param request the {@link CreateFileRequest} describing what to create
	 * @return the {@link OpenAIFile} the API answers with
	 */
	public Mono<OpenAIFile> create(CreateFileRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Returns information about a specific file.
	 * @param fileId the ID of the file to use for this request
	 * @return the {@link OpenAIFile} the API answers with
	 */
	public Mono<OpenAIFile> retrieve(String fileId) {
		return this.withRawResponse.retrieve(fileId).map(ApiResponse::body);
	}

	/**
	 * Delete a file and remove it from all vector stores.
	 * @param fileId the ID of the file to use for this request
	 * @return the {@link DeleteFileResponse} the API answers with
	 */
	public Mono<DeleteFileResponse> delete(String fileId) {
		return this.withRawResponse.delete(fileId).map(ApiResponse::body);
	}

	/**
	 * Returns the contents of the specified file.
	 * @param fileId the ID of the file to use for this request
	 * @return the content, buffer by buffer; release each one
	 */
	public Flux<DataBuffer> content(String fileId) {
		return this.transport.download(
				ApiRequest.of(HttpMethod.GET, "/files/{file_id}/content", fileId).operation("downloadFile").build());
	}

	/**
	 * Returns the contents of the specified file. Writes it to a file.
	 * @param fileId the ID of the file to use for this request
	 * @param target the file to write the content to; replaced if it exists
	 * @return the file, once the whole content is in it
	 */
	public Mono<Path> content(String fileId, Path target) {
		return Downloads.writeTo(content(fileId), target);
	}

	/**
	 * Add the parts of a {@link CreateFileRequest} to a form, named as the API names
	 * them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateFileRequest request) {
		form.file("file", request.file());
		form.field("purpose", request.purpose());
		form.field("expires_after", request.expiresAfter());
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
		 * Returns a list of files.
		 * @param params the query parameters ({@code purpose}, {@code limit},
		 * {@code order}, {@code after}), all optional
		 * @return the status, the headers and the {@link ListFilesResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ListFilesResponse>> list(FilesListParams params) {
			return FilesService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/files")
				.operation("listFiles")
				.query("purpose", params.purpose())
				.query("limit", params.limit())
				.query("order", params.order())
				.query("after", params.after())
				.build(), ListFilesResponse.class);
		}

		/**
		 * Upload a file that can be used across various endpoints. Individual files can
		 * be up to 512 MB, and each project can store up to 2.5 TB of files in total.
		 * There is no organization-wide storage limit. Uploads to this endpoint are
		 * rate-limited to 1,000 requests per minute per authenticated user.
		 * <ul>
		 * <li>The Assistants API supports files up to 2 million tokens and of specific
		 * file types. See the
		 * <a href="https://platform.openai.com/docs/assistants/tools">Assistants Tools
		 * guide</a> for details.</li>
		 * <li>The Fine-tuning API only supports {@code .jsonl} files. The input also has
		 * certain required formats for fine-tuning <a href=
		 * "https://platform.openai.com/docs/api-reference/fine-tuning/chat-input">chat</a>
		 * or <a href=
		 * "https://platform.openai.com/docs/api-reference/fine-tuning/completions-input">completions</a>
		 * models.</li>
		 * <li>The Batch API only supports {@code .jsonl} files up to 200 MB in size. The
		 * input also has a specific required <a href=
		 * "https://platform.openai.com/docs/api-reference/batch/request-input">format</a>.</li>
		 * <li>For Retrieval or {@code file_search} ingestion, upload files here first. If
		 * you need to attach multiple uploaded files to the same vector store, use
		 * <a href=
		 * "https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch">{@code /vector_stores/{vector_store_id}/file_batches}</a>
		 * instead of attaching them one by one. Vector store attachment has separate
		 * limits from file upload, including 2,000 attached files per minute per
		 * organization.</li>
		 * </ul>
		 * <p>
		 * Please <a href="https://help.openai.com/">contact us</a> if you need to
		 * increase these storage limits.
		 * @param request the {@link CreateFileRequest} describing what to create
		 * @return the status, the headers and the {@link OpenAIFile} the API answers with
		 */
		public Mono<ApiResponse<OpenAIFile>> create(CreateFileRequest request) {
			return FilesService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/files")
				.operation("createFile")
				.multipart((form) -> writeParts(form, request))
				.build(), OpenAIFile.class);
		}

		/**
		 * Returns information about a specific file.
		 * @param fileId the ID of the file to use for this request
		 * @return the status, the headers and the {@link OpenAIFile} the API answers with
		 */
		public Mono<ApiResponse<OpenAIFile>> retrieve(String fileId) {
			return FilesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/files/{file_id}", fileId).operation("retrieveFile").build(),
					OpenAIFile.class);
		}

		/**
		 * Delete a file and remove it from all vector stores.
		 * @param fileId the ID of the file to use for this request
		 * @return the status, the headers and the {@link DeleteFileResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<DeleteFileResponse>> delete(String fileId) {
			return FilesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/files/{file_id}", fileId).operation("deleteFile").build(),
					DeleteFileResponse.class);
		}

	}

}

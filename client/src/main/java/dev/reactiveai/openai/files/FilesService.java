package dev.reactiveai.openai.files;

import java.nio.file.Path;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Downloads;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.Pagination;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.UploadFile;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;

/**
 * Files: upload, list, retrieve, download and delete. Uploads and downloads stream; no
 * file is held in memory whole.
 */
public final class FilesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse;

	public FilesService(OpenAiTransport transport) {
		this.transport = transport;
		this.withRawResponse = new WithRawResponse();
	}

	/** This service with the given per-call settings. */
	public FilesService withOptions(RequestOptions options) {
		return new FilesService(this.transport.withOptions(options));
	}

	/** The same operations, answering with status, headers and body. */
	public WithRawResponse withRawResponse() {
		return this.withRawResponse;
	}

	/**
	 * Uploads a file.
	 * @param file the file
	 * @param purpose what it is for, such as {@code assistants}, {@code batch},
	 * {@code fine-tune}, {@code vision}, {@code user_data} or {@code evals}
	 * @return the uploaded file
	 */
	public Mono<FileObject> create(UploadFile file, String purpose) {
		return this.withRawResponse.create(file, purpose).map(ApiResponse::body);
	}

	/**
	 * Lists files, fetching page after page as they are consumed.
	 * @param request which files
	 * @return the files
	 */
	public Flux<FileObject> list(FileListRequest request) {
		return Pagination.items(request.after(),
				(cursor) -> this.withRawResponse.list(request.after(cursor)).map(ApiResponse::body));
	}

	/** Lists all files, fetching page after page as they are consumed. */
	public Flux<FileObject> list() {
		return list(FileListRequest.ALL);
	}

	/**
	 * Lists one page of files.
	 * @param request which files, and the cursor
	 * @return the page
	 */
	public Mono<Page<FileObject>> listPage(FileListRequest request) {
		return this.withRawResponse.list(request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a file's description.
	 * @param fileId the file's identifier
	 * @return the file
	 */
	public Mono<FileObject> retrieve(String fileId) {
		return this.withRawResponse.retrieve(fileId).map(ApiResponse::body);
	}

	/**
	 * Deletes a file.
	 * @param fileId the file's identifier
	 * @return the deletion status
	 */
	public Mono<FileDeleted> delete(String fileId) {
		return this.withRawResponse.delete(fileId).map(ApiResponse::body);
	}

	/**
	 * Downloads a file's content as it arrives. Release each buffer, or use
	 * {@link #content(String, Path)}.
	 * @param fileId the file's identifier
	 * @return the content
	 */
	public Flux<DataBuffer> content(String fileId) {
		return this.transport.download(ApiRequest.get("/files/{file_id}/content", fileId).build());
	}

	/**
	 * Downloads a file's content to disk.
	 * @param fileId the file's identifier
	 * @param target the file to write, replaced when the download is complete
	 * @return the target, once written
	 */
	public Mono<Path> content(String fileId, Path target) {
		return Downloads.writeTo(content(fileId), target);
	}

	/**
	 * The files operations, answering with status, headers and body.
	 */
	public final class WithRawResponse {

		private WithRawResponse() {
		}

		public Mono<ApiResponse<FileObject>> create(UploadFile file, String purpose) {
			ApiRequest request = ApiRequest.post("/files")
				.multipart((form) -> form.field("purpose", purpose).file("file", file))
				.build();
			return FilesService.this.transport.exchange(request, FileObject.class);
		}

		public Mono<ApiResponse<Page<FileObject>>> list(FileListRequest request) {
			ApiRequest get = ApiRequest.get("/files")
				.query("purpose", request.purpose())
				.query("limit", request.limit())
				.query("order", request.order())
				.query("after", request.after())
				.build();
			return FilesService.this.transport.exchangePage(get, FileObject.class);
		}

		public Mono<ApiResponse<FileObject>> retrieve(String fileId) {
			return FilesService.this.transport.exchange(ApiRequest.get("/files/{file_id}", fileId).build(),
					FileObject.class);
		}

		public Mono<ApiResponse<FileDeleted>> delete(String fileId) {
			return FilesService.this.transport.exchange(ApiRequest.delete("/files/{file_id}", fileId).build(),
					FileDeleted.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.vectorstores;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateVectorStoreFileRequest;
import dev.reactiveai.openai.types.DeleteVectorStoreFileResponse;
import dev.reactiveai.openai.types.ListVectorStoreFilesResponse;
import dev.reactiveai.openai.types.UpdateVectorStoreFileAttributesRequest;
import dev.reactiveai.openai.types.VectorStoreFile;
import dev.reactiveai.openai.types.VectorStoreFileContentResponse;
import dev.reactiveai.openai.types.VectorStoresFilesListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /vector_stores/{vector_store_id}/files} operations of the OpenAI API.
 */
public final class VectorStoresFilesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VectorStoresFilesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public VectorStoresFilesService withOptions(RequestOptions options) {
		return new VectorStoresFilesService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of vector store files. One page.
	 * @param vectorStoreId the ID of the vector store that the files belong to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code filter}), all optional
	 * @return one page of the list: the {@link ListVectorStoreFilesResponse} the API
	 * answers with
	 */
	public Mono<ListVectorStoreFilesResponse> listPage(String vectorStoreId, VectorStoresFilesListParams params) {
		return this.withRawResponse.list(vectorStoreId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of vector store files. Pages are fetched as the items are consumed.
	 * @param vectorStoreId the ID of the vector store that the files belong to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code filter}), all optional
	 * @return every {@link VectorStoreFile} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<VectorStoreFile> list(String vectorStoreId, VectorStoresFilesListParams params) {
		return Pagination.items("GET /vector_stores/{vector_store_id}/files", params.after(), (cursor) -> listPage(
				vectorStoreId, params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of vector store files. With default query parameters.
	 * @param vectorStoreId the ID of the vector store that the files belong to
	 * @return every {@link VectorStoreFile} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<VectorStoreFile> list(String vectorStoreId) {
		return list(vectorStoreId, VectorStoresFilesListParams.builder().build());
	}

	/**
	 * Create a vector store file by attaching a
	 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> to a
	 * <a href=
	 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
	 * store</a>.
	 * @param vectorStoreId the ID of the vector store for which to create a File
	 * @param request the {@link CreateVectorStoreFileRequest} describing what to create
	 * @return the {@link VectorStoreFile} the API answers with
	 */
	public Mono<VectorStoreFile> create(String vectorStoreId, CreateVectorStoreFileRequest request) {
		return this.withRawResponse.create(vectorStoreId, request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a vector store file.
	 * @param vectorStoreId the ID of the vector store that the file belongs to
	 * @param fileId the ID of the file being retrieved
	 * @return the {@link VectorStoreFile} the API answers with
	 */
	public Mono<VectorStoreFile> retrieve(String vectorStoreId, String fileId) {
		return this.withRawResponse.retrieve(vectorStoreId, fileId).map(ApiResponse::body);
	}

	/**
	 * Update attributes on a vector store file.
	 * @param vectorStoreId the ID of the vector store the file belongs to
	 * @param fileId the ID of the file to update attributes
	 * @param request the {@link UpdateVectorStoreFileAttributesRequest} with the changes
	 * to make
	 * @return the {@link VectorStoreFile} the API answers with
	 */
	public Mono<VectorStoreFile> update(String vectorStoreId, String fileId,
			UpdateVectorStoreFileAttributesRequest request) {
		return this.withRawResponse.update(vectorStoreId, fileId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a vector store file. This will remove the file from the vector store but the
	 * file itself will not be deleted. To delete the file, use the
	 * <a href="https://platform.openai.com/docs/api-reference/files/delete">delete
	 * file</a> endpoint.
	 * @param vectorStoreId the ID of the vector store that the file belongs to
	 * @param fileId the ID of the file to delete
	 * @return the {@link DeleteVectorStoreFileResponse} the API answers with
	 */
	public Mono<DeleteVectorStoreFileResponse> delete(String vectorStoreId, String fileId) {
		return this.withRawResponse.delete(vectorStoreId, fileId).map(ApiResponse::body);
	}

	/**
	 * Retrieve the parsed contents of a vector store file.
	 * @param vectorStoreId the ID of the vector store
	 * @param fileId the ID of the file within the vector store
	 * @return the {@link VectorStoreFileContentResponse} the API answers with
	 */
	public Mono<VectorStoreFileContentResponse> content(String vectorStoreId, String fileId) {
		return this.withRawResponse.content(vectorStoreId, fileId).map(ApiResponse::body);
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
		 * Returns a list of vector store files.
		 * @param vectorStoreId the ID of the vector store that the files belong to
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}, {@code filter}), all optional
		 * @return the status, the headers and the {@link ListVectorStoreFilesResponse}
		 * the API answers with
		 */
		public Mono<ApiResponse<ListVectorStoreFilesResponse>> list(String vectorStoreId,
				VectorStoresFilesListParams params) {
			return VectorStoresFilesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/vector_stores/{vector_store_id}/files", vectorStoreId)
					.operation("listVectorStoreFiles")
					.header("OpenAI-Beta", "assistants=v2")
					.query("limit", params.limit())
					.query("order", params.order())
					.query("after", params.after())
					.query("before", params.before())
					.query("filter", params.filter())
					.build(), ListVectorStoreFilesResponse.class);
		}

		/**
		 * Create a vector store file by attaching a
		 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> to a
		 * <a href=
		 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
		 * store</a>.
		 * @param vectorStoreId the ID of the vector store for which to create a File
		 * @param request the {@link CreateVectorStoreFileRequest} describing what to
		 * create
		 * @return the status, the headers and the {@link VectorStoreFile} the API answers
		 * with
		 */
		public Mono<ApiResponse<VectorStoreFile>> create(String vectorStoreId, CreateVectorStoreFileRequest request) {
			return VectorStoresFilesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/vector_stores/{vector_store_id}/files", vectorStoreId)
					.operation("createVectorStoreFile")
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), VectorStoreFile.class);
		}

		/**
		 * Retrieves a vector store file.
		 * @param vectorStoreId the ID of the vector store that the file belongs to
		 * @param fileId the ID of the file being retrieved
		 * @return the status, the headers and the {@link VectorStoreFile} the API answers
		 * with
		 */
		public Mono<ApiResponse<VectorStoreFile>> retrieve(String vectorStoreId, String fileId) {
			return VectorStoresFilesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/vector_stores/{vector_store_id}/files/{file_id}", vectorStoreId, fileId)
				.operation("getVectorStoreFile")
				.header("OpenAI-Beta", "assistants=v2")
				.build(), VectorStoreFile.class);
		}

		/**
		 * Update attributes on a vector store file.
		 * @param vectorStoreId the ID of the vector store the file belongs to
		 * @param fileId the ID of the file to update attributes
		 * @param request the {@link UpdateVectorStoreFileAttributesRequest} with the
		 * changes to make
		 * @return the status, the headers and the {@link VectorStoreFile} the API answers
		 * with
		 */
		public Mono<ApiResponse<VectorStoreFile>> update(String vectorStoreId, String fileId,
				UpdateVectorStoreFileAttributesRequest request) {
			return VectorStoresFilesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/vector_stores/{vector_store_id}/files/{file_id}", vectorStoreId, fileId)
				.operation("updateVectorStoreFileAttributes")
				.header("OpenAI-Beta", "assistants=v2")
				.json(request)
				.build(), VectorStoreFile.class);
		}

		/**
		 * Delete a vector store file. This will remove the file from the vector store but
		 * the file itself will not be deleted. To delete the file, use the
		 * <a href="https://platform.openai.com/docs/api-reference/files/delete">delete
		 * file</a> endpoint.
		 * @param vectorStoreId the ID of the vector store that the file belongs to
		 * @param fileId the ID of the file to delete
		 * @return the status, the headers and the {@link DeleteVectorStoreFileResponse}
		 * the API answers with
		 */
		public Mono<ApiResponse<DeleteVectorStoreFileResponse>> delete(String vectorStoreId, String fileId) {
			return VectorStoresFilesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE, "/vector_stores/{vector_store_id}/files/{file_id}", vectorStoreId, fileId)
				.operation("deleteVectorStoreFile")
				.header("OpenAI-Beta", "assistants=v2")
				.build(), DeleteVectorStoreFileResponse.class);
		}

		/**
		 * Retrieve the parsed contents of a vector store file.
		 * @param vectorStoreId the ID of the vector store
		 * @param fileId the ID of the file within the vector store
		 * @return the status, the headers and the {@link VectorStoreFileContentResponse}
		 * the API answers with
		 */
		public Mono<ApiResponse<VectorStoreFileContentResponse>> content(String vectorStoreId, String fileId) {
			return VectorStoresFilesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/vector_stores/{vector_store_id}/files/{file_id}/content", vectorStoreId, fileId)
				.operation("retrieveVectorStoreFileContent")
				.header("OpenAI-Beta", "assistants=v2")
				.build(), VectorStoreFileContentResponse.class);
		}

	}

}

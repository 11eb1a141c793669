// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.vectorstores;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ListVectorStoreFilesResponse;
import dev.reactiveai.openai.types.VectorStoreFile;
import dev.reactiveai.openai.types.VectorStoresFileBatchesFilesListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /vector_stores/{vector_store_id}/file_batches/{batch_id}/files} operations
 * of the OpenAI API.
 */
public final class VectorStoresFileBatchesFilesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VectorStoresFileBatchesFilesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public VectorStoresFileBatchesFilesService withOptions(RequestOptions options) {
		return new VectorStoresFileBatchesFilesService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of vector store files in a batch. One page.
	 * @param vectorStoreId the ID of the vector store that the files belong to
	 * @param batchId the ID of the file batch that the files belong to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code filter}), all optional
	 * @return one page of the list: the {@link ListVectorStoreFilesResponse} the API
	 * answers with
	 */
	public Mono<ListVectorStoreFilesResponse> listPage(String vectorStoreId, String batchId,
			VectorStoresFileBatchesFilesListParams params) {
		return this.withRawResponse.list(vectorStoreId, batchId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of vector store files in a batch. Pages are fetched as the items are
	 * consumed.
	 * @param vectorStoreId the ID of the vector store that the files belong to
	 * @param batchId the ID of the file batch that the files belong to
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}, {@code filter}), all optional
	 * @return every {@link VectorStoreFile} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<VectorStoreFile> list(String vectorStoreId, String batchId,
			VectorStoresFileBatchesFilesListParams params) {
		return Pagination.items("GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files", params.after(),
				(cursor) -> listPage(vectorStoreId, batchId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(),
							page.lastId())));
	}

	/**
	 * Returns a list of vector store files in a batch. With default query parameters.
	 * @param vectorStoreId the ID of the vector store that the files belong to
	 * @param batchId the ID of the file batch that the files belong to
	 * @return every {@link VectorStoreFile} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<VectorStoreFile> list(String vectorStoreId, String batchId) {
		return list(vectorStoreId, batchId, VectorStoresFileBatchesFilesListParams.builder().build());
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
		 * Returns a list of vector store files in a batch.
		 * @param vectorStoreId the ID of the vector store that the files belong to
		 * @param batchId the ID of the file batch that the files belong to
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}, {@code filter}), all optional
		 * @return the status, the headers and the {@link ListVectorStoreFilesResponse}
		 * the API answers with
		 */
		public Mono<ApiResponse<ListVectorStoreFilesResponse>> list(String vectorStoreId, String batchId,
				VectorStoresFileBatchesFilesListParams params) {
			return VectorStoresFileBatchesFilesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files", vectorStoreId,
						batchId)
				.operation("listFilesInVectorStoreBatch")
				.header("OpenAI-Beta", "assistants=v2")
				.query("limit", params.limit())
				.query("order", params.order())
				.query("after", params.after())
				.query("before", params.before())
				.query("filter", params.filter())
				.build(), ListVectorStoreFilesResponse.class);
		}

	}

}

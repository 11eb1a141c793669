// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.vectorstores;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.Pagination;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateVectorStoreFileBatchRequest;
import dev.reactiveai.openai.model.ListVectorStoreFilesResponse;
import dev.reactiveai.openai.model.VectorStoreFileBatchObject;
import dev.reactiveai.openai.model.VectorStoreFileObject;
import dev.reactiveai.openai.model.VectorStoresFileBatchesFilesParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /vector_stores/file_batches} operations of the OpenAI API.
 */
public final class VectorStoresFileBatchesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VectorStoresFileBatchesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public VectorStoresFileBatchesService withOptions(RequestOptions options) {
		return new VectorStoresFileBatchesService(this.transport.withOptions(options));
	}

	/**
	 * Create a vector store file batch.
	 * @param vectorStoreId the {@code vectorStoreId}
	 * @param request the request body
	 */
	public Mono<VectorStoreFileBatchObject> create(String vectorStoreId, CreateVectorStoreFileBatchRequest request) {
		return this.withRawResponse.create(vectorStoreId, request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a vector store file batch.
	 * @param vectorStoreId the {@code vectorStoreId}
	 * @param batchId the {@code batchId}
	 */
	public Mono<VectorStoreFileBatchObject> retrieve(String vectorStoreId, String batchId) {
		return this.withRawResponse.retrieve(vectorStoreId, batchId).map(ApiResponse::body);
	}

	/**
	 * Cancel a vector store file batch. This attempts to cancel the processing of files
	 * in this batch as soon as possible.
	 * @param vectorStoreId the {@code vectorStoreId}
	 * @param batchId the {@code batchId}
	 */
	public Mono<VectorStoreFileBatchObject> cancel(String vectorStoreId, String batchId) {
		return this.withRawResponse.cancel(vectorStoreId, batchId).map(ApiResponse::body);
	}

	/**
	 * Returns a list of vector store files in a batch. One page.
	 * @param vectorStoreId the {@code vectorStoreId}
	 * @param batchId the {@code batchId}
	 * @param params the query parameters
	 */
	public Mono<ListVectorStoreFilesResponse> filesPage(String vectorStoreId, String batchId,
			VectorStoresFileBatchesFilesParams params) {
		return this.withRawResponse.files(vectorStoreId, batchId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of vector store files in a batch. Pages are fetched as the items are
	 * consumed.
	 * @param vectorStoreId the {@code vectorStoreId}
	 * @param batchId the {@code batchId}
	 * @param params the query parameters
	 */
	public Flux<VectorStoreFileObject> files(String vectorStoreId, String batchId,
			VectorStoresFileBatchesFilesParams params) {
		return Pagination.items("GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files", params.after(),
				(cursor) -> filesPage(vectorStoreId, batchId, params.toBuilder().after(cursor).build())
					.map((page) -> new Page<>(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(),
							page.lastId())));
	}

	/**
	 * Returns a list of vector store files in a batch. With default query parameters.
	 * @param vectorStoreId the {@code vectorStoreId}
	 * @param batchId the {@code batchId}
	 */
	public Flux<VectorStoreFileObject> files(String vectorStoreId, String batchId) {
		return files(vectorStoreId, batchId, VectorStoresFileBatchesFilesParams.builder().build());
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
		 * Create a vector store file batch.
		 * @param vectorStoreId the {@code vectorStoreId}
		 * @param request the request body
		 */
		public Mono<ApiResponse<VectorStoreFileBatchObject>> create(String vectorStoreId,
				CreateVectorStoreFileBatchRequest request) {
			return VectorStoresFileBatchesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/vector_stores/{vector_store_id}/file_batches", vectorStoreId)
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), VectorStoreFileBatchObject.class);
		}

		/**
		 * Retrieves a vector store file batch.
		 * @param vectorStoreId the {@code vectorStoreId}
		 * @param batchId the {@code batchId}
		 */
		public Mono<ApiResponse<VectorStoreFileBatchObject>> retrieve(String vectorStoreId, String batchId) {
			return VectorStoresFileBatchesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/vector_stores/{vector_store_id}/file_batches/{batch_id}", vectorStoreId, batchId)
				.header("OpenAI-Beta", "assistants=v2")
				.build(), VectorStoreFileBatchObject.class);
		}

		/**
		 * Cancel a vector store file batch. This attempts to cancel the processing of
		 * files in this batch as soon as possible.
		 * @param vectorStoreId the {@code vectorStoreId}
		 * @param batchId the {@code batchId}
		 */
		public Mono<ApiResponse<VectorStoreFileBatchObject>> cancel(String vectorStoreId, String batchId) {
			return VectorStoresFileBatchesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel", vectorStoreId,
						batchId)
				.header("OpenAI-Beta", "assistants=v2")
				.build(), VectorStoreFileBatchObject.class);
		}

		/**
		 * Returns a list of vector store files in a batch.
		 * @param vectorStoreId the {@code vectorStoreId}
		 * @param batchId the {@code batchId}
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<ListVectorStoreFilesResponse>> files(String vectorStoreId, String batchId,
				VectorStoresFileBatchesFilesParams params) {
			return VectorStoresFileBatchesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files", vectorStoreId,
						batchId)
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

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.vectorstores;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CreateVectorStoreFileBatchRequest;
import dev.reactiveai.openai.types.VectorStoreFileBatch;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /vector_stores/{vector_store_id}/file_batches} operations of the OpenAI API.
 */
public final class VectorStoresFileBatchesService {

	private final OpenAiTransport transport;

	private final VectorStoresFileBatchesFilesService files;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VectorStoresFileBatchesService(OpenAiTransport transport) {
		this.transport = transport;
		this.files = new VectorStoresFileBatchesFilesService(transport);
	}

	/**
	 * The {@code /vector_stores/{vector_store_id}/file_batches/{batch_id}/files}
	 * operations.
	 * @return their service
	 */
	public VectorStoresFileBatchesFilesService files() {
		return this.files;
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
	 * @param vectorStoreId the ID of the vector store for which to create a File Batch
	 * @param request the {@link CreateVectorStoreFileBatchRequest} describing what to
	 * create
	 * @return the {@link VectorStoreFileBatch} the API answers with
	 */
	public Mono<VectorStoreFileBatch> create(String vectorStoreId, CreateVectorStoreFileBatchRequest request) {
		return this.withRawResponse.create(vectorStoreId, request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a vector store file batch.
	 * @param vectorStoreId the ID of the vector store that the file batch belongs to
	 * @param batchId the ID of the file batch being retrieved
	 * @return the {@link VectorStoreFileBatch} the API answers with
	 */
	public Mono<VectorStoreFileBatch> retrieve(String vectorStoreId, String batchId) {
		return this.withRawResponse.retrieve(vectorStoreId, batchId).map(ApiResponse::body);
	}

	/**
	 * Cancel a vector store file batch. This attempts to cancel the processing of files
	 * in this batch as soon as possible.
	 * @param vectorStoreId the ID of the vector store that the file batch belongs to
	 * @param batchId the ID of the file batch to cancel
	 * @return the {@link VectorStoreFileBatch} the API answers with
	 */
	public Mono<VectorStoreFileBatch> cancel(String vectorStoreId, String batchId) {
		return this.withRawResponse.cancel(vectorStoreId, batchId).map(ApiResponse::body);
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
		 * @param vectorStoreId the ID of the vector store for which to create a File
		 * Batch
		 * @param request the {@link CreateVectorStoreFileBatchRequest} describing what to
		 * create
		 * @return the status, the headers and the {@link VectorStoreFileBatch} the API
		 * answers with
		 */
		public Mono<ApiResponse<VectorStoreFileBatch>> create(String vectorStoreId,
				CreateVectorStoreFileBatchRequest request) {
			return VectorStoresFileBatchesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/vector_stores/{vector_store_id}/file_batches", vectorStoreId)
					.operation("createVectorStoreFileBatch")
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), VectorStoreFileBatch.class);
		}

		/**
		 * Retrieves a vector store file batch.
		 * @param vectorStoreId the ID of the vector store that the file batch belongs to
		 * @param batchId the ID of the file batch being retrieved
		 * @return the status, the headers and the {@link VectorStoreFileBatch} the API
		 * answers with
		 */
		public Mono<ApiResponse<VectorStoreFileBatch>> retrieve(String vectorStoreId, String batchId) {
			return VectorStoresFileBatchesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/vector_stores/{vector_store_id}/file_batches/{batch_id}", vectorStoreId, batchId)
				.operation("getVectorStoreFileBatch")
				.header("OpenAI-Beta", "assistants=v2")
				.build(), VectorStoreFileBatch.class);
		}

		/**
		 * Cancel a vector store file batch. This attempts to cancel the processing of
		 * files in this batch as soon as possible.
		 * @param vectorStoreId the ID of the vector store that the file batch belongs to
		 * @param batchId the ID of the file batch to cancel
		 * @return the status, the headers and the {@link VectorStoreFileBatch} the API
		 * answers with
		 */
		public Mono<ApiResponse<VectorStoreFileBatch>> cancel(String vectorStoreId, String batchId) {
			return VectorStoresFileBatchesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel", vectorStoreId,
						batchId)
				.operation("cancelVectorStoreFileBatch")
				.header("OpenAI-Beta", "assistants=v2")
				.build(), VectorStoreFileBatch.class);
		}

	}

}

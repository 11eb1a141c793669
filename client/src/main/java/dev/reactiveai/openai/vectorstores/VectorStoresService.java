// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.vectorstores;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateVectorStoreRequest;
import dev.reactiveai.openai.types.DeleteVectorStoreResponse;
import dev.reactiveai.openai.types.ListVectorStoresResponse;
import dev.reactiveai.openai.types.UpdateVectorStoreRequest;
import dev.reactiveai.openai.types.VectorStore;
import dev.reactiveai.openai.types.VectorStoreSearchRequest;
import dev.reactiveai.openai.types.VectorStoreSearchResultsPage;
import dev.reactiveai.openai.types.VectorStoresListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /vector_stores} operations of the OpenAI API.
 */
public final class VectorStoresService {

	private final OpenAiTransport transport;

	private final VectorStoresFileBatchesService fileBatches;

	private final VectorStoresFilesService files;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public VectorStoresService(OpenAiTransport transport) {
		this.transport = transport;
		this.fileBatches = new VectorStoresFileBatchesService(transport);
		this.files = new VectorStoresFilesService(transport);
	}

	/**
	 * The {@code /vector_stores/{vector_store_id}/file_batches} operations.
	 * @return their service
	 */
	public VectorStoresFileBatchesService fileBatches() {
		return this.fileBatches;
	}

	/**
	 * The {@code /vector_stores/{vector_store_id}/files} operations.
	 * @return their service
	 */
	public VectorStoresFilesService files() {
		return this.files;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public VectorStoresService withOptions(RequestOptions options) {
		return new VectorStoresService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of vector stores. One page.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}), all optional
	 * @return one page of the list: the {@link ListVectorStoresResponse} the API answers
	 * with
	 */
	public Mono<ListVectorStoresResponse> listPage(VectorStoresListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of vector stores. Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code limit}, {@code order}, {@code after},
	 * {@code before}), all optional
	 * @return every {@link VectorStore} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<VectorStore> list(VectorStoresListParams params) {
		return Pagination.items("GET /vector_stores", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of vector stores. With default query parameters.
	 * @return every {@link VectorStore} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<VectorStore> list() {
		return list(VectorStoresListParams.builder().build());
	}

	/**
	 * Create a vector store.
	 * @param request the {@link CreateVectorStoreRequest} describing what to create
	 * @return the {@link VectorStore} the API answers with
	 */
	public Mono<VectorStore> create(CreateVectorStoreRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a vector store.
	 * @param vectorStoreId the ID of the vector store to retrieve
	 * @return the {@link VectorStore} the API answers with
	 */
	public Mono<VectorStore> retrieve(String vectorStoreId) {
		return this.withRawResponse.retrieve(vectorStoreId).map(ApiResponse::body);
	}

	/**
	 * Modifies a vector store.
	 * @param vectorStoreId the ID of the vector store to modify
	 * @param request the {@link UpdateVectorStoreRequest} with the changes to make
	 * @return the {@link VectorStore} the API answers with
	 */
	public Mono<VectorStore> update(String vectorStoreId, UpdateVectorStoreRequest request) {
		return this.withRawResponse.update(vectorStoreId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a vector store.
	 * @param vectorStoreId the ID of the vector store to delete
	 * @return the {@link DeleteVectorStoreResponse} the API answers with
	 */
	public Mono<DeleteVectorStoreResponse> delete(String vectorStoreId) {
		return this.withRawResponse.delete(vectorStoreId).map(ApiResponse::body);
	}

	/**
	 * Search a vector store for relevant chunks based on a query and file attributes
	 * filter.
	 * @param vectorStoreId the ID of the vector store to search
	 * @param request the {@link VectorStoreSearchRequest} with the parameters of the call
	 * @return the {@link VectorStoreSearchResultsPage} the API answers with
	 */
	public Mono<VectorStoreSearchResultsPage> search(String vectorStoreId, VectorStoreSearchRequest request) {
		return this.withRawResponse.search(vectorStoreId, request).map(ApiResponse::body);
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
		 * Returns a list of vector stores.
		 * @param params the query parameters ({@code limit}, {@code order},
		 * {@code after}, {@code before}), all optional
		 * @return the status, the headers and the {@link ListVectorStoresResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ListVectorStoresResponse>> list(VectorStoresListParams params) {
			return VectorStoresService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/vector_stores")
				.operation("listVectorStores")
				.header("OpenAI-Beta", "assistants=v2")
				.query("limit", params.limit())
				.query("order", params.order())
				.query("after", params.after())
				.query("before", params.before())
				.build(), ListVectorStoresResponse.class);
		}

		/**
		 * Create a vector store.
		 * @param request the {@link CreateVectorStoreRequest} describing what to create
		 * @return the status, the headers and the {@link VectorStore} the API answers
		 * with
		 */
		public Mono<ApiResponse<VectorStore>> create(CreateVectorStoreRequest request) {
			return VectorStoresService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/vector_stores")
				.operation("createVectorStore")
				.header("OpenAI-Beta", "assistants=v2")
				.json(request)
				.build(), VectorStore.class);
		}

		/**
		 * Retrieves a vector store.
		 * @param vectorStoreId the ID of the vector store to retrieve
		 * @return the status, the headers and the {@link VectorStore} the API answers
		 * with
		 */
		public Mono<ApiResponse<VectorStore>> retrieve(String vectorStoreId) {
			return VectorStoresService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/vector_stores/{vector_store_id}", vectorStoreId)
					.operation("getVectorStore")
					.header("OpenAI-Beta", "assistants=v2")
					.build(), VectorStore.class);
		}

		/**
		 * Modifies a vector store.
		 * @param vectorStoreId the ID of the vector store to modify
		 * @param request the {@link UpdateVectorStoreRequest} with the changes to make
		 * @return the status, the headers and the {@link VectorStore} the API answers
		 * with
		 */
		public Mono<ApiResponse<VectorStore>> update(String vectorStoreId, UpdateVectorStoreRequest request) {
			return VectorStoresService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/vector_stores/{vector_store_id}", vectorStoreId)
					.operation("modifyVectorStore")
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), VectorStore.class);
		}

		/**
		 * Delete a vector store.
		 * @param vectorStoreId the ID of the vector store to delete
		 * @return the status, the headers and the {@link DeleteVectorStoreResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<DeleteVectorStoreResponse>> delete(String vectorStoreId) {
			return VectorStoresService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/vector_stores/{vector_store_id}", vectorStoreId)
					.operation("deleteVectorStore")
					.header("OpenAI-Beta", "assistants=v2")
					.build(), DeleteVectorStoreResponse.class);
		}

		/**
		 * Search a vector store for relevant chunks based on a query and file attributes
		 * filter.
		 * @param vectorStoreId the ID of the vector store to search
		 * @param request the {@link VectorStoreSearchRequest} with the parameters of the
		 * call
		 * @return the status, the headers and the {@link VectorStoreSearchResultsPage}
		 * the API answers with
		 */
		public Mono<ApiResponse<VectorStoreSearchResultsPage>> search(String vectorStoreId,
				VectorStoreSearchRequest request) {
			return VectorStoresService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/vector_stores/{vector_store_id}/search", vectorStoreId)
					.operation("searchVectorStore")
					.header("OpenAI-Beta", "assistants=v2")
					.json(request)
					.build(), VectorStoreSearchResultsPage.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.batches;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.Batch;
import dev.reactiveai.openai.types.BatchesCreateRequest;
import dev.reactiveai.openai.types.BatchesListParams;
import dev.reactiveai.openai.types.ListBatchesResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /batches} operations of the OpenAI API.
 */
public final class BatchesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public BatchesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public BatchesService withOptions(RequestOptions options) {
		return new BatchesService(this.transport.withOptions(options));
	}

	/**
	 * List your organization's batches. One page.
	 * @param params the query parameters ({@code after}, {@code limit}), all optional
	 * @return one page of the list: the {@link ListBatchesResponse} the API answers with
	 */
	public Mono<ListBatchesResponse> listPage(BatchesListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List your organization's batches. Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code after}, {@code limit}), all optional
	 * @return every {@link Batch} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Batch> list(BatchesListParams params) {
		return Pagination.items("GET /batches", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List your organization's batches. With default query parameters.
	 * @return every {@link Batch} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Batch> list() {
		return list(BatchesListParams.builder().build());
	}

	/**
	 * Creates and executes a batch from an uploaded file of requests
	 * @param request the {@link BatchesCreateRequest} describing what to create
	 * @return the {@link Batch} the API answers with
	 */
	public Mono<Batch> create(BatchesCreateRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a batch.
	 * @param batchId the ID of the batch to retrieve
	 * @return the {@link Batch} the API answers with
	 */
	public Mono<Batch> retrieve(String batchId) {
		return this.withRawResponse.retrieve(batchId).map(ApiResponse::body);
	}

	/**
	 * Cancels an in-progress batch. The batch will be in status {@code cancelling} for up
	 * to 10 minutes, before changing to {@code cancelled}, where it will have partial
	 * results (if any) available in the output file.
	 * @param batchId the ID of the batch to cancel
	 * @return the {@link Batch} the API answers with
	 */
	public Mono<Batch> cancel(String batchId) {
		return this.withRawResponse.cancel(batchId).map(ApiResponse::body);
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
		 * List your organization's batches.
		 * @param params the query parameters ({@code after}, {@code limit}), all optional
		 * @return the status, the headers and the {@link ListBatchesResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ListBatchesResponse>> list(BatchesListParams params) {
			return BatchesService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/batches")
				.operation("listBatches")
				.query("after", params.after())
				.query("limit", params.limit())
				.build(), ListBatchesResponse.class);
		}

		/**
		 * Creates and executes a batch from an uploaded file of requests
		 * @param request the {@link BatchesCreateRequest} describing what to create
		 * @return the status, the headers and the {@link Batch} the API answers with
		 */
		public Mono<ApiResponse<Batch>> create(BatchesCreateRequest request) {
			return BatchesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/batches").operation("createBatch").json(request).build(),
					Batch.class);
		}

		/**
		 * Retrieves a batch.
		 * @param batchId the ID of the batch to retrieve
		 * @return the status, the headers and the {@link Batch} the API answers with
		 */
		public Mono<ApiResponse<Batch>> retrieve(String batchId) {
			return BatchesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/batches/{batch_id}", batchId).operation("retrieveBatch").build(),
					Batch.class);
		}

		/**
		 * Cancels an in-progress batch. The batch will be in status {@code cancelling}
		 * for up to 10 minutes, before changing to {@code cancelled}, where it will have
		 * partial results (if any) available in the output file.
		 * @param batchId the ID of the batch to cancel
		 * @return the status, the headers and the {@link Batch} the API answers with
		 */
		public Mono<ApiResponse<Batch>> cancel(String batchId) {
			return BatchesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/batches/{batch_id}/cancel", batchId)
					.operation("cancelBatch")
					.build(), Batch.class);
		}

	}

}

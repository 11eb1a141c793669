// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.Pagination;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.CreateFineTuningJobRequest;
import dev.reactiveai.openai.model.FineTuningJob;
import dev.reactiveai.openai.model.FineTuningJobCheckpoint;
import dev.reactiveai.openai.model.FineTuningJobEvent;
import dev.reactiveai.openai.model.FineTuningJobsCheckpointsParams;
import dev.reactiveai.openai.model.FineTuningJobsEventsParams;
import dev.reactiveai.openai.model.FineTuningJobsListParams;
import dev.reactiveai.openai.model.ListFineTuningJobCheckpointsResponse;
import dev.reactiveai.openai.model.ListFineTuningJobEventsResponse;
import dev.reactiveai.openai.model.ListPaginatedFineTuningJobsResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /fine_tuning/jobs} operations of the OpenAI API.
 */
public final class FineTuningJobsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningJobsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningJobsService withOptions(RequestOptions options) {
		return new FineTuningJobsService(this.transport.withOptions(options));
	}

	/**
	 * Creates a fine-tuning job which begins the process of creating a new model from a
	 * given dataset.
	 *
	 * Response includes details of the enqueued job including job status and the name of
	 * the fine-tuned models once complete.
	 *
	 * [Learn more about fine-tuning](/docs/guides/model-optimization)
	 * @param request the request body
	 */
	public Mono<FineTuningJob> create(CreateFineTuningJobRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * List your organization's fine-tuning jobs One page.
	 * @param params the query parameters
	 */
	public Mono<ListPaginatedFineTuningJobsResponse> listPage(FineTuningJobsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List your organization's fine-tuning jobs Pages are fetched as the items are
	 * consumed.
	 * @param params the query parameters
	 */
	public Flux<FineTuningJob> list(FineTuningJobsListParams params) {
		return Pagination.items("GET /fine_tuning/jobs", params.after(),
				(cursor) -> listPage(params.toBuilder().after(cursor).build()).map((page) -> new Page<>(page.data(),
						Boolean.TRUE.equals(page.hasMore()), null, (page.data() == null || page.data().isEmpty()) ? null
								: page.data().get(page.data().size() - 1).id())));
	}

	/**
	 * List your organization's fine-tuning jobs With default query parameters.
	 */
	public Flux<FineTuningJob> list() {
		return list(FineTuningJobsListParams.builder().build());
	}

	/**
	 * Get info about a fine-tuning job.
	 *
	 * [Learn more about fine-tuning](/docs/guides/model-optimization)
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 */
	public Mono<FineTuningJob> retrieve(String fineTuningJobId) {
		return this.withRawResponse.retrieve(fineTuningJobId).map(ApiResponse::body);
	}

	/**
	 * Immediately cancel a fine-tune job.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 */
	public Mono<FineTuningJob> cancel(String fineTuningJobId) {
		return this.withRawResponse.cancel(fineTuningJobId).map(ApiResponse::body);
	}

	/**
	 * List checkpoints for a fine-tuning job. One page.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 * @param params the query parameters
	 */
	public Mono<ListFineTuningJobCheckpointsResponse> checkpointsPage(String fineTuningJobId,
			FineTuningJobsCheckpointsParams params) {
		return this.withRawResponse.checkpoints(fineTuningJobId, params).map(ApiResponse::body);
	}

	/**
	 * List checkpoints for a fine-tuning job. Pages are fetched as the items are
	 * consumed.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 * @param params the query parameters
	 */
	public Flux<FineTuningJobCheckpoint> checkpoints(String fineTuningJobId, FineTuningJobsCheckpointsParams params) {
		return Pagination.items("GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints", params.after(),
				(cursor) -> checkpointsPage(fineTuningJobId, params.toBuilder().after(cursor).build())
					.map((page) -> new Page<>(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(),
							page.lastId())));
	}

	/**
	 * List checkpoints for a fine-tuning job. With default query parameters.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 */
	public Flux<FineTuningJobCheckpoint> checkpoints(String fineTuningJobId) {
		return checkpoints(fineTuningJobId, FineTuningJobsCheckpointsParams.builder().build());
	}

	/**
	 * Get status updates for a fine-tuning job. One page.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 * @param params the query parameters
	 */
	public Mono<ListFineTuningJobEventsResponse> eventsPage(String fineTuningJobId, FineTuningJobsEventsParams params) {
		return this.withRawResponse.events(fineTuningJobId, params).map(ApiResponse::body);
	}

	/**
	 * Get status updates for a fine-tuning job. Pages are fetched as the items are
	 * consumed.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 * @param params the query parameters
	 */
	public Flux<FineTuningJobEvent> events(String fineTuningJobId, FineTuningJobsEventsParams params) {
		return Pagination.items("GET /fine_tuning/jobs/{fine_tuning_job_id}/events", params.after(),
				(cursor) -> eventsPage(fineTuningJobId, params.toBuilder().after(cursor).build())
					.map((page) -> new Page<>(page.data(), Boolean.TRUE.equals(page.hasMore()), null,
							(page.data() == null || page.data().isEmpty()) ? null
									: page.data().get(page.data().size() - 1).id())));
	}

	/**
	 * Get status updates for a fine-tuning job. With default query parameters.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 */
	public Flux<FineTuningJobEvent> events(String fineTuningJobId) {
		return events(fineTuningJobId, FineTuningJobsEventsParams.builder().build());
	}

	/**
	 * Pause a fine-tune job.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 */
	public Mono<FineTuningJob> pause(String fineTuningJobId) {
		return this.withRawResponse.pause(fineTuningJobId).map(ApiResponse::body);
	}

	/**
	 * Resume a fine-tune job.
	 * @param fineTuningJobId the {@code fineTuningJobId}
	 */
	public Mono<FineTuningJob> resume(String fineTuningJobId) {
		return this.withRawResponse.resume(fineTuningJobId).map(ApiResponse::body);
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
		 * Creates a fine-tuning job which begins the process of creating a new model from
		 * a given dataset.
		 *
		 * Response includes details of the enqueued job including job status and the name
		 * of the fine-tuned models once complete.
		 *
		 * [Learn more about fine-tuning](/docs/guides/model-optimization)
		 * @param request the request body
		 */
		public Mono<ApiResponse<FineTuningJob>> create(CreateFineTuningJobRequest request) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/jobs").json(request).build(), FineTuningJob.class);
		}

		/**
		 * List your organization's fine-tuning jobs
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<ListPaginatedFineTuningJobsResponse>> list(FineTuningJobsListParams params) {
			return FineTuningJobsService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/fine_tuning/jobs")
				.query("after", params.after())
				.query("limit", params.limit())
				.query("metadata", params.metadata())
				.build(), ListPaginatedFineTuningJobsResponse.class);
		}

		/**
		 * Get info about a fine-tuning job.
		 *
		 * [Learn more about fine-tuning](/docs/guides/model-optimization)
		 * @param fineTuningJobId the {@code fineTuningJobId}
		 */
		public Mono<ApiResponse<FineTuningJob>> retrieve(String fineTuningJobId) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/fine_tuning/jobs/{fine_tuning_job_id}", fineTuningJobId).build(),
					FineTuningJob.class);
		}

		/**
		 * Immediately cancel a fine-tune job.
		 * @param fineTuningJobId the {@code fineTuningJobId}
		 */
		public Mono<ApiResponse<FineTuningJob>> cancel(String fineTuningJobId) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/jobs/{fine_tuning_job_id}/cancel", fineTuningJobId)
						.build(),
					FineTuningJob.class);
		}

		/**
		 * List checkpoints for a fine-tuning job.
		 * @param fineTuningJobId the {@code fineTuningJobId}
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<ListFineTuningJobCheckpointsResponse>> checkpoints(String fineTuningJobId,
				FineTuningJobsCheckpointsParams params) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints", fineTuningJobId)
						.query("after", params.after())
						.query("limit", params.limit())
						.build(),
					ListFineTuningJobCheckpointsResponse.class);
		}

		/**
		 * Get status updates for a fine-tuning job.
		 * @param fineTuningJobId the {@code fineTuningJobId}
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<ListFineTuningJobEventsResponse>> events(String fineTuningJobId,
				FineTuningJobsEventsParams params) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/fine_tuning/jobs/{fine_tuning_job_id}/events", fineTuningJobId)
						.query("after", params.after())
						.query("limit", params.limit())
						.build(),
					ListFineTuningJobEventsResponse.class);
		}

		/**
		 * Pause a fine-tune job.
		 * @param fineTuningJobId the {@code fineTuningJobId}
		 */
		public Mono<ApiResponse<FineTuningJob>> pause(String fineTuningJobId) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/jobs/{fine_tuning_job_id}/pause", fineTuningJobId)
						.build(),
					FineTuningJob.class);
		}

		/**
		 * Resume a fine-tune job.
		 * @param fineTuningJobId the {@code fineTuningJobId}
		 */
		public Mono<ApiResponse<FineTuningJob>> resume(String fineTuningJobId) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/jobs/{fine_tuning_job_id}/resume", fineTuningJobId)
						.build(),
					FineTuningJob.class);
		}

	}

}

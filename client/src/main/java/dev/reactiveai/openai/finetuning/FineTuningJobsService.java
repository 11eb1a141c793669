// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateFineTuningJobRequest;
import dev.reactiveai.openai.types.FineTuningJob;
import dev.reactiveai.openai.types.FineTuningJobsListParams;
import dev.reactiveai.openai.types.ListPaginatedFineTuningJobsResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /fine_tuning/jobs} operations of the OpenAI API.
 */
public final class FineTuningJobsService {

	private final OpenAiTransport transport;

	private final FineTuningJobsCheckpointsService checkpoints;

	private final FineTuningJobsEventsService events;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningJobsService(OpenAiTransport transport) {
		this.transport = transport;
		this.checkpoints = new FineTuningJobsCheckpointsService(transport);
		this.events = new FineTuningJobsEventsService(transport);
	}

	/**
	 * The {@code /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints} operations.
	 * @return their service
	 */
	public FineTuningJobsCheckpointsService checkpoints() {
		return this.checkpoints;
	}

	/**
	 * The {@code /fine_tuning/jobs/{fine_tuning_job_id}/events} operations.
	 * @return their service
	 */
	public FineTuningJobsEventsService events() {
		return this.events;
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
	 * List your organization's fine-tuning jobs One page.
	 * @param params the query parameters ({@code after}, {@code limit},
	 * {@code metadata}), all optional
	 * @return one page of the list: the {@link ListPaginatedFineTuningJobsResponse} the
	 * API answers with
	 */
	public Mono<ListPaginatedFineTuningJobsResponse> listPage(FineTuningJobsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List your organization's fine-tuning jobs Pages are fetched as the items are
	 * consumed.
	 * @param params the query parameters ({@code after}, {@code limit},
	 * {@code metadata}), all optional
	 * @return every {@link FineTuningJob} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<FineTuningJob> list(FineTuningJobsListParams params) {
		return Pagination.items("GET /fine_tuning/jobs", params.after(),
				(cursor) -> listPage(params.toBuilder().after(cursor).build()).map((page) -> Page.of(page.data(),
						Boolean.TRUE.equals(page.hasMore()), null, (page.data() == null || page.data().isEmpty()) ? null
								: page.data().get(page.data().size() - 1).id())));
	}

	/**
	 * List your organization's fine-tuning jobs With default query parameters.
	 * @return every {@link FineTuningJob} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<FineTuningJob> list() {
		return list(FineTuningJobsListParams.builder().build());
	}

	/**
	 * Creates a fine-tuning job which begins the process of creating a new model from a
	 * given dataset.
	 * <p>
	 * Response includes details of the enqueued job including job status and the name of
	 * the fine-tuned models once complete.
	 * <p>
	 * <a href="https://platform.openai.com/docs/guides/model-optimization">Learn more
	 * about fine-tuning</a>
	 * @param request the {@link CreateFineTuningJobRequest} describing what to create
	 * @return the {@link FineTuningJob} the API answers with
	 */
	public Mono<FineTuningJob> create(CreateFineTuningJobRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Get info about a fine-tuning job.
	 * <p>
	 * <a href="https://platform.openai.com/docs/guides/model-optimization">Learn more
	 * about fine-tuning</a>
	 * @param fineTuningJobId the ID of the fine-tuning job
	 * @return the {@link FineTuningJob} the API answers with
	 */
	public Mono<FineTuningJob> retrieve(String fineTuningJobId) {
		return this.withRawResponse.retrieve(fineTuningJobId).map(ApiResponse::body);
	}

	/**
	 * Immediately cancel a fine-tune job.
	 * @param fineTuningJobId the ID of the fine-tuning job to cancel
	 * @return the {@link FineTuningJob} the API answers with
	 */
	public Mono<FineTuningJob> cancel(String fineTuningJobId) {
		return this.withRawResponse.cancel(fineTuningJobId).map(ApiResponse::body);
	}

	/**
	 * Pause a fine-tune job.
	 * @param fineTuningJobId the ID of the fine-tuning job to pause
	 * @return the {@link FineTuningJob} the API answers with
	 */
	public Mono<FineTuningJob> pause(String fineTuningJobId) {
		return this.withRawResponse.pause(fineTuningJobId).map(ApiResponse::body);
	}

	/**
	 * Resume a fine-tune job.
	 * @param fineTuningJobId the ID of the fine-tuning job to resume
	 * @return the {@link FineTuningJob} the API answers with
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
		 * List your organization's fine-tuning jobs
		 * @param params the query parameters ({@code after}, {@code limit},
		 * {@code metadata}), all optional
		 * @return the status, the headers and the
		 * {@link ListPaginatedFineTuningJobsResponse} the API answers with
		 */
		public Mono<ApiResponse<ListPaginatedFineTuningJobsResponse>> list(FineTuningJobsListParams params) {
			return FineTuningJobsService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/fine_tuning/jobs")
				.operation("listPaginatedFineTuningJobs")
				.query("after", params.after())
				.query("limit", params.limit())
				.query("metadata", params.metadata())
				.build(), ListPaginatedFineTuningJobsResponse.class);
		}

		/**
		 * Creates a fine-tuning job which begins the process of creating a new model from
		 * a given dataset.
		 * <p>
		 * Response includes details of the enqueued job including job status and the name
		 * of the fine-tuned models once complete.
		 * <p>
		 * <a href="https://platform.openai.com/docs/guides/model-optimization">Learn more
		 * about fine-tuning</a>
		 * @param request the {@link CreateFineTuningJobRequest} describing what to create
		 * @return the status, the headers and the {@link FineTuningJob} the API answers
		 * with
		 */
		public Mono<ApiResponse<FineTuningJob>> create(CreateFineTuningJobRequest request) {
			return FineTuningJobsService.this.transport.exchange(ApiRequest.of(HttpMethod.POST, "/fine_tuning/jobs")
				.operation("createFineTuningJob")
				.json(request)
				.build(), FineTuningJob.class);
		}

		/**
		 * Get info about a fine-tuning job.
		 * <p>
		 * <a href="https://platform.openai.com/docs/guides/model-optimization">Learn more
		 * about fine-tuning</a>
		 * @param fineTuningJobId the ID of the fine-tuning job
		 * @return the status, the headers and the {@link FineTuningJob} the API answers
		 * with
		 */
		public Mono<ApiResponse<FineTuningJob>> retrieve(String fineTuningJobId) {
			return FineTuningJobsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/fine_tuning/jobs/{fine_tuning_job_id}", fineTuningJobId)
					.operation("retrieveFineTuningJob")
					.build(), FineTuningJob.class);
		}

		/**
		 * Immediately cancel a fine-tune job.
		 * @param fineTuningJobId the ID of the fine-tuning job to cancel
		 * @return the status, the headers and the {@link FineTuningJob} the API answers
		 * with
		 */
		public Mono<ApiResponse<FineTuningJob>> cancel(String fineTuningJobId) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/jobs/{fine_tuning_job_id}/cancel", fineTuningJobId)
						.operation("cancelFineTuningJob")
						.build(),
					FineTuningJob.class);
		}

		/**
		 * Pause a fine-tune job.
		 * @param fineTuningJobId the ID of the fine-tuning job to pause
		 * @return the status, the headers and the {@link FineTuningJob} the API answers
		 * with
		 */
		public Mono<ApiResponse<FineTuningJob>> pause(String fineTuningJobId) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/jobs/{fine_tuning_job_id}/pause", fineTuningJobId)
						.operation("pauseFineTuningJob")
						.build(),
					FineTuningJob.class);
		}

		/**
		 * Resume a fine-tune job.
		 * @param fineTuningJobId the ID of the fine-tuning job to resume
		 * @return the status, the headers and the {@link FineTuningJob} the API answers
		 * with
		 */
		public Mono<ApiResponse<FineTuningJob>> resume(String fineTuningJobId) {
			return FineTuningJobsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/jobs/{fine_tuning_job_id}/resume", fineTuningJobId)
						.operation("resumeFineTuningJob")
						.build(),
					FineTuningJob.class);
		}

	}

}

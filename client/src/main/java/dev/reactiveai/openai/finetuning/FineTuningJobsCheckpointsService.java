// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.FineTuningJobCheckpoint;
import dev.reactiveai.openai.types.FineTuningJobsCheckpointsListParams;
import dev.reactiveai.openai.types.ListFineTuningJobCheckpointsResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints} operations of the OpenAI
 * API.
 */
public final class FineTuningJobsCheckpointsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningJobsCheckpointsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningJobsCheckpointsService withOptions(RequestOptions options) {
		return new FineTuningJobsCheckpointsService(this.transport.withOptions(options));
	}

	/**
	 * List checkpoints for a fine-tuning job. One page.
	 * @param fineTuningJobId the ID of the fine-tuning job to get checkpoints for
	 * @param params the query parameters ({@code after}, {@code limit}), all optional
	 * @return one page of the list: the {@link ListFineTuningJobCheckpointsResponse} the
	 * API answers with
	 */
	public Mono<ListFineTuningJobCheckpointsResponse> listPage(String fineTuningJobId,
			FineTuningJobsCheckpointsListParams params) {
		return this.withRawResponse.list(fineTuningJobId, params).map(ApiResponse::body);
	}

	/**
	 * List checkpoints for a fine-tuning job. Pages are fetched as the items are
	 * consumed.
	 * @param fineTuningJobId the ID of the fine-tuning job to get checkpoints for
	 * @param params the query parameters ({@code after}, {@code limit}), all optional
	 * @return every {@link FineTuningJobCheckpoint} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<FineTuningJobCheckpoint> list(String fineTuningJobId, FineTuningJobsCheckpointsListParams params) {
		return Pagination.items("GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints", params.after(),
				(cursor) -> listPage(fineTuningJobId, params.toBuilder().after(cursor).build()).map((page) -> Page
					.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List checkpoints for a fine-tuning job. With default query parameters.
	 * @param fineTuningJobId the ID of the fine-tuning job to get checkpoints for
	 * @return every {@link FineTuningJobCheckpoint} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<FineTuningJobCheckpoint> list(String fineTuningJobId) {
		return list(fineTuningJobId, FineTuningJobsCheckpointsListParams.builder().build());
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
		 * List checkpoints for a fine-tuning job.
		 * @param fineTuningJobId the ID of the fine-tuning job to get checkpoints for
		 * @param params the query parameters ({@code after}, {@code limit}), all optional
		 * @return the status, the headers and the
		 * {@link ListFineTuningJobCheckpointsResponse} the API answers with
		 */
		public Mono<ApiResponse<ListFineTuningJobCheckpointsResponse>> list(String fineTuningJobId,
				FineTuningJobsCheckpointsListParams params) {
			return FineTuningJobsCheckpointsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints", fineTuningJobId)
						.operation("listFineTuningJobCheckpoints")
						.query("after", params.after())
						.query("limit", params.limit())
						.build(),
					ListFineTuningJobCheckpointsResponse.class);
		}

	}

}

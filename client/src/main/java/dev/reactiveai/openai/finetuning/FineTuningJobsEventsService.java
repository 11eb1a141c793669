// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.FineTuningJobEvent;
import dev.reactiveai.openai.types.FineTuningJobsEventsListParams;
import dev.reactiveai.openai.types.ListFineTuningJobEventsResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /fine_tuning/jobs/{fine_tuning_job_id}/events} operations of the OpenAI API.
 */
public final class FineTuningJobsEventsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningJobsEventsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningJobsEventsService withOptions(RequestOptions options) {
		return new FineTuningJobsEventsService(this.transport.withOptions(options));
	}

	/**
	 * Get status updates for a fine-tuning job. One page.
	 * @param fineTuningJobId the ID of the fine-tuning job to get events for
	 * @param params the query parameters ({@code after}, {@code limit}), all optional
	 * @return one page of the list: the {@link ListFineTuningJobEventsResponse} the API
	 * answers with
	 */
	public Mono<ListFineTuningJobEventsResponse> listPage(String fineTuningJobId,
			FineTuningJobsEventsListParams params) {
		return this.withRawResponse.list(fineTuningJobId, params).map(ApiResponse::body);
	}

	/**
	 * Get status updates for a fine-tuning job. Pages are fetched as the items are
	 * consumed.
	 * @param fineTuningJobId the ID of the fine-tuning job to get events for
	 * @param params the query parameters ({@code after}, {@code limit}), all optional
	 * @return every {@link FineTuningJobEvent} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<FineTuningJobEvent> list(String fineTuningJobId, FineTuningJobsEventsListParams params) {
		return Pagination.items("GET /fine_tuning/jobs/{fine_tuning_job_id}/events", params.after(),
				(cursor) -> listPage(fineTuningJobId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null,
							(page.data() == null || page.data().isEmpty()) ? null
									: page.data().get(page.data().size() - 1).id())));
	}

	/**
	 * Get status updates for a fine-tuning job. With default query parameters.
	 * @param fineTuningJobId the ID of the fine-tuning job to get events for
	 * @return every {@link FineTuningJobEvent} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<FineTuningJobEvent> list(String fineTuningJobId) {
		return list(fineTuningJobId, FineTuningJobsEventsListParams.builder().build());
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
		 * Get status updates for a fine-tuning job.
		 * @param fineTuningJobId the ID of the fine-tuning job to get events for
		 * @param params the query parameters ({@code after}, {@code limit}), all optional
		 * @return the status, the headers and the {@link ListFineTuningJobEventsResponse}
		 * the API answers with
		 */
		public Mono<ApiResponse<ListFineTuningJobEventsResponse>> list(String fineTuningJobId,
				FineTuningJobsEventsListParams params) {
			return FineTuningJobsEventsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/fine_tuning/jobs/{fine_tuning_job_id}/events", fineTuningJobId)
						.operation("listFineTuningEvents")
						.query("after", params.after())
						.query("limit", params.limit())
						.build(),
					ListFineTuningJobEventsResponse.class);
		}

	}

}

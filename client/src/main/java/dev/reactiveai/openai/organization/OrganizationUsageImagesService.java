// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.OrganizationUsageImagesListParams;
import dev.reactiveai.openai.types.UsageResponse;
import dev.reactiveai.openai.types.UsageTimeBucket;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/usage/images} operations of the OpenAI API.
 */
public final class OrganizationUsageImagesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationUsageImagesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationUsageImagesService withOptions(RequestOptions options) {
		return new OrganizationUsageImagesService(this.transport.withOptions(options));
	}

	/**
	 * Get images usage details for the organization. One page.
	 * @param params the query parameters ({@code start_time}, {@code end_time},
	 * {@code bucket_width}, {@code sources}, {@code sizes}, {@code project_ids},
	 * {@code user_ids}, {@code api_key_ids}, {@code models}, {@code group_by},
	 * {@code limit}, {@code page}), of which {@code start_time} is required
	 * @return one page of the list: the {@link UsageResponse} the API answers with
	 */
	public Mono<UsageResponse> listPage(OrganizationUsageImagesListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Get images usage details for the organization. Pages are fetched as the items are
	 * consumed.
	 * @param params the query parameters ({@code start_time}, {@code end_time},
	 * {@code bucket_width}, {@code sources}, {@code sizes}, {@code project_ids},
	 * {@code user_ids}, {@code api_key_ids}, {@code models}, {@code group_by},
	 * {@code limit}, {@code page}), of which {@code start_time} is required
	 * @return every {@link UsageTimeBucket} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<UsageTimeBucket> list(OrganizationUsageImagesListParams params) {
		return Pagination.items("GET /organization/usage/images", params.page(),
				(cursor) -> listPage(params.toBuilder().page(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.nextPage())));
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
		 * Get images usage details for the organization.
		 * @param params the query parameters ({@code start_time}, {@code end_time},
		 * {@code bucket_width}, {@code sources}, {@code sizes}, {@code project_ids},
		 * {@code user_ids}, {@code api_key_ids}, {@code models}, {@code group_by},
		 * {@code limit}, {@code page}), of which {@code start_time} is required
		 * @return the status, the headers and the {@link UsageResponse} the API answers
		 * with
		 */
		public Mono<ApiResponse<UsageResponse>> list(OrganizationUsageImagesListParams params) {
			return OrganizationUsageImagesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/usage/images")
					.operation("usage-images")
					.adminKey()
					.query("start_time", params.startTime())
					.query("end_time", params.endTime())
					.query("bucket_width", params.bucketWidth())
					.query("sources", params.sources())
					.query("sizes", params.sizes())
					.query("project_ids", params.projectIds())
					.query("user_ids", params.userIds())
					.query("api_key_ids", params.apiKeyIds())
					.query("models", params.models())
					.query("group_by", params.groupBy())
					.query("limit", params.limit())
					.query("page", params.page())
					.build(), UsageResponse.class);
		}

	}

}

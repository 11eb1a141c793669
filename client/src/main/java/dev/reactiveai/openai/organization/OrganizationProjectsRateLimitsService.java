// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.OrganizationProjectsRateLimitsListParams;
import dev.reactiveai.openai.types.ProjectRateLimit;
import dev.reactiveai.openai.types.ProjectRateLimitListResponse;
import dev.reactiveai.openai.types.ProjectRateLimitUpdateRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/projects/{project_id}/rate_limits} operations of the OpenAI
 * API.
 */
public final class OrganizationProjectsRateLimitsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsRateLimitsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsRateLimitsService withOptions(RequestOptions options) {
		return new OrganizationProjectsRateLimitsService(this.transport.withOptions(options));
	}

	/**
	 * Returns the rate limits per model for a project. One page.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}, {@code before}),
	 * all optional
	 * @return one page of the list: the {@link ProjectRateLimitListResponse} the API
	 * answers with
	 */
	public Mono<ProjectRateLimitListResponse> listPage(String projectId,
			OrganizationProjectsRateLimitsListParams params) {
		return this.withRawResponse.list(projectId, params).map(ApiResponse::body);
	}

	/**
	 * Returns the rate limits per model for a project. Pages are fetched as the items are
	 * consumed.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}, {@code before}),
	 * all optional
	 * @return every {@link ProjectRateLimit} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<ProjectRateLimit> list(String projectId, OrganizationProjectsRateLimitsListParams params) {
		return Pagination.items("GET /organization/projects/{project_id}/rate_limits", params.after(),
				(cursor) -> listPage(projectId, params.toBuilder().after(cursor).build()).map((page) -> Page
					.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns the rate limits per model for a project. With default query parameters.
	 * @param projectId the ID of the project
	 * @return every {@link ProjectRateLimit} of the list, its pages fetched as the items
	 * are consumed
	 */
	public Flux<ProjectRateLimit> list(String projectId) {
		return list(projectId, OrganizationProjectsRateLimitsListParams.builder().build());
	}

	/**
	 * Updates a project rate limit.
	 * @param projectId the ID of the project
	 * @param rateLimitId the ID of the rate limit
	 * @param request the project rate limit update request payload
	 * @return the {@link ProjectRateLimit} the API answers with
	 */
	public Mono<ProjectRateLimit> update(String projectId, String rateLimitId, ProjectRateLimitUpdateRequest request) {
		return this.withRawResponse.update(projectId, rateLimitId, request).map(ApiResponse::body);
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
		 * Returns the rate limits per model for a project.
		 * @param projectId the ID of the project
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code before}), all optional
		 * @return the status, the headers and the {@link ProjectRateLimitListResponse}
		 * the API answers with
		 */
		public Mono<ApiResponse<ProjectRateLimitListResponse>> list(String projectId,
				OrganizationProjectsRateLimitsListParams params) {
			return OrganizationProjectsRateLimitsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/projects/{project_id}/rate_limits", projectId)
					.operation("list-project-rate-limits")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("before", params.before())
					.build(), ProjectRateLimitListResponse.class);
		}

		/**
		 * Updates a project rate limit.
		 * @param projectId the ID of the project
		 * @param rateLimitId the ID of the rate limit
		 * @param request the project rate limit update request payload
		 * @return the status, the headers and the {@link ProjectRateLimit} the API
		 * answers with
		 */
		public Mono<ApiResponse<ProjectRateLimit>> update(String projectId, String rateLimitId,
				ProjectRateLimitUpdateRequest request) {
			return OrganizationProjectsRateLimitsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/organization/projects/{project_id}/rate_limits/{rate_limit_id}", projectId,
						rateLimitId)
				.operation("update-project-rate-limits")
				.adminKey()
				.json(request)
				.build(), ProjectRateLimit.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.OrganizationProjectsListParams;
import dev.reactiveai.openai.types.Project;
import dev.reactiveai.openai.types.ProjectCreateRequest;
import dev.reactiveai.openai.types.ProjectListResponse;
import dev.reactiveai.openai.types.ProjectUpdateRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/projects} operations of the OpenAI API.
 */
public final class OrganizationProjectsService {

	private final OpenAiTransport transport;

	private final OrganizationProjectsApiKeysService apiKeys;

	private final OrganizationProjectsCertificatesService certificates;

	private final OrganizationProjectsGroupsService groups;

	private final OrganizationProjectsRateLimitsService rateLimits;

	private final OrganizationProjectsServiceAccountsService serviceAccounts;

	private final OrganizationProjectsUsersService users;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsService(OpenAiTransport transport) {
		this.transport = transport;
		this.apiKeys = new OrganizationProjectsApiKeysService(transport);
		this.certificates = new OrganizationProjectsCertificatesService(transport);
		this.groups = new OrganizationProjectsGroupsService(transport);
		this.rateLimits = new OrganizationProjectsRateLimitsService(transport);
		this.serviceAccounts = new OrganizationProjectsServiceAccountsService(transport);
		this.users = new OrganizationProjectsUsersService(transport);
	}

	/**
	 * The {@code /organization/projects/{project_id}/api_keys} operations.
	 * @return their service
	 */
	public OrganizationProjectsApiKeysService apiKeys() {
		return this.apiKeys;
	}

	/**
	 * The {@code /organization/projects/{project_id}/certificates} operations.
	 * @return their service
	 */
	public OrganizationProjectsCertificatesService certificates() {
		return this.certificates;
	}

	/**
	 * The {@code /organization/projects/{project_id}/groups} operations.
	 * @return their service
	 */
	public OrganizationProjectsGroupsService groups() {
		return this.groups;
	}

	/**
	 * The {@code /organization/projects/{project_id}/rate_limits} operations.
	 * @return their service
	 */
	public OrganizationProjectsRateLimitsService rateLimits() {
		return this.rateLimits;
	}

	/**
	 * The {@code /organization/projects/{project_id}/service_accounts} operations.
	 * @return their service
	 */
	public OrganizationProjectsServiceAccountsService serviceAccounts() {
		return this.serviceAccounts;
	}

	/**
	 * The {@code /organization/projects/{project_id}/users} operations.
	 * @return their service
	 */
	public OrganizationProjectsUsersService users() {
		return this.users;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsService withOptions(RequestOptions options) {
		return new OrganizationProjectsService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of projects. One page.
	 * @param params the query parameters ({@code limit}, {@code after},
	 * {@code include_archived}), all optional
	 * @return one page of the list: the {@link ProjectListResponse} the API answers with
	 */
	public Mono<ProjectListResponse> listPage(OrganizationProjectsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of projects. Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code limit}, {@code after},
	 * {@code include_archived}), all optional
	 * @return every {@link Project} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Project> list(OrganizationProjectsListParams params) {
		return Pagination.items("GET /organization/projects", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of projects. With default query parameters.
	 * @return every {@link Project} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Project> list() {
		return list(OrganizationProjectsListParams.builder().build());
	}

	/**
	 * Create a new project in the organization. Projects can be created and archived, but
	 * cannot be deleted.
	 * @param request the project create request payload
	 * @return the {@link Project} the API answers with
	 */
	public Mono<Project> create(ProjectCreateRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a project.
	 * @param projectId the ID of the project
	 * @return the {@link Project} the API answers with
	 */
	public Mono<Project> retrieve(String projectId) {
		return this.withRawResponse.retrieve(projectId).map(ApiResponse::body);
	}

	/**
	 * Modifies a project in the organization.
	 * @param projectId the ID of the project
	 * @param request the project update request payload
	 * @return the {@link Project} the API answers with
	 */
	public Mono<Project> update(String projectId, ProjectUpdateRequest request) {
		return this.withRawResponse.update(projectId, request).map(ApiResponse::body);
	}

	/**
	 * Archives a project in the organization. Archived projects cannot be used or
	 * updated.
	 * @param projectId the ID of the project
	 * @return the {@link Project} the API answers with
	 */
	public Mono<Project> archive(String projectId) {
		return this.withRawResponse.archive(projectId).map(ApiResponse::body);
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
		 * Returns a list of projects.
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code include_archived}), all optional
		 * @return the status, the headers and the {@link ProjectListResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ProjectListResponse>> list(OrganizationProjectsListParams params) {
			return OrganizationProjectsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/projects")
					.operation("list-projects")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("include_archived", params.includeArchived())
					.build(), ProjectListResponse.class);
		}

		/**
		 * Create a new project in the organization. Projects can be created and archived,
		 * but cannot be deleted.
		 * @param request the project create request payload
		 * @return the status, the headers and the {@link Project} the API answers with
		 */
		public Mono<ApiResponse<Project>> create(ProjectCreateRequest request) {
			return OrganizationProjectsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/projects")
					.operation("create-project")
					.adminKey()
					.json(request)
					.build(), Project.class);
		}

		/**
		 * Retrieves a project.
		 * @param projectId the ID of the project
		 * @return the status, the headers and the {@link Project} the API answers with
		 */
		public Mono<ApiResponse<Project>> retrieve(String projectId) {
			return OrganizationProjectsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/projects/{project_id}", projectId)
					.operation("retrieve-project")
					.adminKey()
					.build(), Project.class);
		}

		/**
		 * Modifies a project in the organization.
		 * @param projectId the ID of the project
		 * @param request the project update request payload
		 * @return the status, the headers and the {@link Project} the API answers with
		 */
		public Mono<ApiResponse<Project>> update(String projectId, ProjectUpdateRequest request) {
			return OrganizationProjectsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/projects/{project_id}", projectId)
					.operation("modify-project")
					.adminKey()
					.json(request)
					.build(), Project.class);
		}

		/**
		 * Archives a project in the organization. Archived projects cannot be used or
		 * updated.
		 * @param projectId the ID of the project
		 * @return the status, the headers and the {@link Project} the API answers with
		 */
		public Mono<ApiResponse<Project>> archive(String projectId) {
			return OrganizationProjectsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/projects/{project_id}/archive", projectId)
					.operation("archive-project")
					.adminKey()
					.build(), Project.class);
		}

	}

}

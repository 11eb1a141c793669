// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.OrganizationProjectsServiceAccountsListParams;
import dev.reactiveai.openai.types.ProjectServiceAccount;
import dev.reactiveai.openai.types.ProjectServiceAccountCreateRequest;
import dev.reactiveai.openai.types.ProjectServiceAccountCreateResponse;
import dev.reactiveai.openai.types.ProjectServiceAccountDeleteResponse;
import dev.reactiveai.openai.types.ProjectServiceAccountListResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/projects/{project_id}/service_accounts} operations of the
 * OpenAI API.
 */
public final class OrganizationProjectsServiceAccountsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsServiceAccountsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsServiceAccountsService withOptions(RequestOptions options) {
		return new OrganizationProjectsServiceAccountsService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of service accounts in the project. One page.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}), all optional
	 * @return one page of the list: the {@link ProjectServiceAccountListResponse} the API
	 * answers with
	 */
	public Mono<ProjectServiceAccountListResponse> listPage(String projectId,
			OrganizationProjectsServiceAccountsListParams params) {
		return this.withRawResponse.list(projectId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of service accounts in the project. Pages are fetched as the items
	 * are consumed.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}), all optional
	 * @return every {@link ProjectServiceAccount} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<ProjectServiceAccount> list(String projectId, OrganizationProjectsServiceAccountsListParams params) {
		return Pagination.items("GET /organization/projects/{project_id}/service_accounts", params.after(),
				(cursor) -> listPage(projectId, params.toBuilder().after(cursor).build()).map((page) -> Page
					.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of service accounts in the project. With default query parameters.
	 * @param projectId the ID of the project
	 * @return every {@link ProjectServiceAccount} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<ProjectServiceAccount> list(String projectId) {
		return list(projectId, OrganizationProjectsServiceAccountsListParams.builder().build());
	}

	/**
	 * Creates a new service account in the project. This also returns an unredacted API
	 * key for the service account.
	 * @param projectId the ID of the project
	 * @param request the project service account create request payload
	 * @return the {@link ProjectServiceAccountCreateResponse} the API answers with
	 */
	public Mono<ProjectServiceAccountCreateResponse> create(String projectId,
			ProjectServiceAccountCreateRequest request) {
		return this.withRawResponse.create(projectId, request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a service account in the project.
	 * @param projectId the ID of the project
	 * @param serviceAccountId the ID of the service account
	 * @return the {@link ProjectServiceAccount} the API answers with
	 */
	public Mono<ProjectServiceAccount> retrieve(String projectId, String serviceAccountId) {
		return this.withRawResponse.retrieve(projectId, serviceAccountId).map(ApiResponse::body);
	}

	/**
	 * Deletes a service account from the project.
	 * <p>
	 * Returns confirmation of service account deletion, or an error if the project is
	 * archived (archived projects have no service accounts).
	 * @param projectId the ID of the project
	 * @param serviceAccountId the ID of the service account
	 * @return the {@link ProjectServiceAccountDeleteResponse} the API answers with
	 */
	public Mono<ProjectServiceAccountDeleteResponse> delete(String projectId, String serviceAccountId) {
		return this.withRawResponse.delete(projectId, serviceAccountId).map(ApiResponse::body);
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
		 * Returns a list of service accounts in the project.
		 * @param projectId the ID of the project
		 * @param params the query parameters ({@code limit}, {@code after}), all optional
		 * @return the status, the headers and the
		 * {@link ProjectServiceAccountListResponse} the API answers with
		 */
		public Mono<ApiResponse<ProjectServiceAccountListResponse>> list(String projectId,
				OrganizationProjectsServiceAccountsListParams params) {
			return OrganizationProjectsServiceAccountsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/organization/projects/{project_id}/service_accounts", projectId)
						.operation("list-project-service-accounts")
						.adminKey()
						.query("limit", params.limit())
						.query("after", params.after())
						.build(),
					ProjectServiceAccountListResponse.class);
		}

		/**
		 * Creates a new service account in the project. This also returns an unredacted
		 * API key for the service account.
		 * @param projectId the ID of the project
		 * @param request the project service account create request payload
		 * @return the status, the headers and the
		 * {@link ProjectServiceAccountCreateResponse} the API answers with
		 */
		public Mono<ApiResponse<ProjectServiceAccountCreateResponse>> create(String projectId,
				ProjectServiceAccountCreateRequest request) {
			return OrganizationProjectsServiceAccountsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/organization/projects/{project_id}/service_accounts", projectId)
						.operation("create-project-service-account")
						.adminKey()
						.json(request)
						.build(),
					ProjectServiceAccountCreateResponse.class);
		}

		/**
		 * Retrieves a service account in the project.
		 * @param projectId the ID of the project
		 * @param serviceAccountId the ID of the service account
		 * @return the status, the headers and the {@link ProjectServiceAccount} the API
		 * answers with
		 */
		public Mono<ApiResponse<ProjectServiceAccount>> retrieve(String projectId, String serviceAccountId) {
			return OrganizationProjectsServiceAccountsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/organization/projects/{project_id}/service_accounts/{service_account_id}",
						projectId, serviceAccountId)
				.operation("retrieve-project-service-account")
				.adminKey()
				.build(), ProjectServiceAccount.class);
		}

		/**
		 * Deletes a service account from the project.
		 * <p>
		 * Returns confirmation of service account deletion, or an error if the project is
		 * archived (archived projects have no service accounts).
		 * @param projectId the ID of the project
		 * @param serviceAccountId the ID of the service account
		 * @return the status, the headers and the
		 * {@link ProjectServiceAccountDeleteResponse} the API answers with
		 */
		public Mono<ApiResponse<ProjectServiceAccountDeleteResponse>> delete(String projectId,
				String serviceAccountId) {
			return OrganizationProjectsServiceAccountsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE, "/organization/projects/{project_id}/service_accounts/{service_account_id}",
						projectId, serviceAccountId)
				.operation("delete-project-service-account")
				.adminKey()
				.build(), ProjectServiceAccountDeleteResponse.class);
		}

	}

}

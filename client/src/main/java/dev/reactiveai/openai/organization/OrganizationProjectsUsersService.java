// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.OrganizationProjectsUsersListParams;
import dev.reactiveai.openai.types.ProjectUser;
import dev.reactiveai.openai.types.ProjectUserCreateRequest;
import dev.reactiveai.openai.types.ProjectUserDeleteResponse;
import dev.reactiveai.openai.types.ProjectUserListResponse;
import dev.reactiveai.openai.types.ProjectUserUpdateRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/projects/{project_id}/users} operations of the OpenAI API.
 */
public final class OrganizationProjectsUsersService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsUsersService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsUsersService withOptions(RequestOptions options) {
		return new OrganizationProjectsUsersService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of users in the project. One page.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}), all optional
	 * @return one page of the list: the {@link ProjectUserListResponse} the API answers
	 * with
	 */
	public Mono<ProjectUserListResponse> listPage(String projectId, OrganizationProjectsUsersListParams params) {
		return this.withRawResponse.list(projectId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of users in the project. Pages are fetched as the items are
	 * consumed.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}), all optional
	 * @return every {@link ProjectUser} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ProjectUser> list(String projectId, OrganizationProjectsUsersListParams params) {
		return Pagination.items("GET /organization/projects/{project_id}/users", params.after(), (cursor) -> listPage(
				projectId, params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of users in the project. With default query parameters.
	 * @param projectId the ID of the project
	 * @return every {@link ProjectUser} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ProjectUser> list(String projectId) {
		return list(projectId, OrganizationProjectsUsersListParams.builder().build());
	}

	/**
	 * Adds a user to the project. Users must already be members of the organization to be
	 * added to a project.
	 * @param projectId the ID of the project
	 * @param request the project user create request payload
	 * @return the {@link ProjectUser} the API answers with
	 */
	public Mono<ProjectUser> create(String projectId, ProjectUserCreateRequest request) {
		return this.withRawResponse.create(projectId, request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a user in the project.
	 * @param projectId the ID of the project
	 * @param userId the ID of the user
	 * @return the {@link ProjectUser} the API answers with
	 */
	public Mono<ProjectUser> retrieve(String projectId, String userId) {
		return this.withRawResponse.retrieve(projectId, userId).map(ApiResponse::body);
	}

	/**
	 * Modifies a user's role in the project.
	 * @param projectId the ID of the project
	 * @param userId the ID of the user
	 * @param request the project user update request payload
	 * @return the {@link ProjectUser} the API answers with
	 */
	public Mono<ProjectUser> update(String projectId, String userId, ProjectUserUpdateRequest request) {
		return this.withRawResponse.update(projectId, userId, request).map(ApiResponse::body);
	}

	/**
	 * Deletes a user from the project.
	 * <p>
	 * Returns confirmation of project user deletion, or an error if the project is
	 * archived (archived projects have no users).
	 * @param projectId the ID of the project
	 * @param userId the ID of the user
	 * @return the {@link ProjectUserDeleteResponse} the API answers with
	 */
	public Mono<ProjectUserDeleteResponse> delete(String projectId, String userId) {
		return this.withRawResponse.delete(projectId, userId).map(ApiResponse::body);
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
		 * Returns a list of users in the project.
		 * @param projectId the ID of the project
		 * @param params the query parameters ({@code limit}, {@code after}), all optional
		 * @return the status, the headers and the {@link ProjectUserListResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ProjectUserListResponse>> list(String projectId,
				OrganizationProjectsUsersListParams params) {
			return OrganizationProjectsUsersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/projects/{project_id}/users", projectId)
					.operation("list-project-users")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.build(), ProjectUserListResponse.class);
		}

		/**
		 * Adds a user to the project. Users must already be members of the organization
		 * to be added to a project.
		 * @param projectId the ID of the project
		 * @param request the project user create request payload
		 * @return the status, the headers and the {@link ProjectUser} the API answers
		 * with
		 */
		public Mono<ApiResponse<ProjectUser>> create(String projectId, ProjectUserCreateRequest request) {
			return OrganizationProjectsUsersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/projects/{project_id}/users", projectId)
					.operation("create-project-user")
					.adminKey()
					.json(request)
					.build(), ProjectUser.class);
		}

		/**
		 * Retrieves a user in the project.
		 * @param projectId the ID of the project
		 * @param userId the ID of the user
		 * @return the status, the headers and the {@link ProjectUser} the API answers
		 * with
		 */
		public Mono<ApiResponse<ProjectUser>> retrieve(String projectId, String userId) {
			return OrganizationProjectsUsersService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/organization/projects/{project_id}/users/{user_id}", projectId, userId)
				.operation("retrieve-project-user")
				.adminKey()
				.build(), ProjectUser.class);
		}

		/**
		 * Modifies a user's role in the project.
		 * @param projectId the ID of the project
		 * @param userId the ID of the user
		 * @param request the project user update request payload
		 * @return the status, the headers and the {@link ProjectUser} the API answers
		 * with
		 */
		public Mono<ApiResponse<ProjectUser>> update(String projectId, String userId,
				ProjectUserUpdateRequest request) {
			return OrganizationProjectsUsersService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/organization/projects/{project_id}/users/{user_id}", projectId, userId)
				.operation("modify-project-user")
				.adminKey()
				.json(request)
				.build(), ProjectUser.class);
		}

		/**
		 * Deletes a user from the project.
		 * <p>
		 * Returns confirmation of project user deletion, or an error if the project is
		 * archived (archived projects have no users).
		 * @param projectId the ID of the project
		 * @param userId the ID of the user
		 * @return the status, the headers and the {@link ProjectUserDeleteResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ProjectUserDeleteResponse>> delete(String projectId, String userId) {
			return OrganizationProjectsUsersService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE, "/organization/projects/{project_id}/users/{user_id}", projectId, userId)
				.operation("delete-project-user")
				.adminKey()
				.build(), ProjectUserDeleteResponse.class);
		}

	}

}

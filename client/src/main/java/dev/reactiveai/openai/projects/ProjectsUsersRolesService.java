// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.projects;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.Pagination;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.AssignedRoleDetails;
import dev.reactiveai.openai.model.DeletedRoleAssignmentResource;
import dev.reactiveai.openai.model.ProjectsUsersRolesListParams;
import dev.reactiveai.openai.model.PublicAssignOrganizationGroupRoleBody;
import dev.reactiveai.openai.model.RoleListResource;
import dev.reactiveai.openai.model.UserRoleAssignment;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /projects/users/roles} operations of the OpenAI API.
 */
public final class ProjectsUsersRolesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ProjectsUsersRolesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ProjectsUsersRolesService withOptions(RequestOptions options) {
		return new ProjectsUsersRolesService(this.transport.withOptions(options));
	}

	/**
	 * Lists the project roles assigned to a user within a project. One page.
	 * @param projectId the {@code projectId}
	 * @param userId the {@code userId}
	 * @param params the query parameters
	 */
	public Mono<RoleListResource> listPage(String projectId, String userId, ProjectsUsersRolesListParams params) {
		return this.withRawResponse.list(projectId, userId, params).map(ApiResponse::body);
	}

	/**
	 * Lists the project roles assigned to a user within a project. Pages are fetched as
	 * the items are consumed.
	 * @param projectId the {@code projectId}
	 * @param userId the {@code userId}
	 * @param params the query parameters
	 */
	public Flux<AssignedRoleDetails> list(String projectId, String userId, ProjectsUsersRolesListParams params) {
		return Pagination.items("GET /projects/{project_id}/users/{user_id}/roles", params.after(),
				(cursor) -> listPage(projectId, userId, params.toBuilder().after(cursor).build())
					.map((page) -> new Page<>(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the project roles assigned to a user within a project. With default query
	 * parameters.
	 * @param projectId the {@code projectId}
	 * @param userId the {@code userId}
	 */
	public Flux<AssignedRoleDetails> list(String projectId, String userId) {
		return list(projectId, userId, ProjectsUsersRolesListParams.builder().build());
	}

	/**
	 * Assigns a project role to a user within a project.
	 * @param projectId the {@code projectId}
	 * @param userId the {@code userId}
	 * @param request the request body
	 */
	public Mono<UserRoleAssignment> create(String projectId, String userId,
			PublicAssignOrganizationGroupRoleBody request) {
		return this.withRawResponse.create(projectId, userId, request).map(ApiResponse::body);
	}

	/**
	 * Unassigns a project role from a user within a project.
	 * @param projectId the {@code projectId}
	 * @param userId the {@code userId}
	 * @param roleId the {@code roleId}
	 */
	public Mono<DeletedRoleAssignmentResource> delete(String projectId, String userId, String roleId) {
		return this.withRawResponse.delete(projectId, userId, roleId).map(ApiResponse::body);
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
		 * Lists the project roles assigned to a user within a project.
		 * @param projectId the {@code projectId}
		 * @param userId the {@code userId}
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<RoleListResource>> list(String projectId, String userId,
				ProjectsUsersRolesListParams params) {
			return ProjectsUsersRolesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/projects/{project_id}/users/{user_id}/roles", projectId, userId)
						.query("limit", params.limit())
						.query("after", params.after())
						.query("order", params.order())
						.build(),
					RoleListResource.class);
		}

		/**
		 * Assigns a project role to a user within a project.
		 * @param projectId the {@code projectId}
		 * @param userId the {@code userId}
		 * @param request the request body
		 */
		public Mono<ApiResponse<UserRoleAssignment>> create(String projectId, String userId,
				PublicAssignOrganizationGroupRoleBody request) {
			return ProjectsUsersRolesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/projects/{project_id}/users/{user_id}/roles", projectId, userId)
						.json(request)
						.build(),
					UserRoleAssignment.class);
		}

		/**
		 * Unassigns a project role from a user within a project.
		 * @param projectId the {@code projectId}
		 * @param userId the {@code userId}
		 * @param roleId the {@code roleId}
		 */
		public Mono<ApiResponse<DeletedRoleAssignmentResource>> delete(String projectId, String userId, String roleId) {
			return ProjectsUsersRolesService.this.transport
				.exchange(ApiRequest
					.of(HttpMethod.DELETE, "/projects/{project_id}/users/{user_id}/roles/{role_id}", projectId, userId,
							roleId)
					.build(), DeletedRoleAssignmentResource.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.projects;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.AssignedRoleDetails;
import dev.reactiveai.openai.types.DeletedRoleAssignmentResource;
import dev.reactiveai.openai.types.ProjectsUsersRolesListParams;
import dev.reactiveai.openai.types.PublicAssignOrganizationGroupRoleBody;
import dev.reactiveai.openai.types.RoleListResource;
import dev.reactiveai.openai.types.UserRoleAssignment;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /projects/{project_id}/users/{user_id}/roles} operations of the OpenAI API.
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
	 * @param projectId the ID of the project to inspect
	 * @param userId the ID of the user to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link RoleListResource} the API answers with
	 */
	public Mono<RoleListResource> listPage(String projectId, String userId, ProjectsUsersRolesListParams params) {
		return this.withRawResponse.list(projectId, userId, params).map(ApiResponse::body);
	}

	/**
	 * Lists the project roles assigned to a user within a project. Pages are fetched as
	 * the items are consumed.
	 * @param projectId the ID of the project to inspect
	 * @param userId the ID of the user to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link AssignedRoleDetails} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<AssignedRoleDetails> list(String projectId, String userId, ProjectsUsersRolesListParams params) {
		return Pagination.items("GET /projects/{project_id}/users/{user_id}/roles", params.after(),
				(cursor) -> listPage(projectId, userId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the project roles assigned to a user within a project. With default query
	 * parameters.
	 * @param projectId the ID of the project to inspect
	 * @param userId the ID of the user to inspect
	 * @return every {@link AssignedRoleDetails} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<AssignedRoleDetails> list(String projectId, String userId) {
		return list(projectId, userId, ProjectsUsersRolesListParams.builder().build());
	}

	/**
	 * Assigns a project role to a user within a project.
	 * @param projectId the ID of the project to update
	 * @param userId the ID of the user that should receive the project role
	 * @param request identifies the project role to assign to the user
	 * @return the {@link UserRoleAssignment} the API answers with
	 */
	public Mono<UserRoleAssignment> assign(String projectId, String userId,
			PublicAssignOrganizationGroupRoleBody request) {
		return this.withRawResponse.assign(projectId, userId, request).map(ApiResponse::body);
	}

	/**
	 * Unassigns a project role from a user within a project.
	 * @param projectId the ID of the project to modify
	 * @param userId the ID of the user whose project role assignment should be removed
	 * @param roleId the ID of the project role to remove from the user
	 * @return the {@link DeletedRoleAssignmentResource} the API answers with
	 */
	public Mono<DeletedRoleAssignmentResource> unassign(String projectId, String userId, String roleId) {
		return this.withRawResponse.unassign(projectId, userId, roleId).map(ApiResponse::body);
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
		 * @param projectId the ID of the project to inspect
		 * @param userId the ID of the user to inspect
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link RoleListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<RoleListResource>> list(String projectId, String userId,
				ProjectsUsersRolesListParams params) {
			return ProjectsUsersRolesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/projects/{project_id}/users/{user_id}/roles", projectId, userId)
						.operation("list-project-user-role-assignments")
						.adminKey()
						.query("limit", params.limit())
						.query("after", params.after())
						.query("order", params.order())
						.build(),
					RoleListResource.class);
		}

		/**
		 * Assigns a project role to a user within a project.
		 * @param projectId the ID of the project to update
		 * @param userId the ID of the user that should receive the project role
		 * @param request identifies the project role to assign to the user
		 * @return the status, the headers and the {@link UserRoleAssignment} the API
		 * answers with
		 */
		public Mono<ApiResponse<UserRoleAssignment>> assign(String projectId, String userId,
				PublicAssignOrganizationGroupRoleBody request) {
			return ProjectsUsersRolesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/projects/{project_id}/users/{user_id}/roles", projectId, userId)
						.operation("assign-project-user-role")
						.adminKey()
						.json(request)
						.build(),
					UserRoleAssignment.class);
		}

		/**
		 * Unassigns a project role from a user within a project.
		 * @param projectId the ID of the project to modify
		 * @param userId the ID of the user whose project role assignment should be
		 * removed
		 * @param roleId the ID of the project role to remove from the user
		 * @return the status, the headers and the {@link DeletedRoleAssignmentResource}
		 * the API answers with
		 */
		public Mono<ApiResponse<DeletedRoleAssignmentResource>> unassign(String projectId, String userId,
				String roleId) {
			return ProjectsUsersRolesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE, "/projects/{project_id}/users/{user_id}/roles/{role_id}", projectId, userId,
						roleId)
				.operation("unassign-project-user-role")
				.adminKey()
				.build(), DeletedRoleAssignmentResource.class);
		}

	}

}

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
import dev.reactiveai.openai.types.GroupRoleAssignment;
import dev.reactiveai.openai.types.ProjectsGroupsRolesListParams;
import dev.reactiveai.openai.types.PublicAssignOrganizationGroupRoleBody;
import dev.reactiveai.openai.types.RoleListResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /projects/{project_id}/groups/{group_id}/roles} operations of the OpenAI
 * API.
 */
public final class ProjectsGroupsRolesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ProjectsGroupsRolesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ProjectsGroupsRolesService withOptions(RequestOptions options) {
		return new ProjectsGroupsRolesService(this.transport.withOptions(options));
	}

	/**
	 * Lists the project roles assigned to a group within a project. One page.
	 * @param projectId the ID of the project to inspect
	 * @param groupId the ID of the group to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link RoleListResource} the API answers with
	 */
	public Mono<RoleListResource> listPage(String projectId, String groupId, ProjectsGroupsRolesListParams params) {
		return this.withRawResponse.list(projectId, groupId, params).map(ApiResponse::body);
	}

	/**
	 * Lists the project roles assigned to a group within a project. Pages are fetched as
	 * the items are consumed.
	 * @param projectId the ID of the project to inspect
	 * @param groupId the ID of the group to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link AssignedRoleDetails} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<AssignedRoleDetails> list(String projectId, String groupId, ProjectsGroupsRolesListParams params) {
		return Pagination.items("GET /projects/{project_id}/groups/{group_id}/roles", params.after(),
				(cursor) -> listPage(projectId, groupId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the project roles assigned to a group within a project. With default query
	 * parameters.
	 * @param projectId the ID of the project to inspect
	 * @param groupId the ID of the group to inspect
	 * @return every {@link AssignedRoleDetails} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<AssignedRoleDetails> list(String projectId, String groupId) {
		return list(projectId, groupId, ProjectsGroupsRolesListParams.builder().build());
	}

	/**
	 * Assigns a project role to a group within a project.
	 * @param projectId the ID of the project to update
	 * @param groupId the ID of the group that should receive the project role
	 * @param request identifies the project role to assign to the group
	 * @return the {@link GroupRoleAssignment} the API answers with
	 */
	public Mono<GroupRoleAssignment> assign(String projectId, String groupId,
			PublicAssignOrganizationGroupRoleBody request) {
		return this.withRawResponse.assign(projectId, groupId, request).map(ApiResponse::body);
	}

	/**
	 * Unassigns a project role from a group within a project.
	 * @param projectId the ID of the project to modify
	 * @param groupId the ID of the group whose project role assignment should be removed
	 * @param roleId the ID of the project role to remove from the group
	 * @return the {@link DeletedRoleAssignmentResource} the API answers with
	 */
	public Mono<DeletedRoleAssignmentResource> unassign(String projectId, String groupId, String roleId) {
		return this.withRawResponse.unassign(projectId, groupId, roleId).map(ApiResponse::body);
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
		 * Lists the project roles assigned to a group within a project.
		 * @param projectId the ID of the project to inspect
		 * @param groupId the ID of the group to inspect
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link RoleListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<RoleListResource>> list(String projectId, String groupId,
				ProjectsGroupsRolesListParams params) {
			return ProjectsGroupsRolesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.GET, "/projects/{project_id}/groups/{group_id}/roles", projectId, groupId)
						.operation("list-project-group-role-assignments")
						.adminKey()
						.query("limit", params.limit())
						.query("after", params.after())
						.query("order", params.order())
						.build(),
					RoleListResource.class);
		}

		/**
		 * Assigns a project role to a group within a project.
		 * @param projectId the ID of the project to update
		 * @param groupId the ID of the group that should receive the project role
		 * @param request identifies the project role to assign to the group
		 * @return the status, the headers and the {@link GroupRoleAssignment} the API
		 * answers with
		 */
		public Mono<ApiResponse<GroupRoleAssignment>> assign(String projectId, String groupId,
				PublicAssignOrganizationGroupRoleBody request) {
			return ProjectsGroupsRolesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/projects/{project_id}/groups/{group_id}/roles", projectId, groupId)
						.operation("assign-project-group-role")
						.adminKey()
						.json(request)
						.build(),
					GroupRoleAssignment.class);
		}

		/**
		 * Unassigns a project role from a group within a project.
		 * @param projectId the ID of the project to modify
		 * @param groupId the ID of the group whose project role assignment should be
		 * removed
		 * @param roleId the ID of the project role to remove from the group
		 * @return the status, the headers and the {@link DeletedRoleAssignmentResource}
		 * the API answers with
		 */
		public Mono<ApiResponse<DeletedRoleAssignmentResource>> unassign(String projectId, String groupId,
				String roleId) {
			return ProjectsGroupsRolesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE, "/projects/{project_id}/groups/{group_id}/roles/{role_id}", projectId, groupId,
						roleId)
				.operation("unassign-project-group-role")
				.adminKey()
				.build(), DeletedRoleAssignmentResource.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.AssignedRoleDetails;
import dev.reactiveai.openai.types.DeletedRoleAssignmentResource;
import dev.reactiveai.openai.types.GroupRoleAssignment;
import dev.reactiveai.openai.types.OrganizationGroupsRolesListParams;
import dev.reactiveai.openai.types.PublicAssignOrganizationGroupRoleBody;
import dev.reactiveai.openai.types.RoleListResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/groups/{group_id}/roles} operations of the OpenAI API.
 */
public final class OrganizationGroupsRolesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationGroupsRolesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationGroupsRolesService withOptions(RequestOptions options) {
		return new OrganizationGroupsRolesService(this.transport.withOptions(options));
	}

	/**
	 * Lists the organization roles assigned to a group within the organization. One page.
	 * @param groupId the ID of the group whose organization role assignments you want to
	 * list
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link RoleListResource} the API answers with
	 */
	public Mono<RoleListResource> listPage(String groupId, OrganizationGroupsRolesListParams params) {
		return this.withRawResponse.list(groupId, params).map(ApiResponse::body);
	}

	/**
	 * Lists the organization roles assigned to a group within the organization. Pages are
	 * fetched as the items are consumed.
	 * @param groupId the ID of the group whose organization role assignments you want to
	 * list
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link AssignedRoleDetails} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<AssignedRoleDetails> list(String groupId, OrganizationGroupsRolesListParams params) {
		return Pagination.items("GET /organization/groups/{group_id}/roles", params.after(),
				(cursor) -> listPage(groupId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the organization roles assigned to a group within the organization. With
	 * default query parameters.
	 * @param groupId the ID of the group whose organization role assignments you want to
	 * list
	 * @return every {@link AssignedRoleDetails} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<AssignedRoleDetails> list(String groupId) {
		return list(groupId, OrganizationGroupsRolesListParams.builder().build());
	}

	/**
	 * Assigns an organization role to a group within the organization.
	 * @param groupId the ID of the group that should receive the organization role
	 * @param request identifies the organization role to assign to the group
	 * @return the {@link GroupRoleAssignment} the API answers with
	 */
	public Mono<GroupRoleAssignment> assign(String groupId, PublicAssignOrganizationGroupRoleBody request) {
		return this.withRawResponse.assign(groupId, request).map(ApiResponse::body);
	}

	/**
	 * Unassigns an organization role from a group within the organization.
	 * @param groupId the ID of the group to modify
	 * @param roleId the ID of the organization role to remove from the group
	 * @return the {@link DeletedRoleAssignmentResource} the API answers with
	 */
	public Mono<DeletedRoleAssignmentResource> unassign(String groupId, String roleId) {
		return this.withRawResponse.unassign(groupId, roleId).map(ApiResponse::body);
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
		 * Lists the organization roles assigned to a group within the organization.
		 * @param groupId the ID of the group whose organization role assignments you want
		 * to list
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link RoleListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<RoleListResource>> list(String groupId, OrganizationGroupsRolesListParams params) {
			return OrganizationGroupsRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/groups/{group_id}/roles", groupId)
					.operation("list-group-role-assignments")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), RoleListResource.class);
		}

		/**
		 * Assigns an organization role to a group within the organization.
		 * @param groupId the ID of the group that should receive the organization role
		 * @param request identifies the organization role to assign to the group
		 * @return the status, the headers and the {@link GroupRoleAssignment} the API
		 * answers with
		 */
		public Mono<ApiResponse<GroupRoleAssignment>> assign(String groupId,
				PublicAssignOrganizationGroupRoleBody request) {
			return OrganizationGroupsRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/groups/{group_id}/roles", groupId)
					.operation("assign-group-role")
					.adminKey()
					.json(request)
					.build(), GroupRoleAssignment.class);
		}

		/**
		 * Unassigns an organization role from a group within the organization.
		 * @param groupId the ID of the group to modify
		 * @param roleId the ID of the organization role to remove from the group
		 * @return the status, the headers and the {@link DeletedRoleAssignmentResource}
		 * the API answers with
		 */
		public Mono<ApiResponse<DeletedRoleAssignmentResource>> unassign(String groupId, String roleId) {
			return OrganizationGroupsRolesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/organization/groups/{group_id}/roles/{role_id}", groupId, roleId)
						.operation("unassign-group-role")
						.adminKey()
						.build(),
					DeletedRoleAssignmentResource.class);
		}

	}

}

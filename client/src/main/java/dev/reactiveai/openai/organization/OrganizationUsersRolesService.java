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
import dev.reactiveai.openai.types.OrganizationUsersRolesListParams;
import dev.reactiveai.openai.types.PublicAssignOrganizationGroupRoleBody;
import dev.reactiveai.openai.types.RoleListResource;
import dev.reactiveai.openai.types.UserRoleAssignment;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/users/{user_id}/roles} operations of the OpenAI API.
 */
public final class OrganizationUsersRolesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationUsersRolesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationUsersRolesService withOptions(RequestOptions options) {
		return new OrganizationUsersRolesService(this.transport.withOptions(options));
	}

	/**
	 * Lists the organization roles assigned to a user within the organization. One page.
	 * @param userId the ID of the user to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link RoleListResource} the API answers with
	 */
	public Mono<RoleListResource> listPage(String userId, OrganizationUsersRolesListParams params) {
		return this.withRawResponse.list(userId, params).map(ApiResponse::body);
	}

	/**
	 * Lists the organization roles assigned to a user within the organization. Pages are
	 * fetched as the items are consumed.
	 * @param userId the ID of the user to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link AssignedRoleDetails} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<AssignedRoleDetails> list(String userId, OrganizationUsersRolesListParams params) {
		return Pagination.items("GET /organization/users/{user_id}/roles", params.after(),
				(cursor) -> listPage(userId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the organization roles assigned to a user within the organization. With
	 * default query parameters.
	 * @param userId the ID of the user to inspect
	 * @return every {@link AssignedRoleDetails} of the list, its pages fetched as the
	 * items are consumed
	 */
	public Flux<AssignedRoleDetails> list(String userId) {
		return list(userId, OrganizationUsersRolesListParams.builder().build());
	}

	/**
	 * Assigns an organization role to a user within the organization.
	 * @param userId the ID of the user that should receive the organization role
	 * @param request identifies the organization role to assign to the user
	 * @return the {@link UserRoleAssignment} the API answers with
	 */
	public Mono<UserRoleAssignment> assign(String userId, PublicAssignOrganizationGroupRoleBody request) {
		return this.withRawResponse.assign(userId, request).map(ApiResponse::body);
	}

	/**
	 * Unassigns an organization role from a user within the organization.
	 * @param userId the ID of the user to modify
	 * @param roleId the ID of the organization role to remove from the user
	 * @return the {@link DeletedRoleAssignmentResource} the API answers with
	 */
	public Mono<DeletedRoleAssignmentResource> unassign(String userId, String roleId) {
		return this.withRawResponse.unassign(userId, roleId).map(ApiResponse::body);
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
		 * Lists the organization roles assigned to a user within the organization.
		 * @param userId the ID of the user to inspect
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link RoleListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<RoleListResource>> list(String userId, OrganizationUsersRolesListParams params) {
			return OrganizationUsersRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/users/{user_id}/roles", userId)
					.operation("list-user-role-assignments")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), RoleListResource.class);
		}

		/**
		 * Assigns an organization role to a user within the organization.
		 * @param userId the ID of the user that should receive the organization role
		 * @param request identifies the organization role to assign to the user
		 * @return the status, the headers and the {@link UserRoleAssignment} the API
		 * answers with
		 */
		public Mono<ApiResponse<UserRoleAssignment>> assign(String userId,
				PublicAssignOrganizationGroupRoleBody request) {
			return OrganizationUsersRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/users/{user_id}/roles", userId)
					.operation("assign-user-role")
					.adminKey()
					.json(request)
					.build(), UserRoleAssignment.class);
		}

		/**
		 * Unassigns an organization role from a user within the organization.
		 * @param userId the ID of the user to modify
		 * @param roleId the ID of the organization role to remove from the user
		 * @return the status, the headers and the {@link DeletedRoleAssignmentResource}
		 * the API answers with
		 */
		public Mono<ApiResponse<DeletedRoleAssignmentResource>> unassign(String userId, String roleId) {
			return OrganizationUsersRolesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/organization/users/{user_id}/roles/{role_id}", userId, roleId)
						.operation("unassign-user-role")
						.adminKey()
						.build(),
					DeletedRoleAssignmentResource.class);
		}

	}

}

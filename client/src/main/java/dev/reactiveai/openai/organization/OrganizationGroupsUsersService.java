// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateGroupUserBody;
import dev.reactiveai.openai.types.GroupUserAssignment;
import dev.reactiveai.openai.types.GroupUserDeletedResource;
import dev.reactiveai.openai.types.OrganizationGroupsUsersListParams;
import dev.reactiveai.openai.types.User;
import dev.reactiveai.openai.types.UserListResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/groups/{group_id}/users} operations of the OpenAI API.
 */
public final class OrganizationGroupsUsersService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationGroupsUsersService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationGroupsUsersService withOptions(RequestOptions options) {
		return new OrganizationGroupsUsersService(this.transport.withOptions(options));
	}

	/**
	 * Lists the users assigned to a group. One page.
	 * @param groupId the ID of the group to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link UserListResource} the API answers with
	 */
	public Mono<UserListResource> listPage(String groupId, OrganizationGroupsUsersListParams params) {
		return this.withRawResponse.list(groupId, params).map(ApiResponse::body);
	}

	/**
	 * Lists the users assigned to a group. Pages are fetched as the items are consumed.
	 * @param groupId the ID of the group to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link User} of the list, its pages fetched as the items are consumed
	 */
	public Flux<User> list(String groupId, OrganizationGroupsUsersListParams params) {
		return Pagination.items("GET /organization/groups/{group_id}/users", params.after(),
				(cursor) -> listPage(groupId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the users assigned to a group. With default query parameters.
	 * @param groupId the ID of the group to inspect
	 * @return every {@link User} of the list, its pages fetched as the items are consumed
	 */
	public Flux<User> list(String groupId) {
		return list(groupId, OrganizationGroupsUsersListParams.builder().build());
	}

	/**
	 * Adds a user to a group.
	 * @param groupId the ID of the group to update
	 * @param request identifies the user that should be added to the group
	 * @return the {@link GroupUserAssignment} the API answers with
	 */
	public Mono<GroupUserAssignment> add(String groupId, CreateGroupUserBody request) {
		return this.withRawResponse.add(groupId, request).map(ApiResponse::body);
	}

	/**
	 * Removes a user from a group.
	 * @param groupId the ID of the group to update
	 * @param userId the ID of the user to remove from the group
	 * @return the {@link GroupUserDeletedResource} the API answers with
	 */
	public Mono<GroupUserDeletedResource> remove(String groupId, String userId) {
		return this.withRawResponse.remove(groupId, userId).map(ApiResponse::body);
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
		 * Lists the users assigned to a group.
		 * @param groupId the ID of the group to inspect
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link UserListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<UserListResource>> list(String groupId, OrganizationGroupsUsersListParams params) {
			return OrganizationGroupsUsersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/groups/{group_id}/users", groupId)
					.operation("list-group-users")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), UserListResource.class);
		}

		/**
		 * Adds a user to a group.
		 * @param groupId the ID of the group to update
		 * @param request identifies the user that should be added to the group
		 * @return the status, the headers and the {@link GroupUserAssignment} the API
		 * answers with
		 */
		public Mono<ApiResponse<GroupUserAssignment>> add(String groupId, CreateGroupUserBody request) {
			return OrganizationGroupsUsersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/groups/{group_id}/users", groupId)
					.operation("add-group-user")
					.adminKey()
					.json(request)
					.build(), GroupUserAssignment.class);
		}

		/**
		 * Removes a user from a group.
		 * @param groupId the ID of the group to update
		 * @param userId the ID of the user to remove from the group
		 * @return the status, the headers and the {@link GroupUserDeletedResource} the
		 * API answers with
		 */
		public Mono<ApiResponse<GroupUserDeletedResource>> remove(String groupId, String userId) {
			return OrganizationGroupsUsersService.this.transport.exchange(
					ApiRequest.of(HttpMethod.DELETE, "/organization/groups/{group_id}/users/{user_id}", groupId, userId)
						.operation("remove-group-user")
						.adminKey()
						.build(),
					GroupUserDeletedResource.class);
		}

	}

}

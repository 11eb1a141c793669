// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.CreateGroupBody;
import dev.reactiveai.openai.types.GroupDeletedResource;
import dev.reactiveai.openai.types.GroupListResource;
import dev.reactiveai.openai.types.GroupResourceWithSuccess;
import dev.reactiveai.openai.types.GroupResponse;
import dev.reactiveai.openai.types.OrganizationGroupsListParams;
import dev.reactiveai.openai.types.UpdateGroupBody;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/groups} operations of the OpenAI API.
 */
public final class OrganizationGroupsService {

	private final OpenAiTransport transport;

	private final OrganizationGroupsRolesService roles;

	private final OrganizationGroupsUsersService users;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationGroupsService(OpenAiTransport transport) {
		this.transport = transport;
		this.roles = new OrganizationGroupsRolesService(transport);
		this.users = new OrganizationGroupsUsersService(transport);
	}

	/**
	 * The {@code /organization/groups/{group_id}/roles} operations.
	 * @return their service
	 */
	public OrganizationGroupsRolesService roles() {
		return this.roles;
	}

	/**
	 * The {@code /organization/groups/{group_id}/users} operations.
	 * @return their service
	 */
	public OrganizationGroupsUsersService users() {
		return this.users;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationGroupsService withOptions(RequestOptions options) {
		return new OrganizationGroupsService(this.transport.withOptions(options));
	}

	/**
	 * Lists all groups in the organization. One page.
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link GroupListResource} the API answers with
	 */
	public Mono<GroupListResource> listPage(OrganizationGroupsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Lists all groups in the organization. Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link GroupResponse} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<GroupResponse> list(OrganizationGroupsListParams params) {
		return Pagination.items("GET /organization/groups", params.after(),
				(cursor) -> listPage(params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists all groups in the organization. With default query parameters.
	 * @return every {@link GroupResponse} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<GroupResponse> list() {
		return list(OrganizationGroupsListParams.builder().build());
	}

	/**
	 * Creates a new group in the organization.
	 * @param request parameters for the group you want to create
	 * @return the {@link GroupResponse} the API answers with
	 */
	public Mono<GroupResponse> create(CreateGroupBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Updates a group's information.
	 * @param groupId the ID of the group to update
	 * @param request new attributes to set on the group
	 * @return the {@link GroupResourceWithSuccess} the API answers with
	 */
	public Mono<GroupResourceWithSuccess> update(String groupId, UpdateGroupBody request) {
		return this.withRawResponse.update(groupId, request).map(ApiResponse::body);
	}

	/**
	 * Deletes a group from the organization.
	 * @param groupId the ID of the group to delete
	 * @return the {@link GroupDeletedResource} the API answers with
	 */
	public Mono<GroupDeletedResource> delete(String groupId) {
		return this.withRawResponse.delete(groupId).map(ApiResponse::body);
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
		 * Lists all groups in the organization.
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link GroupListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<GroupListResource>> list(OrganizationGroupsListParams params) {
			return OrganizationGroupsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/groups")
					.operation("list-groups")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), GroupListResource.class);
		}

		/**
		 * Creates a new group in the organization.
		 * @param request parameters for the group you want to create
		 * @return the status, the headers and the {@link GroupResponse} the API answers
		 * with
		 */
		public Mono<ApiResponse<GroupResponse>> create(CreateGroupBody request) {
			return OrganizationGroupsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/groups")
					.operation("create-group")
					.adminKey()
					.json(request)
					.build(), GroupResponse.class);
		}

		/**
		 * Updates a group's information.
		 * @param groupId the ID of the group to update
		 * @param request new attributes to set on the group
		 * @return the status, the headers and the {@link GroupResourceWithSuccess} the
		 * API answers with
		 */
		public Mono<ApiResponse<GroupResourceWithSuccess>> update(String groupId, UpdateGroupBody request) {
			return OrganizationGroupsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/groups/{group_id}", groupId)
					.operation("update-group")
					.adminKey()
					.json(request)
					.build(), GroupResourceWithSuccess.class);
		}

		/**
		 * Deletes a group from the organization.
		 * @param groupId the ID of the group to delete
		 * @return the status, the headers and the {@link GroupDeletedResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<GroupDeletedResource>> delete(String groupId) {
			return OrganizationGroupsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/organization/groups/{group_id}", groupId)
					.operation("delete-group")
					.adminKey()
					.build(), GroupDeletedResource.class);
		}

	}

}

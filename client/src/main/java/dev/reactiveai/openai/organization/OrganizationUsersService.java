// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.OrganizationUsersListParams;
import dev.reactiveai.openai.types.User;
import dev.reactiveai.openai.types.UserDeleteResponse;
import dev.reactiveai.openai.types.UserListResponse;
import dev.reactiveai.openai.types.UserRoleUpdateRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/users} operations of the OpenAI API.
 */
public final class OrganizationUsersService {

	private final OpenAiTransport transport;

	private final OrganizationUsersRolesService roles;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationUsersService(OpenAiTransport transport) {
		this.transport = transport;
		this.roles = new OrganizationUsersRolesService(transport);
	}

	/**
	 * The {@code /organization/users/{user_id}/roles} operations.
	 * @return their service
	 */
	public OrganizationUsersRolesService roles() {
		return this.roles;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationUsersService withOptions(RequestOptions options) {
		return new OrganizationUsersService(this.transport.withOptions(options));
	}

	/**
	 * Lists all of the users in the organization. One page.
	 * @param params the query parameters ({@code limit}, {@code after}, {@code emails}),
	 * all optional
	 * @return one page of the list: the {@link UserListResponse} the API answers with
	 */
	public Mono<UserListResponse> listPage(OrganizationUsersListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Lists all of the users in the organization. Pages are fetched as the items are
	 * consumed.
	 * @param params the query parameters ({@code limit}, {@code after}, {@code emails}),
	 * all optional
	 * @return every {@link User} of the list, its pages fetched as the items are consumed
	 */
	public Flux<User> list(OrganizationUsersListParams params) {
		return Pagination.items("GET /organization/users", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Lists all of the users in the organization. With default query parameters.
	 * @return every {@link User} of the list, its pages fetched as the items are consumed
	 */
	public Flux<User> list() {
		return list(OrganizationUsersListParams.builder().build());
	}

	/**
	 * Retrieves a user by their identifier.
	 * @param userId the ID of the user
	 * @return the {@link User} the API answers with
	 */
	public Mono<User> retrieve(String userId) {
		return this.withRawResponse.retrieve(userId).map(ApiResponse::body);
	}

	/**
	 * Modifies a user's role in the organization.
	 * @param userId the ID of the user
	 * @param request the new user role to modify
	 * @return the {@link User} the API answers with
	 */
	public Mono<User> update(String userId, UserRoleUpdateRequest request) {
		return this.withRawResponse.update(userId, request).map(ApiResponse::body);
	}

	/**
	 * Deletes a user from the organization.
	 * @param userId the ID of the user
	 * @return the {@link UserDeleteResponse} the API answers with
	 */
	public Mono<UserDeleteResponse> delete(String userId) {
		return this.withRawResponse.delete(userId).map(ApiResponse::body);
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
		 * Lists all of the users in the organization.
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code emails}), all optional
		 * @return the status, the headers and the {@link UserListResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<UserListResponse>> list(OrganizationUsersListParams params) {
			return OrganizationUsersService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/organization/users")
				.operation("list-users")
				.adminKey()
				.query("limit", params.limit())
				.query("after", params.after())
				.query("emails", params.emails())
				.build(), UserListResponse.class);
		}

		/**
		 * Retrieves a user by their identifier.
		 * @param userId the ID of the user
		 * @return the status, the headers and the {@link User} the API answers with
		 */
		public Mono<ApiResponse<User>> retrieve(String userId) {
			return OrganizationUsersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/users/{user_id}", userId)
					.operation("retrieve-user")
					.adminKey()
					.build(), User.class);
		}

		/**
		 * Modifies a user's role in the organization.
		 * @param userId the ID of the user
		 * @param request the new user role to modify
		 * @return the status, the headers and the {@link User} the API answers with
		 */
		public Mono<ApiResponse<User>> update(String userId, UserRoleUpdateRequest request) {
			return OrganizationUsersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/users/{user_id}", userId)
					.operation("modify-user")
					.adminKey()
					.json(request)
					.build(), User.class);
		}

		/**
		 * Deletes a user from the organization.
		 * @param userId the ID of the user
		 * @return the status, the headers and the {@link UserDeleteResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<UserDeleteResponse>> delete(String userId) {
			return OrganizationUsersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/organization/users/{user_id}", userId)
					.operation("delete-user")
					.adminKey()
					.build(), UserDeleteResponse.class);
		}

	}

}

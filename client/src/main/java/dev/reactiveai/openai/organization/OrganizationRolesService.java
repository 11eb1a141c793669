// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.OrganizationRolesListParams;
import dev.reactiveai.openai.types.PublicCreateOrganizationRoleBody;
import dev.reactiveai.openai.types.PublicRoleListResource;
import dev.reactiveai.openai.types.PublicUpdateOrganizationRoleBody;
import dev.reactiveai.openai.types.Role;
import dev.reactiveai.openai.types.RoleDeletedResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/roles} operations of the OpenAI API.
 */
public final class OrganizationRolesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationRolesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationRolesService withOptions(RequestOptions options) {
		return new OrganizationRolesService(this.transport.withOptions(options));
	}

	/**
	 * Lists the roles configured for the organization. One page.
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link PublicRoleListResource} the API answers
	 * with
	 */
	public Mono<PublicRoleListResource> listPage(OrganizationRolesListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Lists the roles configured for the organization. Pages are fetched as the items are
	 * consumed.
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link Role} of the list, its pages fetched as the items are consumed
	 */
	public Flux<Role> list(OrganizationRolesListParams params) {
		return Pagination.items("GET /organization/roles", params.after(),
				(cursor) -> listPage(params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the roles configured for the organization. With default query parameters.
	 * @return every {@link Role} of the list, its pages fetched as the items are consumed
	 */
	public Flux<Role> list() {
		return list(OrganizationRolesListParams.builder().build());
	}

	/**
	 * Creates a custom role for the organization.
	 * @param request parameters for the role you want to create
	 * @return the {@link Role} the API answers with
	 */
	public Mono<Role> create(PublicCreateOrganizationRoleBody request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Updates an existing organization role.
	 * @param roleId the ID of the role to update
	 * @param request fields to update on the role
	 * @return the {@link Role} the API answers with
	 */
	public Mono<Role> update(String roleId, PublicUpdateOrganizationRoleBody request) {
		return this.withRawResponse.update(roleId, request).map(ApiResponse::body);
	}

	/**
	 * Deletes a custom role from the organization.
	 * @param roleId the ID of the role to delete
	 * @return the {@link RoleDeletedResource} the API answers with
	 */
	public Mono<RoleDeletedResource> delete(String roleId) {
		return this.withRawResponse.delete(roleId).map(ApiResponse::body);
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
		 * Lists the roles configured for the organization.
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link PublicRoleListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<PublicRoleListResource>> list(OrganizationRolesListParams params) {
			return OrganizationRolesService.this.transport.exchange(ApiRequest.of(HttpMethod.GET, "/organization/roles")
				.operation("list-roles")
				.adminKey()
				.query("limit", params.limit())
				.query("after", params.after())
				.query("order", params.order())
				.build(), PublicRoleListResource.class);
		}

		/**
		 * Creates a custom role for the organization.
		 * @param request parameters for the role you want to create
		 * @return the status, the headers and the {@link Role} the API answers with
		 */
		public Mono<ApiResponse<Role>> create(PublicCreateOrganizationRoleBody request) {
			return OrganizationRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/roles")
					.operation("create-role")
					.adminKey()
					.json(request)
					.build(), Role.class);
		}

		/**
		 * Updates an existing organization role.
		 * @param roleId the ID of the role to update
		 * @param request fields to update on the role
		 * @return the status, the headers and the {@link Role} the API answers with
		 */
		public Mono<ApiResponse<Role>> update(String roleId, PublicUpdateOrganizationRoleBody request) {
			return OrganizationRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/roles/{role_id}", roleId)
					.operation("update-role")
					.adminKey()
					.json(request)
					.build(), Role.class);
		}

		/**
		 * Deletes a custom role from the organization.
		 * @param roleId the ID of the role to delete
		 * @return the status, the headers and the {@link RoleDeletedResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<RoleDeletedResource>> delete(String roleId) {
			return OrganizationRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/organization/roles/{role_id}", roleId)
					.operation("delete-role")
					.adminKey()
					.build(), RoleDeletedResource.class);
		}

	}

}

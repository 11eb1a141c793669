// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.projects;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.ProjectsRolesListParams;
import dev.reactiveai.openai.types.PublicCreateOrganizationRoleBody;
import dev.reactiveai.openai.types.PublicRoleListResource;
import dev.reactiveai.openai.types.PublicUpdateOrganizationRoleBody;
import dev.reactiveai.openai.types.Role;
import dev.reactiveai.openai.types.RoleDeletedResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /projects/{project_id}/roles} operations of the OpenAI API.
 */
public final class ProjectsRolesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ProjectsRolesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ProjectsRolesService withOptions(RequestOptions options) {
		return new ProjectsRolesService(this.transport.withOptions(options));
	}

	/**
	 * Lists the roles configured for a project. One page.
	 * @param projectId the ID of the project to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link PublicRoleListResource} the API answers
	 * with
	 */
	public Mono<PublicRoleListResource> listPage(String projectId, ProjectsRolesListParams params) {
		return this.withRawResponse.list(projectId, params).map(ApiResponse::body);
	}

	/**
	 * Lists the roles configured for a project. Pages are fetched as the items are
	 * consumed.
	 * @param projectId the ID of the project to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link Role} of the list, its pages fetched as the items are consumed
	 */
	public Flux<Role> list(String projectId, ProjectsRolesListParams params) {
		return Pagination.items("GET /projects/{project_id}/roles", params.after(),
				(cursor) -> listPage(projectId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the roles configured for a project. With default query parameters.
	 * @param projectId the ID of the project to inspect
	 * @return every {@link Role} of the list, its pages fetched as the items are consumed
	 */
	public Flux<Role> list(String projectId) {
		return list(projectId, ProjectsRolesListParams.builder().build());
	}

	/**
	 * Creates a custom role for a project.
	 * @param projectId the ID of the project to update
	 * @param request parameters for the project role you want to create
	 * @return the {@link Role} the API answers with
	 */
	public Mono<Role> create(String projectId, PublicCreateOrganizationRoleBody request) {
		return this.withRawResponse.create(projectId, request).map(ApiResponse::body);
	}

	/**
	 * Updates an existing project role.
	 * @param projectId the ID of the project to update
	 * @param roleId the ID of the role to update
	 * @param request fields to update on the project role
	 * @return the {@link Role} the API answers with
	 */
	public Mono<Role> update(String projectId, String roleId, PublicUpdateOrganizationRoleBody request) {
		return this.withRawResponse.update(projectId, roleId, request).map(ApiResponse::body);
	}

	/**
	 * Deletes a custom role from a project.
	 * @param projectId the ID of the project to update
	 * @param roleId the ID of the role to delete
	 * @return the {@link RoleDeletedResource} the API answers with
	 */
	public Mono<RoleDeletedResource> delete(String projectId, String roleId) {
		return this.withRawResponse.delete(projectId, roleId).map(ApiResponse::body);
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
		 * Lists the roles configured for a project.
		 * @param projectId the ID of the project to inspect
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link PublicRoleListResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<PublicRoleListResource>> list(String projectId, ProjectsRolesListParams params) {
			return ProjectsRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/projects/{project_id}/roles", projectId)
					.operation("list-project-roles")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), PublicRoleListResource.class);
		}

		/**
		 * Creates a custom role for a project.
		 * @param projectId the ID of the project to update
		 * @param request parameters for the project role you want to create
		 * @return the status, the headers and the {@link Role} the API answers with
		 */
		public Mono<ApiResponse<Role>> create(String projectId, PublicCreateOrganizationRoleBody request) {
			return ProjectsRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/projects/{project_id}/roles", projectId)
					.operation("create-project-role")
					.adminKey()
					.json(request)
					.build(), Role.class);
		}

		/**
		 * Updates an existing project role.
		 * @param projectId the ID of the project to update
		 * @param roleId the ID of the role to update
		 * @param request fields to update on the project role
		 * @return the status, the headers and the {@link Role} the API answers with
		 */
		public Mono<ApiResponse<Role>> update(String projectId, String roleId,
				PublicUpdateOrganizationRoleBody request) {
			return ProjectsRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/projects/{project_id}/roles/{role_id}", projectId, roleId)
					.operation("update-project-role")
					.adminKey()
					.json(request)
					.build(), Role.class);
		}

		/**
		 * Deletes a custom role from a project.
		 * @param projectId the ID of the project to update
		 * @param roleId the ID of the role to delete
		 * @return the status, the headers and the {@link RoleDeletedResource} the API
		 * answers with
		 */
		public Mono<ApiResponse<RoleDeletedResource>> delete(String projectId, String roleId) {
			return ProjectsRolesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/projects/{project_id}/roles/{role_id}", projectId, roleId)
					.operation("delete-project-role")
					.adminKey()
					.build(), RoleDeletedResource.class);
		}

	}

}

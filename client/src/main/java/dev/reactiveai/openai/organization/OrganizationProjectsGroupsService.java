// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.InviteProjectGroupBody;
import dev.reactiveai.openai.types.OrganizationProjectsGroupsListParams;
import dev.reactiveai.openai.types.ProjectGroup;
import dev.reactiveai.openai.types.ProjectGroupDeletedResource;
import dev.reactiveai.openai.types.ProjectGroupListResource;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/projects/{project_id}/groups} operations of the OpenAI API.
 */
public final class OrganizationProjectsGroupsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsGroupsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsGroupsService withOptions(RequestOptions options) {
		return new OrganizationProjectsGroupsService(this.transport.withOptions(options));
	}

	/**
	 * Lists the groups that have access to a project. One page.
	 * @param projectId the ID of the project to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link ProjectGroupListResource} the API answers
	 * with
	 */
	public Mono<ProjectGroupListResource> listPage(String projectId, OrganizationProjectsGroupsListParams params) {
		return this.withRawResponse.list(projectId, params).map(ApiResponse::body);
	}

	/**
	 * Lists the groups that have access to a project. Pages are fetched as the items are
	 * consumed.
	 * @param projectId the ID of the project to inspect
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link ProjectGroup} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ProjectGroup> list(String projectId, OrganizationProjectsGroupsListParams params) {
		return Pagination.items("GET /organization/projects/{project_id}/groups", params.after(),
				(cursor) -> listPage(projectId, params.toBuilder().after(cursor).build())
					.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), null, page.next())));
	}

	/**
	 * Lists the groups that have access to a project. With default query parameters.
	 * @param projectId the ID of the project to inspect
	 * @return every {@link ProjectGroup} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ProjectGroup> list(String projectId) {
		return list(projectId, OrganizationProjectsGroupsListParams.builder().build());
	}

	/**
	 * Grants a group access to a project.
	 * @param projectId the ID of the project to update
	 * @param request identifies the group and role to assign to the project
	 * @return the {@link ProjectGroup} the API answers with
	 */
	public Mono<ProjectGroup> add(String projectId, InviteProjectGroupBody request) {
		return this.withRawResponse.add(projectId, request).map(ApiResponse::body);
	}

	/**
	 * Revokes a group's access to a project.
	 * @param projectId the ID of the project to update
	 * @param groupId the ID of the group to remove from the project
	 * @return the {@link ProjectGroupDeletedResource} the API answers with
	 */
	public Mono<ProjectGroupDeletedResource> remove(String projectId, String groupId) {
		return this.withRawResponse.remove(projectId, groupId).map(ApiResponse::body);
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
		 * Lists the groups that have access to a project.
		 * @param projectId the ID of the project to inspect
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link ProjectGroupListResource} the
		 * API answers with
		 */
		public Mono<ApiResponse<ProjectGroupListResource>> list(String projectId,
				OrganizationProjectsGroupsListParams params) {
			return OrganizationProjectsGroupsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/projects/{project_id}/groups", projectId)
					.operation("list-project-groups")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), ProjectGroupListResource.class);
		}

		/**
		 * Grants a group access to a project.
		 * @param projectId the ID of the project to update
		 * @param request identifies the group and role to assign to the project
		 * @return the status, the headers and the {@link ProjectGroup} the API answers
		 * with
		 */
		public Mono<ApiResponse<ProjectGroup>> add(String projectId, InviteProjectGroupBody request) {
			return OrganizationProjectsGroupsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/projects/{project_id}/groups", projectId)
					.operation("add-project-group")
					.adminKey()
					.json(request)
					.build(), ProjectGroup.class);
		}

		/**
		 * Revokes a group's access to a project.
		 * @param projectId the ID of the project to update
		 * @param groupId the ID of the group to remove from the project
		 * @return the status, the headers and the {@link ProjectGroupDeletedResource} the
		 * API answers with
		 */
		public Mono<ApiResponse<ProjectGroupDeletedResource>> remove(String projectId, String groupId) {
			return OrganizationProjectsGroupsService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE, "/organization/projects/{project_id}/groups/{group_id}", projectId, groupId)
				.operation("remove-project-group")
				.adminKey()
				.build(), ProjectGroupDeletedResource.class);
		}

	}

}

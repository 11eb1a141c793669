// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.projects;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /projects/{project_id}/groups/{group_id}/roles} operations of the OpenAI
 * API.
 */
public final class ProjectsGroupsService {

	private final OpenAiTransport transport;

	private final ProjectsGroupsRolesService roles;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ProjectsGroupsService(OpenAiTransport transport) {
		this.transport = transport;
		this.roles = new ProjectsGroupsRolesService(transport);
	}

	/**
	 * The {@code /projects/{project_id}/groups/{group_id}/roles} operations.
	 * @return their service
	 */
	public ProjectsGroupsRolesService roles() {
		return this.roles;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ProjectsGroupsService withOptions(RequestOptions options) {
		return new ProjectsGroupsService(this.transport.withOptions(options));
	}

}

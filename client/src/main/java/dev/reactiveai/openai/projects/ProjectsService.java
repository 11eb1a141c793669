// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.projects;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /projects} operations of the OpenAI API.
 */
public final class ProjectsService {

	private final OpenAiTransport transport;

	private final ProjectsGroupsService groups;

	private final ProjectsRolesService roles;

	private final ProjectsUsersService users;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ProjectsService(OpenAiTransport transport) {
		this.transport = transport;
		this.groups = new ProjectsGroupsService(transport);
		this.roles = new ProjectsRolesService(transport);
		this.users = new ProjectsUsersService(transport);
	}

	/**
	 * The {@code /projects/{project_id}/groups/{group_id}/roles} operations.
	 * @return their service
	 */
	public ProjectsGroupsService groups() {
		return this.groups;
	}

	/**
	 * The {@code /projects/{project_id}/roles} operations.
	 * @return their service
	 */
	public ProjectsRolesService roles() {
		return this.roles;
	}

	/**
	 * The {@code /projects/{project_id}/users/{user_id}/roles} operations.
	 * @return their service
	 */
	public ProjectsUsersService users() {
		return this.users;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ProjectsService withOptions(RequestOptions options) {
		return new ProjectsService(this.transport.withOptions(options));
	}

}

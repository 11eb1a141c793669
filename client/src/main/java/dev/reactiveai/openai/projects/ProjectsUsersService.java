// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.projects;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /projects/{project_id}/users/{user_id}/roles} operations of the OpenAI API.
 */
public final class ProjectsUsersService {

	private final OpenAiTransport transport;

	private final ProjectsUsersRolesService roles;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ProjectsUsersService(OpenAiTransport transport) {
		this.transport = transport;
		this.roles = new ProjectsUsersRolesService(transport);
	}

	/**
	 * The {@code /projects/{project_id}/users/{user_id}/roles} operations.
	 * @return their service
	 */
	public ProjectsUsersRolesService roles() {
		return this.roles;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ProjectsUsersService withOptions(RequestOptions options) {
		return new ProjectsUsersService(this.transport.withOptions(options));
	}

}

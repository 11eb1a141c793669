// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /organization} operations of the OpenAI API.
 */
public final class OrganizationService {

	private final OpenAiTransport transport;

	private final OrganizationAdminApiKeysService adminApiKeys;

	private final OrganizationAuditLogsService auditLogs;

	private final OrganizationCertificatesService certificates;

	private final OrganizationCostsService costs;

	private final OrganizationGroupsService groups;

	private final OrganizationInvitesService invites;

	private final OrganizationProjectsService projects;

	private final OrganizationRolesService roles;

	private final OrganizationUsageService usage;

	private final OrganizationUsersService users;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationService(OpenAiTransport transport) {
		this.transport = transport;
		this.adminApiKeys = new OrganizationAdminApiKeysService(transport);
		this.auditLogs = new OrganizationAuditLogsService(transport);
		this.certificates = new OrganizationCertificatesService(transport);
		this.costs = new OrganizationCostsService(transport);
		this.groups = new OrganizationGroupsService(transport);
		this.invites = new OrganizationInvitesService(transport);
		this.projects = new OrganizationProjectsService(transport);
		this.roles = new OrganizationRolesService(transport);
		this.usage = new OrganizationUsageService(transport);
		this.users = new OrganizationUsersService(transport);
	}

	/**
	 * The {@code /organization/admin_api_keys} operations.
	 * @return their service
	 */
	public OrganizationAdminApiKeysService adminApiKeys() {
		return this.adminApiKeys;
	}

	/**
	 * The {@code /organization/audit_logs} operations.
	 * @return their service
	 */
	public OrganizationAuditLogsService auditLogs() {
		return this.auditLogs;
	}

	/**
	 * The {@code /organization/certificates} operations.
	 * @return their service
	 */
	public OrganizationCertificatesService certificates() {
		return this.certificates;
	}

	/**
	 * The {@code /organization/costs} operations.
	 * @return their service
	 */
	public OrganizationCostsService costs() {
		return this.costs;
	}

	/**
	 * The {@code /organization/groups} operations.
	 * @return their service
	 */
	public OrganizationGroupsService groups() {
		return this.groups;
	}

	/**
	 * The {@code /organization/invites} operations.
	 * @return their service
	 */
	public OrganizationInvitesService invites() {
		return this.invites;
	}

	/**
	 * The {@code /organization/projects} operations.
	 * @return their service
	 */
	public OrganizationProjectsService projects() {
		return this.projects;
	}

	/**
	 * The {@code /organization/roles} operations.
	 * @return their service
	 */
	public OrganizationRolesService roles() {
		return this.roles;
	}

	/**
	 * The {@code /organization/usage} operations.
	 * @return their service
	 */
	public OrganizationUsageService usage() {
		return this.usage;
	}

	/**
	 * The {@code /organization/users} operations.
	 * @return their service
	 */
	public OrganizationUsersService users() {
		return this.users;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationService withOptions(RequestOptions options) {
		return new OrganizationService(this.transport.withOptions(options));
	}

}

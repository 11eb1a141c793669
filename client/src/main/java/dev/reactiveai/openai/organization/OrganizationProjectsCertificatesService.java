// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;

/**
 * The {@code /organization/projects/certificates} operations of the OpenAI API.
 */
public final class OrganizationProjectsCertificatesService {

	private final OpenAiTransport transport;

	private final OrganizationProjectsCertificatesActivateService activate;

	private final OrganizationProjectsCertificatesDeactivateService deactivate;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsCertificatesService(OpenAiTransport transport) {
		this.transport = transport;
		this.activate = new OrganizationProjectsCertificatesActivateService(transport);
		this.deactivate = new OrganizationProjectsCertificatesDeactivateService(transport);
	}

	/**
	 * The {@code /organization/projects/certificates/activate} operations.
	 */
	public OrganizationProjectsCertificatesActivateService activate() {
		return this.activate;
	}

	/**
	 * The {@code /organization/projects/certificates/deactivate} operations.
	 */
	public OrganizationProjectsCertificatesDeactivateService deactivate() {
		return this.deactivate;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsCertificatesService withOptions(RequestOptions options) {
		return new OrganizationProjectsCertificatesService(this.transport.withOptions(options));
	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.ListCertificatesResponse;
import dev.reactiveai.openai.model.ToggleCertificatesRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/certificates/activate} operations of the OpenAI API.
 */
public final class OrganizationCertificatesActivateService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationCertificatesActivateService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationCertificatesActivateService withOptions(RequestOptions options) {
		return new OrganizationCertificatesActivateService(this.transport.withOptions(options));
	}

	/**
	 * Activate certificates at the organization level.
	 *
	 * You can atomically and idempotently activate up to 10 certificates at a time.
	 * @param request the request body
	 */
	public Mono<ListCertificatesResponse> create(ToggleCertificatesRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
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
		 * Activate certificates at the organization level.
		 *
		 * You can atomically and idempotently activate up to 10 certificates at a time.
		 * @param request the request body
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> create(ToggleCertificatesRequest request) {
			return OrganizationCertificatesActivateService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/organization/certificates/activate").json(request).build(),
					ListCertificatesResponse.class);
		}

	}

}

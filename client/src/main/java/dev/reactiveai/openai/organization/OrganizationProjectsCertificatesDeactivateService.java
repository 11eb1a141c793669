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
 * The {@code /organization/projects/certificates/deactivate} operations of the OpenAI
 * API.
 */
public final class OrganizationProjectsCertificatesDeactivateService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsCertificatesDeactivateService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsCertificatesDeactivateService withOptions(RequestOptions options) {
		return new OrganizationProjectsCertificatesDeactivateService(this.transport.withOptions(options));
	}

	/**
	 * Deactivate certificates at the project level. You can atomically and idempotently
	 * deactivate up to 10 certificates at a time.
	 * @param projectId the {@code projectId}
	 * @param request the request body
	 */
	public Mono<ListCertificatesResponse> create(String projectId, ToggleCertificatesRequest request) {
		return this.withRawResponse.create(projectId, request).map(ApiResponse::body);
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
		 * Deactivate certificates at the project level. You can atomically and
		 * idempotently deactivate up to 10 certificates at a time.
		 * @param projectId the {@code projectId}
		 * @param request the request body
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> create(String projectId, ToggleCertificatesRequest request) {
			return OrganizationProjectsCertificatesDeactivateService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/organization/projects/{project_id}/certificates/deactivate", projectId)
				.json(request)
				.build(), ListCertificatesResponse.class);
		}

	}

}

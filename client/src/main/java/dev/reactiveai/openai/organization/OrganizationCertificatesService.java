// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.Pagination;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.Certificate;
import dev.reactiveai.openai.model.DeleteCertificateResponse;
import dev.reactiveai.openai.model.ListCertificatesResponse;
import dev.reactiveai.openai.model.ModifyCertificateRequest;
import dev.reactiveai.openai.model.OrganizationCertificatesListParams;
import dev.reactiveai.openai.model.OrganizationCertificatesRetrieveParams;
import dev.reactiveai.openai.model.UploadCertificateRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/certificates} operations of the OpenAI API.
 */
public final class OrganizationCertificatesService {

	private final OpenAiTransport transport;

	private final OrganizationCertificatesActivateService activate;

	private final OrganizationCertificatesDeactivateService deactivate;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationCertificatesService(OpenAiTransport transport) {
		this.transport = transport;
		this.activate = new OrganizationCertificatesActivateService(transport);
		this.deactivate = new OrganizationCertificatesDeactivateService(transport);
	}

	/**
	 * The {@code /organization/certificates/activate} operations.
	 */
	public OrganizationCertificatesActivateService activate() {
		return this.activate;
	}

	/**
	 * The {@code /organization/certificates/deactivate} operations.
	 */
	public OrganizationCertificatesDeactivateService deactivate() {
		return this.deactivate;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationCertificatesService withOptions(RequestOptions options) {
		return new OrganizationCertificatesService(this.transport.withOptions(options));
	}

	/**
	 * List uploaded certificates for this organization. One page.
	 * @param params the query parameters
	 */
	public Mono<ListCertificatesResponse> listPage(OrganizationCertificatesListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List uploaded certificates for this organization. Pages are fetched as the items
	 * are consumed.
	 * @param params the query parameters
	 */
	public Flux<Certificate> list(OrganizationCertificatesListParams params) {
		return Pagination.items("GET /organization/certificates", params.after(),
				(cursor) -> listPage(params.toBuilder().after(cursor).build()).map((page) -> new Page<>(page.data(),
						Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List uploaded certificates for this organization. With default query parameters.
	 */
	public Flux<Certificate> list() {
		return list(OrganizationCertificatesListParams.builder().build());
	}

	/**
	 * Upload a certificate to the organization. This does **not** automatically activate
	 * the certificate.
	 *
	 * Organizations can upload up to 50 certificates.
	 * @param request the request body
	 */
	public Mono<Certificate> create(UploadCertificateRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Get a certificate that has been uploaded to the organization.
	 *
	 * You can get a certificate regardless of whether it is active or not.
	 * @param certificateId the {@code certificateId}
	 * @param params the query parameters
	 */
	public Mono<Certificate> retrieve(String certificateId, OrganizationCertificatesRetrieveParams params) {
		return this.withRawResponse.retrieve(certificateId, params).map(ApiResponse::body);
	}

	/**
	 * Get a certificate that has been uploaded to the organization.
	 *
	 * You can get a certificate regardless of whether it is active or not. With default
	 * query parameters.
	 * @param certificateId the {@code certificateId}
	 */
	public Mono<Certificate> retrieve(String certificateId) {
		return retrieve(certificateId, OrganizationCertificatesRetrieveParams.builder().build());
	}

	/**
	 * Modify a certificate. Note that only the name can be modified.
	 * @param certificateId the {@code certificateId}
	 * @param request the request body
	 */
	public Mono<Certificate> update(String certificateId, ModifyCertificateRequest request) {
		return this.withRawResponse.update(certificateId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a certificate from the organization.
	 *
	 * The certificate must be inactive for the organization and all projects.
	 * @param certificateId the {@code certificateId}
	 */
	public Mono<DeleteCertificateResponse> delete(String certificateId) {
		return this.withRawResponse.delete(certificateId).map(ApiResponse::body);
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
		 * List uploaded certificates for this organization.
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> list(OrganizationCertificatesListParams params) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/certificates")
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), ListCertificatesResponse.class);
		}

		/**
		 * Upload a certificate to the organization. This does **not** automatically
		 * activate the certificate.
		 *
		 * Organizations can upload up to 50 certificates.
		 * @param request the request body
		 */
		public Mono<ApiResponse<Certificate>> create(UploadCertificateRequest request) {
			return OrganizationCertificatesService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/organization/certificates").json(request).build(),
					Certificate.class);
		}

		/**
		 * Get a certificate that has been uploaded to the organization.
		 *
		 * You can get a certificate regardless of whether it is active or not.
		 * @param certificateId the {@code certificateId}
		 * @param params the query parameters
		 */
		public Mono<ApiResponse<Certificate>> retrieve(String certificateId,
				OrganizationCertificatesRetrieveParams params) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/certificates/{certificate_id}", certificateId)
					.query("include", params.include())
					.build(), Certificate.class);
		}

		/**
		 * Modify a certificate. Note that only the name can be modified.
		 * @param certificateId the {@code certificateId}
		 * @param request the request body
		 */
		public Mono<ApiResponse<Certificate>> update(String certificateId, ModifyCertificateRequest request) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/certificates/{certificate_id}", certificateId)
					.json(request)
					.build(), Certificate.class);
		}

		/**
		 * Delete a certificate from the organization.
		 *
		 * The certificate must be inactive for the organization and all projects.
		 * @param certificateId the {@code certificateId}
		 */
		public Mono<ApiResponse<DeleteCertificateResponse>> delete(String certificateId) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/organization/certificates/{certificate_id}", certificateId)
					.build(), DeleteCertificateResponse.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.Certificate;
import dev.reactiveai.openai.types.DeleteCertificateResponse;
import dev.reactiveai.openai.types.ListCertificatesResponse;
import dev.reactiveai.openai.types.ModifyCertificateRequest;
import dev.reactiveai.openai.types.OrganizationCertificatesListParams;
import dev.reactiveai.openai.types.OrganizationCertificatesRetrieveParams;
import dev.reactiveai.openai.types.ToggleCertificatesRequest;
import dev.reactiveai.openai.types.UploadCertificateRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/certificates} operations of the OpenAI API.
 */
public final class OrganizationCertificatesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationCertificatesService(OpenAiTransport transport) {
		this.transport = transport;
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
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link ListCertificatesResponse} the API answers
	 * with
	 */
	public Mono<ListCertificatesResponse> listPage(OrganizationCertificatesListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List uploaded certificates for this organization. Pages are fetched as the items
	 * are consumed.
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link Certificate} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Certificate> list(OrganizationCertificatesListParams params) {
		return Pagination.items("GET /organization/certificates", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List uploaded certificates for this organization. With default query parameters.
	 * @return every {@link Certificate} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Certificate> list() {
		return list(OrganizationCertificatesListParams.builder().build());
	}

	/**
	 * Upload a certificate to the organization. This does <strong>not</strong>
	 * automatically activate the certificate.
	 * <p>
	 * Organizations can upload up to 50 certificates.
	 * @param request the certificate upload payload
	 * @return the {@link Certificate} the API answers with
	 */
	public Mono<Certificate> create(UploadCertificateRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Get a certificate that has been uploaded to the organization.
	 * <p>
	 * You can get a certificate regardless of whether it is active or not.
	 * @param certificateId unique ID of the certificate to retrieve
	 * @param params the query parameters ({@code include}), all optional
	 * @return the {@link Certificate} the API answers with
	 */
	public Mono<Certificate> retrieve(String certificateId, OrganizationCertificatesRetrieveParams params) {
		return this.withRawResponse.retrieve(certificateId, params).map(ApiResponse::body);
	}

	/**
	 * Get a certificate that has been uploaded to the organization.
	 * <p>
	 * You can get a certificate regardless of whether it is active or not.
	 * <p>
	 * With default query parameters.
	 * @param certificateId unique ID of the certificate to retrieve
	 * @return the {@link Certificate} the API answers with
	 */
	public Mono<Certificate> retrieve(String certificateId) {
		return retrieve(certificateId, OrganizationCertificatesRetrieveParams.builder().build());
	}

	/**
	 * Modify a certificate. Note that only the name can be modified.
	 * @param certificateId unique ID of the certificate to modify
	 * @param request the certificate modification payload
	 * @return the {@link Certificate} the API answers with
	 */
	public Mono<Certificate> update(String certificateId, ModifyCertificateRequest request) {
		return this.withRawResponse.update(certificateId, request).map(ApiResponse::body);
	}

	/**
	 * Delete a certificate from the organization.
	 * <p>
	 * The certificate must be inactive for the organization and all projects.
	 * @param certificateId unique ID of the certificate to delete
	 * @return the {@link DeleteCertificateResponse} the API answers with
	 */
	public Mono<DeleteCertificateResponse> delete(String certificateId) {
		return this.withRawResponse.delete(certificateId).map(ApiResponse::body);
	}

	/**
	 * Activate certificates at the organization level.
	 * <p>
	 * You can atomically and idempotently activate up to 10 certificates at a time.
	 * @param request the certificate activation payload
	 * @return the {@link ListCertificatesResponse} the API answers with
	 */
	public Mono<ListCertificatesResponse> activate(ToggleCertificatesRequest request) {
		return this.withRawResponse.activate(request).map(ApiResponse::body);
	}

	/**
	 * Deactivate certificates at the organization level.
	 * <p>
	 * You can atomically and idempotently deactivate up to 10 certificates at a time.
	 * @param request the certificate deactivation payload
	 * @return the {@link ListCertificatesResponse} the API answers with
	 */
	public Mono<ListCertificatesResponse> deactivate(ToggleCertificatesRequest request) {
		return this.withRawResponse.deactivate(request).map(ApiResponse::body);
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
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link ListCertificatesResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> list(OrganizationCertificatesListParams params) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/certificates")
					.operation("listOrganizationCertificates")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), ListCertificatesResponse.class);
		}

		/**
		 * Upload a certificate to the organization. This does <strong>not</strong>
		 * automatically activate the certificate.
		 * <p>
		 * Organizations can upload up to 50 certificates.
		 * @param request the certificate upload payload
		 * @return the status, the headers and the {@link Certificate} the API answers
		 * with
		 */
		public Mono<ApiResponse<Certificate>> create(UploadCertificateRequest request) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/certificates")
					.operation("uploadCertificate")
					.adminKey()
					.json(request)
					.build(), Certificate.class);
		}

		/**
		 * Get a certificate that has been uploaded to the organization.
		 * <p>
		 * You can get a certificate regardless of whether it is active or not.
		 * @param certificateId unique ID of the certificate to retrieve
		 * @param params the query parameters ({@code include}), all optional
		 * @return the status, the headers and the {@link Certificate} the API answers
		 * with
		 */
		public Mono<ApiResponse<Certificate>> retrieve(String certificateId,
				OrganizationCertificatesRetrieveParams params) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/certificates/{certificate_id}", certificateId)
					.operation("getCertificate")
					.adminKey()
					.query("include", params.include())
					.build(), Certificate.class);
		}

		/**
		 * Modify a certificate. Note that only the name can be modified.
		 * @param certificateId unique ID of the certificate to modify
		 * @param request the certificate modification payload
		 * @return the status, the headers and the {@link Certificate} the API answers
		 * with
		 */
		public Mono<ApiResponse<Certificate>> update(String certificateId, ModifyCertificateRequest request) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/certificates/{certificate_id}", certificateId)
					.operation("modifyCertificate")
					.adminKey()
					.json(request)
					.build(), Certificate.class);
		}

		/**
		 * Delete a certificate from the organization.
		 * <p>
		 * The certificate must be inactive for the organization and all projects.
		 * @param certificateId unique ID of the certificate to delete
		 * @return the status, the headers and the {@link DeleteCertificateResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<DeleteCertificateResponse>> delete(String certificateId) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/organization/certificates/{certificate_id}", certificateId)
					.operation("deleteCertificate")
					.adminKey()
					.build(), DeleteCertificateResponse.class);
		}

		/**
		 * Activate certificates at the organization level.
		 * <p>
		 * You can atomically and idempotently activate up to 10 certificates at a time.
		 * @param request the certificate activation payload
		 * @return the status, the headers and the {@link ListCertificatesResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> activate(ToggleCertificatesRequest request) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/certificates/activate")
					.operation("activateOrganizationCertificates")
					.adminKey()
					.json(request)
					.build(), ListCertificatesResponse.class);
		}

		/**
		 * Deactivate certificates at the organization level.
		 * <p>
		 * You can atomically and idempotently deactivate up to 10 certificates at a time.
		 * @param request the certificate deactivation payload
		 * @return the status, the headers and the {@link ListCertificatesResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> deactivate(ToggleCertificatesRequest request) {
			return OrganizationCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/certificates/deactivate")
					.operation("deactivateOrganizationCertificates")
					.adminKey()
					.json(request)
					.build(), ListCertificatesResponse.class);
		}

	}

}

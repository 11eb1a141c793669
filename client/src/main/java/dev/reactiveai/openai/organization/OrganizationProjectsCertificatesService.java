// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.Certificate;
import dev.reactiveai.openai.types.ListCertificatesResponse;
import dev.reactiveai.openai.types.OrganizationProjectsCertificatesListParams;
import dev.reactiveai.openai.types.ToggleCertificatesRequest;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/projects/{project_id}/certificates} operations of the OpenAI
 * API.
 */
public final class OrganizationProjectsCertificatesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsCertificatesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsCertificatesService withOptions(RequestOptions options) {
		return new OrganizationProjectsCertificatesService(this.transport.withOptions(options));
	}

	/**
	 * List certificates for this project. One page.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return one page of the list: the {@link ListCertificatesResponse} the API answers
	 * with
	 */
	public Mono<ListCertificatesResponse> listPage(String projectId,
			OrganizationProjectsCertificatesListParams params) {
		return this.withRawResponse.list(projectId, params).map(ApiResponse::body);
	}

	/**
	 * List certificates for this project. Pages are fetched as the items are consumed.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}, {@code order}),
	 * all optional
	 * @return every {@link Certificate} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Certificate> list(String projectId, OrganizationProjectsCertificatesListParams params) {
		return Pagination.items("GET /organization/projects/{project_id}/certificates", params.after(),
				(cursor) -> listPage(projectId, params.toBuilder().after(cursor).build()).map((page) -> Page
					.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List certificates for this project. With default query parameters.
	 * @param projectId the ID of the project
	 * @return every {@link Certificate} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Certificate> list(String projectId) {
		return list(projectId, OrganizationProjectsCertificatesListParams.builder().build());
	}

	/**
	 * Activate certificates at the project level.
	 * <p>
	 * You can atomically and idempotently activate up to 10 certificates at a time.
	 * @param projectId the ID of the project
	 * @param request the certificate activation payload
	 * @return the {@link ListCertificatesResponse} the API answers with
	 */
	public Mono<ListCertificatesResponse> activate(String projectId, ToggleCertificatesRequest request) {
		return this.withRawResponse.activate(projectId, request).map(ApiResponse::body);
	}

	/**
	 * Deactivate certificates at the project level. You can atomically and idempotently
	 * deactivate up to 10 certificates at a time.
	 * @param projectId the ID of the project
	 * @param request the certificate deactivation payload
	 * @return the {@link ListCertificatesResponse} the API answers with
	 */
	public Mono<ListCertificatesResponse> deactivate(String projectId, ToggleCertificatesRequest request) {
		return this.withRawResponse.deactivate(projectId, request).map(ApiResponse::body);
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
		 * List certificates for this project.
		 * @param projectId the ID of the project
		 * @param params the query parameters ({@code limit}, {@code after},
		 * {@code order}), all optional
		 * @return the status, the headers and the {@link ListCertificatesResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> list(String projectId,
				OrganizationProjectsCertificatesListParams params) {
			return OrganizationProjectsCertificatesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/projects/{project_id}/certificates", projectId)
					.operation("listProjectCertificates")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.query("order", params.order())
					.build(), ListCertificatesResponse.class);
		}

		/**
		 * Activate certificates at the project level.
		 * <p>
		 * You can atomically and idempotently activate up to 10 certificates at a time.
		 * @param projectId the ID of the project
		 * @param request the certificate activation payload
		 * @return the status, the headers and the {@link ListCertificatesResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> activate(String projectId,
				ToggleCertificatesRequest request) {
			return OrganizationProjectsCertificatesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/organization/projects/{project_id}/certificates/activate", projectId)
				.operation("activateProjectCertificates")
				.adminKey()
				.json(request)
				.build(), ListCertificatesResponse.class);
		}

		/**
		 * Deactivate certificates at the project level. You can atomically and
		 * idempotently deactivate up to 10 certificates at a time.
		 * @param projectId the ID of the project
		 * @param request the certificate deactivation payload
		 * @return the status, the headers and the {@link ListCertificatesResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ListCertificatesResponse>> deactivate(String projectId,
				ToggleCertificatesRequest request) {
			return OrganizationProjectsCertificatesService.this.transport.exchange(ApiRequest
				.of(HttpMethod.POST, "/organization/projects/{project_id}/certificates/deactivate", projectId)
				.operation("deactivateProjectCertificates")
				.adminKey()
				.json(request)
				.build(), ListCertificatesResponse.class);
		}

	}

}

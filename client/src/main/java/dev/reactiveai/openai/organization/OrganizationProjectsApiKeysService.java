// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.OrganizationProjectsApiKeysListParams;
import dev.reactiveai.openai.types.ProjectApiKey;
import dev.reactiveai.openai.types.ProjectApiKeyDeleteResponse;
import dev.reactiveai.openai.types.ProjectApiKeyListResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/projects/{project_id}/api_keys} operations of the OpenAI API.
 */
public final class OrganizationProjectsApiKeysService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationProjectsApiKeysService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationProjectsApiKeysService withOptions(RequestOptions options) {
		return new OrganizationProjectsApiKeysService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of API keys in the project. One page.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}), all optional
	 * @return one page of the list: the {@link ProjectApiKeyListResponse} the API answers
	 * with
	 */
	public Mono<ProjectApiKeyListResponse> listPage(String projectId, OrganizationProjectsApiKeysListParams params) {
		return this.withRawResponse.list(projectId, params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of API keys in the project. Pages are fetched as the items are
	 * consumed.
	 * @param projectId the ID of the project
	 * @param params the query parameters ({@code limit}, {@code after}), all optional
	 * @return every {@link ProjectApiKey} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ProjectApiKey> list(String projectId, OrganizationProjectsApiKeysListParams params) {
		return Pagination.items("GET /organization/projects/{project_id}/api_keys", params.after(),
				(cursor) -> listPage(projectId, params.toBuilder().after(cursor).build()).map((page) -> Page
					.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of API keys in the project. With default query parameters.
	 * @param projectId the ID of the project
	 * @return every {@link ProjectApiKey} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<ProjectApiKey> list(String projectId) {
		return list(projectId, OrganizationProjectsApiKeysListParams.builder().build());
	}

	/**
	 * Retrieves an API key in the project.
	 * @param projectId the ID of the project
	 * @param keyId the ID of the API key
	 * @return the {@link ProjectApiKey} the API answers with
	 */
	public Mono<ProjectApiKey> retrieve(String projectId, String keyId) {
		return this.withRawResponse.retrieve(projectId, keyId).map(ApiResponse::body);
	}

	/**
	 * Deletes an API key from the project.
	 * <p>
	 * Returns confirmation of the key deletion, or an error if the key belonged to a
	 * service account.
	 * @param projectId the ID of the project
	 * @param keyId the ID of the API key
	 * @return the {@link ProjectApiKeyDeleteResponse} the API answers with
	 */
	public Mono<ProjectApiKeyDeleteResponse> delete(String projectId, String keyId) {
		return this.withRawResponse.delete(projectId, keyId).map(ApiResponse::body);
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
		 * Returns a list of API keys in the project.
		 * @param projectId the ID of the project
		 * @param params the query parameters ({@code limit}, {@code after}), all optional
		 * @return the status, the headers and the {@link ProjectApiKeyListResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ProjectApiKeyListResponse>> list(String projectId,
				OrganizationProjectsApiKeysListParams params) {
			return OrganizationProjectsApiKeysService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/projects/{project_id}/api_keys", projectId)
					.operation("list-project-api-keys")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.build(), ProjectApiKeyListResponse.class);
		}

		/**
		 * Retrieves an API key in the project.
		 * @param projectId the ID of the project
		 * @param keyId the ID of the API key
		 * @return the status, the headers and the {@link ProjectApiKey} the API answers
		 * with
		 */
		public Mono<ApiResponse<ProjectApiKey>> retrieve(String projectId, String keyId) {
			return OrganizationProjectsApiKeysService.this.transport.exchange(ApiRequest
				.of(HttpMethod.GET, "/organization/projects/{project_id}/api_keys/{key_id}", projectId, keyId)
				.operation("retrieve-project-api-key")
				.adminKey()
				.build(), ProjectApiKey.class);
		}

		/**
		 * Deletes an API key from the project.
		 * <p>
		 * Returns confirmation of the key deletion, or an error if the key belonged to a
		 * service account.
		 * @param projectId the ID of the project
		 * @param keyId the ID of the API key
		 * @return the status, the headers and the {@link ProjectApiKeyDeleteResponse} the
		 * API answers with
		 */
		public Mono<ApiResponse<ProjectApiKeyDeleteResponse>> delete(String projectId, String keyId) {
			return OrganizationProjectsApiKeysService.this.transport.exchange(ApiRequest
				.of(HttpMethod.DELETE, "/organization/projects/{project_id}/api_keys/{key_id}", projectId, keyId)
				.operation("delete-project-api-key")
				.adminKey()
				.build(), ProjectApiKeyDeleteResponse.class);
		}

	}

}

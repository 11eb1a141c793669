// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.AdminApiKey;
import dev.reactiveai.openai.types.ApiKeyList;
import dev.reactiveai.openai.types.OrganizationAdminApiKeysCreateRequest;
import dev.reactiveai.openai.types.OrganizationAdminApiKeysDeleteResponse;
import dev.reactiveai.openai.types.OrganizationAdminApiKeysListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/admin_api_keys} operations of the OpenAI API.
 */
public final class OrganizationAdminApiKeysService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationAdminApiKeysService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationAdminApiKeysService withOptions(RequestOptions options) {
		return new OrganizationAdminApiKeysService(this.transport.withOptions(options));
	}

	/**
	 * List organization API keys One page.
	 * @param params the query parameters ({@code after}, {@code order}, {@code limit}),
	 * all optional
	 * @return one page of the list: the {@link ApiKeyList} the API answers with
	 */
	public Mono<ApiKeyList> listPage(OrganizationAdminApiKeysListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List organization API keys Pages are fetched as the items are consumed.
	 * @param params the query parameters ({@code after}, {@code order}, {@code limit}),
	 * all optional
	 * @return every {@link AdminApiKey} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<AdminApiKey> list(OrganizationAdminApiKeysListParams params) {
		return Pagination.items("GET /organization/admin_api_keys", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List organization API keys With default query parameters.
	 * @return every {@link AdminApiKey} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<AdminApiKey> list() {
		return list(OrganizationAdminApiKeysListParams.builder().build());
	}

	/**
	 * Create an organization admin API key
	 * @param request the {@link OrganizationAdminApiKeysCreateRequest} describing what to
	 * create
	 * @return the {@link AdminApiKey} the API answers with
	 */
	public Mono<AdminApiKey> create(OrganizationAdminApiKeysCreateRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieve a single organization API key
	 * @param keyId the ID of the key
	 * @return the {@link AdminApiKey} the API answers with
	 */
	public Mono<AdminApiKey> retrieve(String keyId) {
		return this.withRawResponse.retrieve(keyId).map(ApiResponse::body);
	}

	/**
	 * Delete an organization admin API key
	 * @param keyId the ID of the key
	 * @return the {@link OrganizationAdminApiKeysDeleteResponse} the API answers with
	 */
	public Mono<OrganizationAdminApiKeysDeleteResponse> delete(String keyId) {
		return this.withRawResponse.delete(keyId).map(ApiResponse::body);
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
		 * List organization API keys
		 * @param params the query parameters ({@code after}, {@code order},
		 * {@code limit}), all optional
		 * @return the status, the headers and the {@link ApiKeyList} the API answers with
		 */
		public Mono<ApiResponse<ApiKeyList>> list(OrganizationAdminApiKeysListParams params) {
			return OrganizationAdminApiKeysService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/admin_api_keys")
					.operation("admin-api-keys-list")
					.adminKey()
					.query("after", params.after())
					.query("order", params.order())
					.query("limit", params.limit())
					.build(), ApiKeyList.class);
		}

		/**
		 * Create an organization admin API key
		 * @param request the {@link OrganizationAdminApiKeysCreateRequest} describing
		 * what to create
		 * @return the status, the headers and the {@link AdminApiKey} the API answers
		 * with
		 */
		public Mono<ApiResponse<AdminApiKey>> create(OrganizationAdminApiKeysCreateRequest request) {
			return OrganizationAdminApiKeysService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/admin_api_keys")
					.operation("admin-api-keys-create")
					.adminKey()
					.json(request)
					.build(), AdminApiKey.class);
		}

		/**
		 * Retrieve a single organization API key
		 * @param keyId the ID of the key
		 * @return the status, the headers and the {@link AdminApiKey} the API answers
		 * with
		 */
		public Mono<ApiResponse<AdminApiKey>> retrieve(String keyId) {
			return OrganizationAdminApiKeysService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/admin_api_keys/{key_id}", keyId)
					.operation("admin-api-keys-get")
					.adminKey()
					.build(), AdminApiKey.class);
		}

		/**
		 * Delete an organization admin API key
		 * @param keyId the ID of the key
		 * @return the status, the headers and the
		 * {@link OrganizationAdminApiKeysDeleteResponse} the API answers with
		 */
		public Mono<ApiResponse<OrganizationAdminApiKeysDeleteResponse>> delete(String keyId) {
			return OrganizationAdminApiKeysService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/organization/admin_api_keys/{key_id}", keyId)
					.operation("admin-api-keys-delete")
					.adminKey()
					.build(), OrganizationAdminApiKeysDeleteResponse.class);
		}

	}

}

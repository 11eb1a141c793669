// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.AuditLog;
import dev.reactiveai.openai.types.ListAuditLogsResponse;
import dev.reactiveai.openai.types.OrganizationAuditLogsListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/audit_logs} operations of the OpenAI API.
 */
public final class OrganizationAuditLogsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationAuditLogsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationAuditLogsService withOptions(RequestOptions options) {
		return new OrganizationAuditLogsService(this.transport.withOptions(options));
	}

	/**
	 * List user actions and configuration changes within this organization. One page.
	 * @param params the query parameters ({@code effective_at}, {@code project_ids[]},
	 * {@code event_types[]}, {@code actor_ids[]}, {@code actor_emails[]},
	 * {@code resource_ids[]}, {@code limit}, {@code after}, {@code before}), all optional
	 * @return one page of the list: the {@link ListAuditLogsResponse} the API answers
	 * with
	 */
	public Mono<ListAuditLogsResponse> listPage(OrganizationAuditLogsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * List user actions and configuration changes within this organization. Pages are
	 * fetched as the items are consumed.
	 * @param params the query parameters ({@code effective_at}, {@code project_ids[]},
	 * {@code event_types[]}, {@code actor_ids[]}, {@code actor_emails[]},
	 * {@code resource_ids[]}, {@code limit}, {@code after}, {@code before}), all optional
	 * @return every {@link AuditLog} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<AuditLog> list(OrganizationAuditLogsListParams params) {
		return Pagination.items("GET /organization/audit_logs", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * List user actions and configuration changes within this organization. With default
	 * query parameters.
	 * @return every {@link AuditLog} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<AuditLog> list() {
		return list(OrganizationAuditLogsListParams.builder().build());
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
		 * List user actions and configuration changes within this organization.
		 * @param params the query parameters ({@code effective_at},
		 * {@code project_ids[]}, {@code event_types[]}, {@code actor_ids[]},
		 * {@code actor_emails[]}, {@code resource_ids[]}, {@code limit}, {@code after},
		 * {@code before}), all optional
		 * @return the status, the headers and the {@link ListAuditLogsResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ListAuditLogsResponse>> list(OrganizationAuditLogsListParams params) {
			return OrganizationAuditLogsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/audit_logs")
					.operation("list-audit-logs")
					.adminKey()
					.query("effective_at", params.effectiveAt())
					.query("project_ids[]", params.projectIds())
					.query("event_types[]", params.eventTypes())
					.query("actor_ids[]", params.actorIds())
					.query("actor_emails[]", params.actorEmails())
					.query("resource_ids[]", params.resourceIds())
					.query("limit", params.limit())
					.query("after", params.after())
					.query("before", params.before())
					.build(), ListAuditLogsResponse.class);
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.organization;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.Invite;
import dev.reactiveai.openai.types.InviteDeleteResponse;
import dev.reactiveai.openai.types.InviteListResponse;
import dev.reactiveai.openai.types.InviteRequest;
import dev.reactiveai.openai.types.OrganizationInvitesListParams;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /organization/invites} operations of the OpenAI API.
 */
public final class OrganizationInvitesService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public OrganizationInvitesService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public OrganizationInvitesService withOptions(RequestOptions options) {
		return new OrganizationInvitesService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of invites in the organization. One page.
	 * @param params the query parameters ({@code limit}, {@code after}), all optional
	 * @return one page of the list: the {@link InviteListResponse} the API answers with
	 */
	public Mono<InviteListResponse> listPage(OrganizationInvitesListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of invites in the organization. Pages are fetched as the items are
	 * consumed.
	 * @param params the query parameters ({@code limit}, {@code after}), all optional
	 * @return every {@link Invite} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Invite> list(OrganizationInvitesListParams params) {
		return Pagination.items("GET /organization/invites", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of invites in the organization. With default query parameters.
	 * @return every {@link Invite} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<Invite> list() {
		return list(OrganizationInvitesListParams.builder().build());
	}

	/**
	 * Create an invite for a user to the organization. The invite must be accepted by the
	 * user before they have access to the organization.
	 * @param request the invite request payload
	 * @return the {@link Invite} the API answers with
	 */
	public Mono<Invite> create(InviteRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieves an invite.
	 * @param inviteId the ID of the invite to retrieve
	 * @return the {@link Invite} the API answers with
	 */
	public Mono<Invite> retrieve(String inviteId) {
		return this.withRawResponse.retrieve(inviteId).map(ApiResponse::body);
	}

	/**
	 * Delete an invite. If the invite has already been accepted, it cannot be deleted.
	 * @param inviteId the ID of the invite to delete
	 * @return the {@link InviteDeleteResponse} the API answers with
	 */
	public Mono<InviteDeleteResponse> delete(String inviteId) {
		return this.withRawResponse.delete(inviteId).map(ApiResponse::body);
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
		 * Returns a list of invites in the organization.
		 * @param params the query parameters ({@code limit}, {@code after}), all optional
		 * @return the status, the headers and the {@link InviteListResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<InviteListResponse>> list(OrganizationInvitesListParams params) {
			return OrganizationInvitesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/invites")
					.operation("list-invites")
					.adminKey()
					.query("limit", params.limit())
					.query("after", params.after())
					.build(), InviteListResponse.class);
		}

		/**
		 * Create an invite for a user to the organization. The invite must be accepted by
		 * the user before they have access to the organization.
		 * @param request the invite request payload
		 * @return the status, the headers and the {@link Invite} the API answers with
		 */
		public Mono<ApiResponse<Invite>> create(InviteRequest request) {
			return OrganizationInvitesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/organization/invites")
					.operation("inviteUser")
					.adminKey()
					.json(request)
					.build(), Invite.class);
		}

		/**
		 * Retrieves an invite.
		 * @param inviteId the ID of the invite to retrieve
		 * @return the status, the headers and the {@link Invite} the API answers with
		 */
		public Mono<ApiResponse<Invite>> retrieve(String inviteId) {
			return OrganizationInvitesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/organization/invites/{invite_id}", inviteId)
					.operation("retrieve-invite")
					.adminKey()
					.build(), Invite.class);
		}

		/**
		 * Delete an invite. If the invite has already been accepted, it cannot be
		 * deleted.
		 * @param inviteId the ID of the invite to delete
		 * @return the status, the headers and the {@link InviteDeleteResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<InviteDeleteResponse>> delete(String inviteId) {
			return OrganizationInvitesService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/organization/invites/{invite_id}", inviteId)
					.operation("delete-invite")
					.adminKey()
					.build(), InviteDeleteResponse.class);
		}

	}

}

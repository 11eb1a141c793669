// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.audio;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.MultipartForm;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.types.AudioVoiceConsentsListParams;
import dev.reactiveai.openai.types.CreateVoiceConsentRequest;
import dev.reactiveai.openai.types.UpdateVoiceConsentRequest;
import dev.reactiveai.openai.types.VoiceConsent;
import dev.reactiveai.openai.types.VoiceConsentDeletedResource;
import dev.reactiveai.openai.types.VoiceConsentList;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code /audio/voice_consents} operations of the OpenAI API.
 */
public final class AudioVoiceConsentsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public AudioVoiceConsentsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public AudioVoiceConsentsService withOptions(RequestOptions options) {
		return new AudioVoiceConsentsService(this.transport.withOptions(options));
	}

	/**
	 * Returns a list of voice consent recordings. One page.
	 * @param params the query parameters ({@code after}, {@code limit}), all optional
	 * @return one page of the list: the {@link VoiceConsentList} the API answers with
	 */
	public Mono<VoiceConsentList> listPage(AudioVoiceConsentsListParams params) {
		return this.withRawResponse.list(params).map(ApiResponse::body);
	}

	/**
	 * Returns a list of voice consent recordings. Pages are fetched as the items are
	 * consumed.
	 * @param params the query parameters ({@code after}, {@code limit}), all optional
	 * @return every {@link VoiceConsent} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<VoiceConsent> list(AudioVoiceConsentsListParams params) {
		return Pagination.items("GET /audio/voice_consents", params.after(), (cursor) -> listPage(
				params.toBuilder().after(cursor).build())
			.map((page) -> Page.of(page.data(), Boolean.TRUE.equals(page.hasMore()), page.firstId(), page.lastId())));
	}

	/**
	 * Returns a list of voice consent recordings. With default query parameters.
	 * @return every {@link VoiceConsent} of the list, its pages fetched as the items are
	 * consumed
	 */
	public Flux<VoiceConsent> list() {
		return list(AudioVoiceConsentsListParams.builder().build());
	}

	/**
	 * Upload a voice consent recording.
	 * @param request the {@link CreateVoiceConsentRequest} describing what to create
	 * @return the {@link VoiceConsent} the API answers with
	 */
	public Mono<VoiceConsent> create(CreateVoiceConsentRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * Retrieves a voice consent recording.
	 * @param consentId the ID of the consent recording to retrieve
	 * @return the {@link VoiceConsent} the API answers with
	 */
	public Mono<VoiceConsent> retrieve(String consentId) {
		return this.withRawResponse.retrieve(consentId).map(ApiResponse::body);
	}

	/**
	 * Updates a voice consent recording (metadata only).
	 * @param consentId the ID of the consent recording to update
	 * @param request the {@link UpdateVoiceConsentRequest} with the changes to make
	 * @return the {@link VoiceConsent} the API answers with
	 */
	public Mono<VoiceConsent> update(String consentId, UpdateVoiceConsentRequest request) {
		return this.withRawResponse.update(consentId, request).map(ApiResponse::body);
	}

	/**
	 * Deletes a voice consent recording.
	 * @param consentId the ID of the consent recording to delete
	 * @return the {@link VoiceConsentDeletedResource} the API answers with
	 */
	public Mono<VoiceConsentDeletedResource> delete(String consentId) {
		return this.withRawResponse.delete(consentId).map(ApiResponse::body);
	}

	/**
	 * Add the parts of a {@link CreateVoiceConsentRequest} to a form, named as the API
	 * names them.
	 * @param form the form
	 * @param request the request
	 */
	private static void writeParts(MultipartForm form, CreateVoiceConsentRequest request) {
		form.field("name", request.name());
		form.file("recording", request.recording());
		form.field("language", request.language());
		form.fields(request.additionalProperties());
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
		 * Returns a list of voice consent recordings.
		 * @param params the query parameters ({@code after}, {@code limit}), all optional
		 * @return the status, the headers and the {@link VoiceConsentList} the API
		 * answers with
		 */
		public Mono<ApiResponse<VoiceConsentList>> list(AudioVoiceConsentsListParams params) {
			return AudioVoiceConsentsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/audio/voice_consents")
					.operation("listVoiceConsents")
					.query("after", params.after())
					.query("limit", params.limit())
					.build(), VoiceConsentList.class);
		}

		/**
		 * Upload a voice consent recording.
		 * @param request the {@link CreateVoiceConsentRequest} describing what to create
		 * @return the status, the headers and the {@link VoiceConsent} the API answers
		 * with
		 */
		public Mono<ApiResponse<VoiceConsent>> create(CreateVoiceConsentRequest request) {
			return AudioVoiceConsentsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/audio/voice_consents")
					.operation("createVoiceConsent")
					.multipart((form) -> writeParts(form, request))
					.build(), VoiceConsent.class);
		}

		/**
		 * Retrieves a voice consent recording.
		 * @param consentId the ID of the consent recording to retrieve
		 * @return the status, the headers and the {@link VoiceConsent} the API answers
		 * with
		 */
		public Mono<ApiResponse<VoiceConsent>> retrieve(String consentId) {
			return AudioVoiceConsentsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.GET, "/audio/voice_consents/{consent_id}", consentId)
					.operation("getVoiceConsent")
					.build(), VoiceConsent.class);
		}

		/**
		 * Updates a voice consent recording (metadata only).
		 * @param consentId the ID of the consent recording to update
		 * @param request the {@link UpdateVoiceConsentRequest} with the changes to make
		 * @return the status, the headers and the {@link VoiceConsent} the API answers
		 * with
		 */
		public Mono<ApiResponse<VoiceConsent>> update(String consentId, UpdateVoiceConsentRequest request) {
			return AudioVoiceConsentsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/audio/voice_consents/{consent_id}", consentId)
					.operation("updateVoiceConsent")
					.json(request)
					.build(), VoiceConsent.class);
		}

		/**
		 * Deletes a voice consent recording.
		 * @param consentId the ID of the consent recording to delete
		 * @return the status, the headers and the {@link VoiceConsentDeletedResource} the
		 * API answers with
		 */
		public Mono<ApiResponse<VoiceConsentDeletedResource>> delete(String consentId) {
			return AudioVoiceConsentsService.this.transport
				.exchange(ApiRequest.of(HttpMethod.DELETE, "/audio/voice_consents/{consent_id}", consentId)
					.operation("deleteVoiceConsent")
					.build(), VoiceConsentDeletedResource.class);
		}

	}

}

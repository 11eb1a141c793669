// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.moderations;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CreateModerationRequest;
import dev.reactiveai.openai.types.Moderation;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /moderations} operations of the OpenAI API.
 */
public final class ModerationsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public ModerationsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public ModerationsService withOptions(RequestOptions options) {
		return new ModerationsService(this.transport.withOptions(options));
	}

	/**
	 * Classifies if text and/or image inputs are potentially harmful. Learn more in the
	 * <a href="https://platform.openai.com/docs/guides/moderation">moderation guide</a>.
	 * @param request the {@link CreateModerationRequest} describing what to create
	 * @return the {@link Moderation} the API answers with
	 */
	public Mono<Moderation> create(CreateModerationRequest request) {
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
		 * Classifies if text and/or image inputs are potentially harmful. Learn more in
		 * the <a href="https://platform.openai.com/docs/guides/moderation">moderation
		 * guide</a>.
		 * @param request the {@link CreateModerationRequest} describing what to create
		 * @return the status, the headers and the {@link Moderation} the API answers with
		 */
		public Mono<ApiResponse<Moderation>> create(CreateModerationRequest request) {
			return ModerationsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/moderations").operation("createModeration").json(request).build(),
					Moderation.class);
		}

	}

}

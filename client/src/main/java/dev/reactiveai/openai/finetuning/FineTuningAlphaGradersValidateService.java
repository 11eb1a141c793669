// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.ValidateGraderRequest;
import dev.reactiveai.openai.model.ValidateGraderResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /fine_tuning/alpha/graders/validate} operations of the OpenAI API.
 */
public final class FineTuningAlphaGradersValidateService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningAlphaGradersValidateService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningAlphaGradersValidateService withOptions(RequestOptions options) {
		return new FineTuningAlphaGradersValidateService(this.transport.withOptions(options));
	}

	/**
	 * Validate a grader.
	 * @param request the request body
	 */
	public Mono<ValidateGraderResponse> create(ValidateGraderRequest request) {
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
		 * Validate a grader.
		 * @param request the request body
		 */
		public Mono<ApiResponse<ValidateGraderResponse>> create(ValidateGraderRequest request) {
			return FineTuningAlphaGradersValidateService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/alpha/graders/validate").json(request).build(),
					ValidateGraderResponse.class);
		}

	}

}

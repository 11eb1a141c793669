// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.model.RunGraderRequest;
import dev.reactiveai.openai.model.RunGraderResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /fine_tuning/alpha/graders/run} operations of the OpenAI API.
 */
public final class FineTuningAlphaGradersRunService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningAlphaGradersRunService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningAlphaGradersRunService withOptions(RequestOptions options) {
		return new FineTuningAlphaGradersRunService(this.transport.withOptions(options));
	}

	/**
	 * Run a grader.
	 * @param request the request body
	 */
	public Mono<RunGraderResponse> create(RunGraderRequest request) {
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
		 * Run a grader.
		 * @param request the request body
		 */
		public Mono<ApiResponse<RunGraderResponse>> create(RunGraderRequest request) {
			return FineTuningAlphaGradersRunService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/fine_tuning/alpha/graders/run").json(request).build(),
					RunGraderResponse.class);
		}

	}

}

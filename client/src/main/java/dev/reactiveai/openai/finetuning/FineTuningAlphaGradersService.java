// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.RunGraderRequest;
import dev.reactiveai.openai.types.RunGraderResponse;
import dev.reactiveai.openai.types.ValidateGraderRequest;
import dev.reactiveai.openai.types.ValidateGraderResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /fine_tuning/alpha/graders} operations of the OpenAI API.
 */
public final class FineTuningAlphaGradersService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningAlphaGradersService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningAlphaGradersService withOptions(RequestOptions options) {
		return new FineTuningAlphaGradersService(this.transport.withOptions(options));
	}

	/**
	 * Run a grader.
	 * @param request the {@link RunGraderRequest} with the parameters of the call
	 * @return the {@link RunGraderResponse} the API answers with
	 */
	public Mono<RunGraderResponse> run(RunGraderRequest request) {
		return this.withRawResponse.run(request).map(ApiResponse::body);
	}

	/**
	 * Validate a grader.
	 * @param request the {@link ValidateGraderRequest} with the parameters of the call
	 * @return the {@link ValidateGraderResponse} the API answers with
	 */
	public Mono<ValidateGraderResponse> validate(ValidateGraderRequest request) {
		return this.withRawResponse.validate(request).map(ApiResponse::body);
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
		 * @param request the {@link RunGraderRequest} with the parameters of the call
		 * @return the status, the headers and the {@link RunGraderResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<RunGraderResponse>> run(RunGraderRequest request) {
			return FineTuningAlphaGradersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/fine_tuning/alpha/graders/run")
					.operation("runGrader")
					.json(request)
					.build(), RunGraderResponse.class);
		}

		/**
		 * Validate a grader.
		 * @param request the {@link ValidateGraderRequest} with the parameters of the
		 * call
		 * @return the status, the headers and the {@link ValidateGraderResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<ValidateGraderResponse>> validate(ValidateGraderRequest request) {
			return FineTuningAlphaGradersService.this.transport
				.exchange(ApiRequest.of(HttpMethod.POST, "/fine_tuning/alpha/graders/validate")
					.operation("validateGrader")
					.json(request)
					.build(), ValidateGraderResponse.class);
		}

	}

}

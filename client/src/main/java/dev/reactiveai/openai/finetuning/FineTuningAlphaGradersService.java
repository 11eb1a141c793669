// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;

/**
 * The {@code /fine_tuning/alpha/graders} operations of the OpenAI API.
 */
public final class FineTuningAlphaGradersService {

	private final OpenAiTransport transport;

	private final FineTuningAlphaGradersRunService run;

	private final FineTuningAlphaGradersValidateService validate;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningAlphaGradersService(OpenAiTransport transport) {
		this.transport = transport;
		this.run = new FineTuningAlphaGradersRunService(transport);
		this.validate = new FineTuningAlphaGradersValidateService(transport);
	}

	/**
	 * The {@code /fine_tuning/alpha/graders/run} operations.
	 */
	public FineTuningAlphaGradersRunService run() {
		return this.run;
	}

	/**
	 * The {@code /fine_tuning/alpha/graders/validate} operations.
	 */
	public FineTuningAlphaGradersValidateService validate() {
		return this.validate;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningAlphaGradersService withOptions(RequestOptions options) {
		return new FineTuningAlphaGradersService(this.transport.withOptions(options));
	}

}

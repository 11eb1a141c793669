// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /fine_tuning/alpha/graders} operations of the OpenAI API.
 */
public final class FineTuningAlphaService {

	private final OpenAiTransport transport;

	private final FineTuningAlphaGradersService graders;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningAlphaService(OpenAiTransport transport) {
		this.transport = transport;
		this.graders = new FineTuningAlphaGradersService(transport);
	}

	/**
	 * The {@code /fine_tuning/alpha/graders} operations.
	 * @return their service
	 */
	public FineTuningAlphaGradersService graders() {
		return this.graders;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningAlphaService withOptions(RequestOptions options) {
		return new FineTuningAlphaService(this.transport.withOptions(options));
	}

}

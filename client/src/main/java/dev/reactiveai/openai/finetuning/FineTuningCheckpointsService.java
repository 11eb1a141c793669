// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}
 * operations of the OpenAI API.
 */
public final class FineTuningCheckpointsService {

	private final OpenAiTransport transport;

	private final FineTuningCheckpointsPermissionsService permissions;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningCheckpointsService(OpenAiTransport transport) {
		this.transport = transport;
		this.permissions = new FineTuningCheckpointsPermissionsService(transport);
	}

	/**
	 * The {@code /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}
	 * operations.
	 * @return their service
	 */
	public FineTuningCheckpointsPermissionsService permissions() {
		return this.permissions;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningCheckpointsService withOptions(RequestOptions options) {
		return new FineTuningCheckpointsService(this.transport.withOptions(options));
	}

}

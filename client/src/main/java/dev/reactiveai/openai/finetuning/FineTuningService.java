// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.finetuning;

import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.OpenAiTransport;

/**
 * The {@code /fine_tuning} operations of the OpenAI API.
 */
public final class FineTuningService {

	private final OpenAiTransport transport;

	private final FineTuningAlphaService alpha;

	private final FineTuningCheckpointsService checkpoints;

	private final FineTuningJobsService jobs;

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public FineTuningService(OpenAiTransport transport) {
		this.transport = transport;
		this.alpha = new FineTuningAlphaService(transport);
		this.checkpoints = new FineTuningCheckpointsService(transport);
		this.jobs = new FineTuningJobsService(transport);
	}

	/**
	 * The {@code /fine_tuning/alpha/graders} operations.
	 * @return their service
	 */
	public FineTuningAlphaService alpha() {
		return this.alpha;
	}

	/**
	 * The {@code /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}
	 * operations.
	 * @return their service
	 */
	public FineTuningCheckpointsService checkpoints() {
		return this.checkpoints;
	}

	/**
	 * The {@code /fine_tuning/jobs} operations.
	 * @return their service
	 */
	public FineTuningJobsService jobs() {
		return this.jobs;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public FineTuningService withOptions(RequestOptions options) {
		return new FineTuningService(this.transport.withOptions(options));
	}

}

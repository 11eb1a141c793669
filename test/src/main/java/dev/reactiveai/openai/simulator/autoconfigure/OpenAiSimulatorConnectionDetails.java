package dev.reactiveai.openai.simulator.autoconfigure;

import dev.reactiveai.openai.autoconfigure.OpenAiConnectionDetails;
import dev.reactiveai.openai.simulator.OpenAiSimulator;

/**
 * Points every OpenAI client at the simulator, with a key it accepts.
 */
class OpenAiSimulatorConnectionDetails implements OpenAiConnectionDetails {

	/** The key the clients send to the simulator; it accepts any. */
	static final String API_KEY = "sk-simulator";

	private final OpenAiSimulator simulator;

	OpenAiSimulatorConnectionDetails(OpenAiSimulator simulator) {
		this.simulator = simulator;
	}

	@Override
	public String getBaseUrl() {
		return this.simulator.baseUrl();
	}

	@Override
	public String getApiKey() {
		return API_KEY;
	}

	@Override
	public String getAdminApiKey() {
		return API_KEY;
	}

}

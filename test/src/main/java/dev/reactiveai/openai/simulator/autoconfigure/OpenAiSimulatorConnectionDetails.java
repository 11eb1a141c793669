package dev.reactiveai.openai.simulator.autoconfigure;

import dev.reactiveai.openai.autoconfigure.OpenAiConnectionDetails;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.SimulatorMode;
import org.jspecify.annotations.Nullable;

/**
 * Points every OpenAI client at the simulator, with a key it accepts. In keyless mode it
 * gives no key, so that the clients authenticate as their properties say (a client with
 * {@code authentication: none} sends nothing). In Azure mode the base URL is the
 * simulated resource's endpoint, and the clients' Azure settings (deployment,
 * api-version, authentication) stay as the properties give them.
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
	public @Nullable String getApiKey() {
		return isKeyless() ? null : API_KEY;
	}

	@Override
	public @Nullable String getAdminApiKey() {
		return isKeyless() ? null : API_KEY;
	}

	private boolean isKeyless() {
		return this.simulator.mode() == SimulatorMode.KEYLESS;
	}

}

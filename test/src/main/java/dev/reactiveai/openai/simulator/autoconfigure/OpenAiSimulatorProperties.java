package dev.reactiveai.openai.simulator.autoconfigure;

import java.time.Duration;

import dev.reactiveai.openai.simulator.SimulatorMode;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the OpenAI simulator in development mode.
 */
@ConfigurationProperties("openai.simulator")
public class OpenAiSimulatorProperties {

	/**
	 * Whether to run the OpenAI simulator inside the application and point every OpenAI
	 * client at it, so that the application runs without a key or a network.
	 */
	private boolean enabled;

	/**
	 * Port the simulator listens on, on the loopback interface; 0 for a free one.
	 */
	private int port;

	/**
	 * Pace of streamed answers, in tokens (events) per second; 0 for as fast as possible.
	 */
	private int tokensPerSecond;

	/**
	 * Delay before each answer.
	 */
	private Duration latency = Duration.ZERO;

	/**
	 * Server the simulator plays: 'openai' (OpenAI's API), 'azure' (an Azure OpenAI
	 * resource: deployment paths, api-version, api-key header or Entra ID token, Azure's
	 * errors) or 'keyless' (a server that needs no key, as Ollama or vLLM).
	 */
	private SimulatorMode mode = SimulatorMode.OPENAI;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public int getTokensPerSecond() {
		return this.tokensPerSecond;
	}

	public void setTokensPerSecond(int tokensPerSecond) {
		this.tokensPerSecond = tokensPerSecond;
	}

	public SimulatorMode getMode() {
		return this.mode;
	}

	public void setMode(SimulatorMode mode) {
		this.mode = mode;
	}

	public Duration getLatency() {
		return this.latency;
	}

	public void setLatency(Duration latency) {
		this.latency = latency;
	}

}

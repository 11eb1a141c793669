package dev.reactiveai.openai.simulator.autoconfigure;

import java.time.Duration;

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

	public Duration getLatency() {
		return this.latency;
	}

	public void setLatency(Duration latency) {
		this.latency = latency;
	}

}

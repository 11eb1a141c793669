package dev.reactiveai.openai.simulator.autoconfigure;

import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.autoconfigure.OpenAiConnectionDetails;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Development mode: with {@code openai.simulator.enabled=true}, an
 * {@link OpenAiSimulator} runs inside the application and every OpenAI client calls it
 * instead of the API, so the application runs without a key, a network or a bill.
 */
@AutoConfiguration(before = OpenAiAutoConfiguration.class)
@ConditionalOnClass(OpenAiAutoConfiguration.class)
@ConditionalOnBooleanProperty("openai.simulator.enabled")
@EnableConfigurationProperties(OpenAiSimulatorProperties.class)
public final class OpenAiSimulatorAutoConfiguration {

	private static final Log logger = LogFactory.getLog(OpenAiSimulatorAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	OpenAiSimulator openAiSimulator(OpenAiSimulatorProperties properties) {
		OpenAiSimulator simulator = OpenAiSimulator.builder()
			.port(properties.getPort())
			.tokensPerSecond(properties.getTokensPerSecond())
			.latency(properties.getLatency())
			.mode(properties.getMode())
			.start();
		logger.info("OpenAI simulator listening on " + simulator.baseUrl() + " as "
				+ properties.getMode().name().toLowerCase(java.util.Locale.ROOT)
				+ ": every OpenAI client calls it, and no call leaves this machine (openai.simulator.enabled=true)");
		return simulator;
	}

	@Bean
	@ConditionalOnMissingBean(OpenAiConnectionDetails.class)
	OpenAiSimulatorConnectionDetails openAiSimulatorConnectionDetails(OpenAiSimulator simulator) {
		return new OpenAiSimulatorConnectionDetails(simulator);
	}

}

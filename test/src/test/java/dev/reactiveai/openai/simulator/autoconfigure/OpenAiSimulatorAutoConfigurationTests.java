package dev.reactiveai.openai.simulator.autoconfigure;

import java.time.Duration;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.autoconfigure.OpenAiClients;
import dev.reactiveai.openai.autoconfigure.OpenAiConnectionDetails;
import dev.reactiveai.openai.autoconfigure.PropertiesOpenAiConnectionDetails;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.models.ModelsService;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiSimulatorAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(OpenAiSimulatorAutoConfiguration.class, OpenAiAutoConfiguration.class));

	@Test
	void isOffUnlessEnabled() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(OpenAiSimulator.class);
			assertThat(context).doesNotHaveBean(OpenAiSimulatorConnectionDetails.class);
			assertThat(context.getBean(OpenAiConnectionDetails.class))
				.isInstanceOf(PropertiesOpenAiConnectionDetails.class);
			assertThat(context.getBean(OpenAiClient.class).options().baseUrl())
				.isEqualTo(OpenAiClientOptions.DEFAULT_BASE_URL);
		});
	}

	@Test
	void pointsEveryClientAtTheSimulatorWithoutAnApiKey() {
		this.contextRunner
			.withPropertyValues("openai.simulator.enabled=true", "openai.clients.batch.base-url=https://example.com/v1")
			.run((context) -> {
				OpenAiSimulator simulator = context.getBean(OpenAiSimulator.class);
				OpenAiClients clients = context.getBean(OpenAiClients.class);
				for (String name : new String[] { OpenAiClients.DEFAULT, "batch" }) {
					assertThat(clients.get(name).options().baseUrl()).hasToString(simulator.baseUrl());
					assertThat(clients.get(name).options().apiKey()).isNotNull();
				}
				StepVerifier.create(context.getBean(ModelsService.class).list().count())
					.assertNext((count) -> assertThat(count).isPositive())
					.expectComplete()
					.verify(TIMEOUT);
				assertThat(simulator.requests().forOperation("listModels")).hasSize(1);
			});
	}

	@Test
	void appliesPacingAndLatencyAndPort() {
		this.contextRunner
			.withPropertyValues("openai.simulator.enabled=true", "openai.simulator.tokens-per-second=25",
					"openai.simulator.latency=20ms")
			.run((context) -> {
				OpenAiSimulatorProperties properties = context.getBean(OpenAiSimulatorProperties.class);
				assertThat(properties.getTokensPerSecond()).isEqualTo(25);
				assertThat(properties.getLatency()).isEqualTo(Duration.ofMillis(20));
				assertThat(context.getBean(OpenAiSimulator.class).port()).isPositive();
			});
	}

	@Test
	void stopsTheSimulatorWithTheContext() {
		OpenAiSimulator[] simulator = new OpenAiSimulator[1];
		this.contextRunner.withPropertyValues("openai.simulator.enabled=true")
			.run((context) -> simulator[0] = context.getBean(OpenAiSimulator.class));
		try (OpenAiClient client = OpenAiClient.builder()
			.options(OpenAiClientOptions.builder()
				.baseUrl(simulator[0].baseUrl())
				.apiKey("sk-x")
				.retries((retries) -> retries.withMaxRetries(0))
				.build())
			.build()) {
			StepVerifier.create(client.models().list()).expectError().verify(TIMEOUT);
		}
	}

	@Test
	void backsOffWhenTheUserDefinesConnectionDetails() {
		this.contextRunner.withPropertyValues("openai.simulator.enabled=true")
			.withBean(OpenAiConnectionDetails.class, () -> new OpenAiConnectionDetails() {

				@Override
				public String getBaseUrl() {
					return "http://127.0.0.1:9/v1";
				}

				@Override
				public String getApiKey() {
					return "sk-mine";
				}

			})
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenAiConnectionDetails.class);
				assertThat(context.getBean(OpenAiClient.class).options().baseUrl())
					.hasToString("http://127.0.0.1:9/v1");
			});
	}

}

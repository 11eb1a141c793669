package dev.reactiveai.openai.simulator.autoconfigure;

import java.time.Duration;
import java.time.OffsetDateTime;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import dev.reactiveai.openai.realtime.websocket.RealtimeSessionRequest;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.SimulatorMode;
import dev.reactiveai.openai.types.RealtimeClientEventSessionUpdate;
import dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realtime sessions of auto-configured clients of Azure OpenAI, with the API key and with
 * Entra ID tokens, against the simulator as an Azure resource.
 */
class AzureRealtimeTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String DEPLOYMENT = "gpt-4o-mini";

	private static final String REALTIME_DEPLOYMENT = "gpt-realtime";

	private static final String API_VERSION = "2025-04-01-preview";

	private final ApplicationContextRunner resource = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAiSimulatorAutoConfiguration.class, OpenAiAutoConfiguration.class))
		.withPropertyValues("openai.simulator.enabled=true", "openai.simulator.mode=azure", "openai.max-retries=0");

	private final ApplicationContextRunner azure = this.resource
		.withPropertyValues("openai.azure.deployment=" + DEPLOYMENT, "openai.azure.api-version=" + API_VERSION);

	@Test
	void aSessionOfTheDatedApiOpensOnTheResourceWithTheApiKeyHeader() {
		this.azure.run((context) -> {
			RealtimeConnector connector = context.getBean(RealtimeConnector.class);
			assertThat(connector.uri(RealtimeSessionRequest.model(REALTIME_DEPLOYMENT))).hasPath("/openai/realtime")
				.hasQuery("api-version=" + API_VERSION + "&deployment=" + REALTIME_DEPLOYMENT);
			assertReplies(connector, REALTIME_DEPLOYMENT);
			HttpHeaders handshake = context.getBean(OpenAiSimulator.class).realtime().handshakes().get(0);
			assertThat(handshake.getFirst("api-key")).isEqualTo(OpenAiSimulatorConnectionDetails.API_KEY);
			assertThat(handshake.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		});
	}

	@Test
	void aSessionWithoutAModelGoesToTheClientsDeployment() {
		this.azure.run((context) -> {
			RealtimeConnector connector = context.getBean(RealtimeConnector.class);
			assertThat(connector.uri(RealtimeSessionRequest.builder().clientSecret("ek_simulated").build()))
				.hasQuery("api-version=" + API_VERSION + "&deployment=" + DEPLOYMENT);
		});
	}

	@Test
	void aSessionOfTheV1ApiNamesTheDeploymentAsItsModel() {
		this.resource.withPropertyValues("openai.azure.paths=v1").run((context) -> {
			RealtimeConnector connector = context.getBean(RealtimeConnector.class);
			assertThat(connector.uri(RealtimeSessionRequest.model(REALTIME_DEPLOYMENT))).hasPath("/openai/v1/realtime")
				.hasQuery("model=" + REALTIME_DEPLOYMENT);
			assertReplies(connector, REALTIME_DEPLOYMENT);
		});
	}

	@Test
	void aSessionWithEntraIdSendsTheCredentialsTokenAsABearerToken() {
		TokenCredential credential = (request) -> Mono
			.just(new AccessToken("entra-realtime-token", OffsetDateTime.now().plusHours(1)));
		this.azure.withPropertyValues("openai.authentication=entra-id")
			.withBean(TokenCredential.class, () -> credential)
			.run((context) -> {
				assertReplies(context.getBean(RealtimeConnector.class), REALTIME_DEPLOYMENT);
				HttpHeaders handshake = context.getBean(OpenAiSimulator.class).realtime().handshakes().get(0);
				assertThat(handshake.getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer entra-realtime-token");
				assertThat(handshake.containsHeader("api-key")).isFalse();
			});
	}

	@Test
	void aDeploymentTheResourceDoesNotHaveIsRefusedAsNotFound() {
		this.azure
			.withBean(OpenAiSimulator.class,
					() -> OpenAiSimulator.builder()
						.mode(SimulatorMode.AZURE)
						.azureDeployments(DEPLOYMENT, REALTIME_DEPLOYMENT)
						.start())
			.run((context) -> StepVerifier.create(context.getBean(RealtimeConnector.class).connect("gpt-missing"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(NotFoundException.class)
					.hasMessageContaining("/openai/realtime?api-version=" + API_VERSION + "&deployment=gpt-missing")
					.hasMessageContaining("no such deployment"))
				.verify(TIMEOUT));
	}

	@Test
	void withoutAnyDeploymentOpeningFailsNamingTheSetting() {
		this.resource.withPropertyValues("openai.azure.api-version=" + API_VERSION).run((context) -> {
			OpenAiClient client = context.getBean(OpenAiClient.class);
			StepVerifier
				.create(client.realtimeConnector()
					.connect(RealtimeSessionRequest.builder().clientSecret("ek_simulated").build()))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiConfigurationException.class)
					.hasMessageContaining("no deployment to open a realtime session with")
					.hasMessageContaining("openai.azure"))
				.verify(TIMEOUT);
		});
	}

	private static void assertReplies(RealtimeConnector connector, String deployment) {
		StepVerifier
			.create(connector.withSession(RealtimeSessionRequest.model(deployment),
					(session) -> session.send(RealtimeClientEventSessionUpdate.builder()
						.session(RealtimeSessionCreateRequestGA.builder().addOutputModality("text").build())
						.build()).then(session.reply("Hello from Azure"))))
			.assertNext((reply) -> assertThat(reply).isNotBlank())
			.expectComplete()
			.verify(TIMEOUT);
	}

}

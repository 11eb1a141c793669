package dev.reactiveai.openai.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import dev.reactiveai.openai.autoconfigure.health.OpenAiHealthContributorAutoConfiguration;
import dev.reactiveai.openai.core.TestClients;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAI health indicators as the actuator's {@code health} endpoint shows them.
 */
class OpenAiHealthEndpointTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OpenAiAutoConfiguration.class,
				OpenAiHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoint.health.show-details=always", "openai.api-key=sk-test");

	private final JsonMapper json = new JsonMapper();

	private MockWebServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void showsTheDefaultClientAsOpenAiUpWithItsDetails() {
		this.server.enqueue(modelList("req_endpoint"));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			JsonNode health = health(context);
			assertThat(health.path("status").asString()).isEqualTo("UP");
			JsonNode openai = health.path("components").path("openai");
			assertThat(openai.path("status").asString()).isEqualTo("UP");
			JsonNode details = openai.path("details");
			assertThat(details.path("baseUrl").asString()).isEqualTo(baseUrl());
			assertThat(details.path("status").asInt()).isEqualTo(200);
			assertThat(details.path("latencyMs").isIntegralNumber()).isTrue();
			assertThat(details.path("latencyMs").asLong()).isNotNegative();
			assertThat(details.path("requestId").asString()).isEqualTo("req_endpoint");
			assertThat(openai.has("components")).isFalse();
		});
	}

	@Test
	void showsEachClientUnderOpenAiAndIsDownWhenANamedClientIsUnreachable() throws IOException {
		this.server.enqueue(modelList("req_default"));
		this.contextRunner
			.withPropertyValues("openai.base-url=" + baseUrl(),
					"openai.clients.local.base-url=http://127.0.0.1:" + closedPort() + "/v1")
			.run((context) -> {
				JsonNode health = health(context);
				assertThat(health.path("status").asString()).isEqualTo("DOWN");
				assertThat(health.path("components").path("ping").path("status").asString()).isEqualTo("UP");
				JsonNode openai = health.path("components").path("openai");
				assertThat(openai.path("status").asString()).isEqualTo("DOWN");
				JsonNode clients = openai.path("components");
				assertThat(clients.propertyNames()).containsExactlyInAnyOrder("default", "local");
				assertThat(clients.path("default").path("status").asString()).isEqualTo("UP");
				assertThat(clients.path("default").path("details").path("requestId").asString())
					.isEqualTo("req_default");
				JsonNode local = clients.path("local");
				assertThat(local.path("status").asString()).isEqualTo("DOWN");
				assertThat(local.path("details").path("reason").asString()).isEqualTo("unreachable");
				assertThat(local.path("details").path("baseUrl").asString()).endsWith("/v1").contains("127.0.0.1");
				assertThat(this.server.getRequestCount()).isOne();
			});
	}

	@Test
	void disablingTheOpenAiIndicatorRemovesItFromTheEndpoint() {
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl(), "management.health.openai.enabled=false")
			.run((context) -> {
				JsonNode health = health(context);
				assertThat(health.path("status").asString()).isEqualTo("UP");
				assertThat(health.path("components").propertyNames()).contains("ping").doesNotContain("openai");
				assertThat(this.server.getRequestCount()).isZero();
			});
	}

	private JsonNode health(AssertableApplicationContext context) {
		assertThat(context).hasSingleBean(HealthEndpoint.class);
		String body = this.json.writeValueAsString(context.getBean(HealthEndpoint.class).health());
		return this.json.readTree(body);
	}

	private String baseUrl() {
		return TestClients.baseUrl(this.server);
	}

	private static MockResponse modelList(String requestId) {
		return new MockResponse.Builder().setHeader("Content-Type", "application/json")
			.setHeader("x-request-id", requestId)
			.body("{\"object\":\"list\",\"data\":[" + TestClients.model("gpt-4o") + "]}")
			.build();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}

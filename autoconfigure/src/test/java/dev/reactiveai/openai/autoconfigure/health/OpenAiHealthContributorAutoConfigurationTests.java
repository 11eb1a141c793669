package dev.reactiveai.openai.autoconfigure.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiHealthContributorAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String CANARY = "sk-canary-4f1c9e2b7a6d";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OpenAiAutoConfiguration.class,
				OpenAiHealthContributorAutoConfiguration.class));

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
	void registersOneIndicatorNamedOpenAi() {
		this.contextRunner.run((context) -> assertThat(context).hasBean("openaiHealthContributor")
			.getBean("openaiHealthContributor")
			.isInstanceOf(OpenAiHealthIndicator.class));
	}

	@Test
	void registersCompositeWithNamedClients() {
		this.contextRunner.withPropertyValues("openai.clients.local.base-url=http://localhost:1/v1").run((context) -> {
			ReactiveHealthContributor contributor = context.getBean("openaiHealthContributor",
					ReactiveHealthContributor.class);
			assertThat(contributor).isInstanceOf(CompositeReactiveHealthContributor.class);
			CompositeReactiveHealthContributor composite = (CompositeReactiveHealthContributor) contributor;
			assertThat(composite.getContributor("default")).isInstanceOf(OpenAiHealthIndicator.class);
			assertThat(composite.getContributor("local")).isInstanceOf(OpenAiHealthIndicator.class);
		});
	}

	@Test
	void canBeDisabled() {
		this.contextRunner.withPropertyValues("management.health.openai.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("openaiHealthContributor"));
	}

	@Test
	void upWithDetailsWhenTheKeyWorks() {
		this.server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
			.setHeader("x-request-id", "req_health")
			.body("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\",\"object\":\"model\"}]}")
			.build());
		Health health = health("openai.api-key=" + CANARY);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("baseUrl", baseUrl())
			.containsEntry("status", 200)
			.containsEntry("requestId", "req_health")
			.containsKey("latencyMs");
		assertThat(health.toString()).doesNotContain(CANARY);
	}

	@Test
	void theBaseUrlDetailShowsNoPassword() {
		this.server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
			.body("{\"object\":\"list\",\"data\":[]}")
			.build());
		Health health = health("openai.api-key=" + CANARY,
				"openai.base-url=" + baseUrl().replace("://", "://user:pw-canary-3c9d@"));
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("baseUrl", baseUrl());
		assertThat(health.toString()).doesNotContain("pw-canary-3c9d");
	}

	@Test
	void downWithoutApiKeyNamingTheProperty() {
		Health health = health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "no API key");
		assertThat(health.getDetails().get("error").toString()).contains("openai.api-key");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void downWhenTheKeyIsInvalid() {
		this.server.enqueue(error(401, "invalid_api_key", "Incorrect API key provided: " + CANARY));
		Health health = health("openai.api-key=" + CANARY);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "invalid API key").containsEntry("status", 401);
		assertThat(health.toString()).doesNotContain(CANARY);
	}

	@Test
	void downWhenRateLimited() {
		this.server.enqueue(error(429, "rate_limit_exceeded", "Slow down"));
		Health health = health("openai.api-key=" + CANARY);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "rate-limited").containsEntry("status", 429);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void downWhenUnreachable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Health health = health("openai.api-key=" + CANARY, "openai.base-url=http://127.0.0.1:" + closedPort + "/v1");
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "unreachable");
	}

	@Test
	void downOnTimeout() {
		this.server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
		Health health = health("openai.api-key=" + CANARY, "openai.health.timeout=200ms");
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "timeout");
	}

	@Test
	void cachesTheResultSoThatProbesDoNotHammerTheApi() {
		this.server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
			.body("{\"object\":\"list\",\"data\":[]}")
			.build());
		this.contextRunner
			.withPropertyValues("openai.api-key=" + CANARY, "openai.base-url=" + baseUrl(),
					"openai.health.cache-time-to-live=1h")
			.run((context) -> {
				ReactiveHealthIndicator indicator = context.getBean(OpenAiHealthIndicator.class);
				for (int i = 0; i < 5; i++) {
					assertThat(indicator.health().block(TIMEOUT).getStatus()).isEqualTo(Status.UP);
				}
				assertThat(this.server.getRequestCount()).isEqualTo(1);
			});
	}

	private Health health(String... properties) {
		Health[] result = new Health[1];
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl())
			.withPropertyValues(properties)
			.run((context) -> result[0] = context.getBean(OpenAiHealthIndicator.class).health().block(TIMEOUT));
		return result[0];
	}

	private static MockResponse error(int status, String code, String message) {
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json")
			.setHeader("x-should-retry", "false")
			.body("{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\",\"code\":\"" + code
					+ "\",\"param\":null}}")
			.build();
	}

	private String baseUrl() {
		return this.server.url("/v1").toString().replaceAll("/$", "");
	}

}

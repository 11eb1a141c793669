package dev.reactiveai.openai.autoconfigure;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.health.OpenAiHealthContributorAutoConfiguration;
import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.error.OpenAiMemoryLimitException;
import dev.reactiveai.openai.error.OpenAiMissingKeyException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client library names its settings as options ({@code readTimeout}); through the
 * auto-configuration, its messages and the start-up failures name the {@code openai.*}
 * property that actually set the value: the named client's
 * ({@code openai.clients.fast.timeout}) or the one for every client
 * ({@code openai.timeout}).
 */
class OpenAiPropertyNamesTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
						OpenAiAutoConfiguration.class, OpenAiHealthContributorAutoConfiguration.class))
		.withPropertyValues("spring.reactor.netty.shutdown-quiet-period=0s", "openai.max-retries=0");

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
	void anInvalidValueOfANamedClientStopsStartupNamingTheNamedClientsProperty() {
		this.contextRunner.withPropertyValues("openai.timeout=30s", "openai.clients.fast.timeout=0s")
			.run((context) -> assertThat(invalidProperty(context)).satisfies((failure) -> {
				assertThat(failure.getName()).isEqualTo("openai.clients.fast.timeout");
				assertThat(failure.getReason()).isEqualTo("it must be positive");
				assertThat(failure.getAction()).contains("openai.clients.fast.timeout").contains("openai.timeout");
			}));
	}

	@Test
	void anInvalidValueForEveryClientStopsStartupNamingTheSharedProperty() {
		this.contextRunner.withPropertyValues("openai.max-retries=-1", "openai.clients.fast.api-key=sk-fast")
			.run((context) -> assertThat(invalidProperty(context)).satisfies((failure) -> {
				assertThat(failure.getName()).isEqualTo("openai.max-retries");
				assertThat(failure.getValue()).isEqualTo("-1");
				assertThat(failure.getReason()).isEqualTo("it must not be negative");
			}));
	}

	@Test
	void aKeyWithALineBreakStopsStartupNamingThePropertyWithoutShowingTheKey() {
		this.contextRunner.withPropertyValues("openai.clients.fast.api-key=sk-canary-51e0\nX-Injected: 1")
			.run((context) -> assertThat(invalidProperty(context)).satisfies((failure) -> {
				assertThat(failure.getName()).isEqualTo("openai.clients.fast.api-key");
				assertThat(failure.getValue()).isEqualTo("******");
				assertThat(failure.getMessage()).doesNotContain("sk-canary-51e0");
			}));
	}

	@Test
	void aNamedClientWithoutAKeyNamesItsOwnPropertyAndTheSharedOne() {
		this.contextRunner.withPropertyValues("openai.clients.fast.base-url=" + baseUrl()).run((context) -> {
			StepVerifier.create(client(context, "fast").models().retrieve("gpt-4o"))
				.expectErrorSatisfies(
						(ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAiMissingKeyException.class, (missing) -> {
							assertThat(missing.clientName()).isEqualTo("fast");
							assertThat(missing.setting()).isEqualTo(ClientSetting.API_KEY);
						})
							.hasMessageContaining(
									"Set openai.clients.fast.api-key (or, for every client, openai.api-key")
							.hasMessageContaining("OPENAI_API_KEY"))
				.verify(TIMEOUT);
			assertThat(this.server.getRequestCount()).isZero();
		});
	}

	@Test
	void aTimeoutInheritedByANamedClientNamesThePropertyForEveryClient() {
		this.server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
		this.contextRunner
			.withPropertyValues("openai.timeout=300ms", "openai.api-key=sk-test",
					"openai.clients.fast.base-url=" + baseUrl())
			.run((context) -> StepVerifier.create(client(context, "fast").models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex)
					.isInstanceOfSatisfying(OpenAiTimeoutException.class,
							(timeout) -> assertThat(timeout.setting()).isEqualTo(ClientSetting.TIMEOUT))
					.hasMessageContaining("(openai.timeout, or per call")
					.hasMessageNotContaining("openai.clients.fast.timeout"))
				.verify(TIMEOUT));
	}

	@Test
	void aTimeoutOfANamedClientNamesTheNamedClientsProperty() {
		this.server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
		this.contextRunner
			.withPropertyValues("openai.timeout=30s", "openai.api-key=sk-test",
					"openai.clients.fast.base-url=" + baseUrl(), "openai.clients.fast.timeout=300ms")
			.run((context) -> StepVerifier.create(client(context, "fast").models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiTimeoutException.class)
					.hasMessageContaining("(openai.clients.fast.timeout, or per call"))
				.verify(TIMEOUT));
	}

	@Test
	void aBodyOverTheLimitOfANamedClientNamesTheNamedClientsProperty() {
		this.server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
			.body("{\"id\":\"" + "x".repeat(4096) + "\"}")
			.build());
		this.contextRunner
			.withPropertyValues("openai.api-key=sk-test", "openai.clients.fast.base-url=" + baseUrl(),
					"openai.clients.fast.max-in-memory-size=1KB")
			.run((context) -> StepVerifier.create(client(context, "fast").models().retrieve("gpt-4o"))
				.expectErrorSatisfies(
						(ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAiMemoryLimitException.class, (limit) -> {
							assertThat(limit.setting()).isEqualTo(ClientSetting.MAX_IN_MEMORY_SIZE);
							assertThat(limit.limitBytes()).isEqualTo(1024);
							assertThat(limit.clientName()).isEqualTo("fast");
						}).hasMessageContaining("raise openai.clients.fast.max-in-memory-size"))
				.verify(TIMEOUT));
	}

	@Test
	void theHealthOfANamedClientWithoutAKeyNamesItsProperty() {
		this.contextRunner.withPropertyValues("openai.clients.fast.base-url=" + baseUrl()).run((context) -> {
			CompositeReactiveHealthContributor composite = context.getBean("openaiHealthContributor",
					CompositeReactiveHealthContributor.class);
			Mono<Health> health = ((ReactiveHealthIndicator) composite.getContributor("fast")).health();
			Health fast = health.block(TIMEOUT);
			assertThat(fast).isNotNull();
			assertThat(fast.getDetails()).containsEntry("reason", "no API key");
			assertThat(fast.getDetails().get("error")).asString().contains("openai.clients.fast.api-key");
			assertThat(this.server.getRequestCount()).isZero();
		});
	}

	private static InvalidOpenAiPropertyException invalidProperty(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable cause = context.getStartupFailure();
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(InvalidOpenAiPropertyException.class);
		return (InvalidOpenAiPropertyException) cause;
	}

	private static OpenAiClient client(AssertableApplicationContext context, String name) {
		return context.getBean(OpenAiClients.class).get(name);
	}

	private String baseUrl() {
		return this.server.url("/v1").toString();
	}

}

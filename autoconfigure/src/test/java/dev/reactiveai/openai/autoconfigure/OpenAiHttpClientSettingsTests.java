package dev.reactiveai.openai.autoconfigure;

import java.io.IOException;
import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.TimeoutOptions;
import dev.reactiveai.openai.core.internal.HttpLogger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients start from Spring Boot's HTTP client settings, honour the proxy on the
 * connectors that can take one and refuse what a connector cannot honour, and log their
 * exchanges when asked to.
 */
class OpenAiHttpClientSettingsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String MODELS = "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1,\"owned_by\":\"openai\"}]}";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
						WebClientAutoConfiguration.class, OpenAiAutoConfiguration.class))
		.withPropertyValues("spring.reactor.netty.shutdown-quiet-period=0s", "openai.api-key=sk-test-settings1");

	private final MockWebServer server = new MockWebServer();

	@BeforeEach
	void start() throws IOException {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void bootsSettingsComeFirstAndOpenAiPropertiesOverrideThem() {
		this.contextRunner
			.withPropertyValues("spring.http.clients.connect-timeout=3s", "spring.http.clients.read-timeout=40s",
					"openai.read-timeout=20s", "openai.clients.fast.connect-timeout=1s")
			.run((context) -> {
				OpenAiClients clients = context.getBean(OpenAiClients.class);
				OpenAiClientOptions standard = clients.getDefault().options();
				OpenAiClientOptions fast = clients.get("fast").options();
				assertThat(standard.timeouts().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(standard.timeouts().readTimeout()).isEqualTo(Duration.ofSeconds(20));
				assertThat(fast.timeouts().connectTimeout()).isEqualTo(Duration.ofSeconds(1));
				assertThat(fast.timeouts().readTimeout()).isEqualTo(Duration.ofSeconds(20));
			});
	}

	@Test
	void withoutBootsSettingsTheLibraryDefaultsApply() {
		this.contextRunner.run((context) -> {
			OpenAiClientOptions options = context.getBean(OpenAiClient.class).options();
			assertThat(options.timeouts().connectTimeout()).isEqualTo(TimeoutOptions.DEFAULT_CONNECT_TIMEOUT);
			assertThat(options.timeouts().readTimeout()).isEqualTo(TimeoutOptions.DEFAULT_READ_TIMEOUT);
		});
	}

	@Test
	void theJdkConnectorConnectsThroughTheProxy() throws InterruptedException {
		callThroughTheProxy(ClientHttpConnectorBuilder.jdk());
		// The JDK sends a plain http request to the proxy in absolute form.
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getTarget()).isEqualTo("http://api.openai.test/v1/models");
		assertThat(request.getHeaders().get("Host")).isEqualTo("api.openai.test");
	}

	@Test
	void reactorNettyConnectsThroughTheProxy() throws InterruptedException {
		// Reactor Netty opens a tunnel through an http proxy, whatever the scheme.
		this.server.enqueue(new MockResponse.Builder().inTunnel().build());
		callThroughTheProxy(ClientHttpConnectorBuilder.reactor());
		RecordedRequest tunnel = this.server.takeRequest();
		assertThat(tunnel.getMethod()).isEqualTo("CONNECT");
		assertThat(tunnel.getTarget()).isEqualTo("api.openai.test:80");
		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().get("Host")).isEqualTo("api.openai.test");
	}

	private void callThroughTheProxy(ClientHttpConnectorBuilder<?> connector) {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(MODELS)
			.build());
		this.contextRunner.withBean(ClientHttpConnectorBuilder.class, () -> connector)
			.withPropertyValues("openai.base-url=http://api.openai.test/v1", "openai.allow-insecure-http=true",
					"openai.proxy=http://127.0.0.1:" + this.server.getPort())
			.run((context) -> StepVerifier.create(context.getBean(OpenAiClient.class).models().list().collectList())
				.assertNext((models) -> assertThat(models).hasSize(1))
				.expectComplete()
				.verify(TIMEOUT));
	}

	@Test
	void anIdleTimeTheJdkConnectorCannotHonourStopsStartupNamingThePropertyAndTheConnector() {
		this.contextRunner.withBean(ClientHttpConnectorBuilder.class, ClientHttpConnectorBuilder::jdk)
			.withPropertyValues("openai.clients.fast.max-idle-time=20s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidOpenAiPropertyException.class)
				.hasMessageContaining("openai.clients.fast.max-idle-time")
				.hasMessageContaining("JdkClientHttpConnectorBuilder"));
	}

	@Test
	void theJdkConnectorRefusesASocksProxyNamingTheProperty() {
		this.contextRunner.withBean(ClientHttpConnectorBuilder.class, ClientHttpConnectorBuilder::jdk)
			.withPropertyValues("openai.proxy=socks5://127.0.0.1:1080")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidOpenAiPropertyException.class)
				.hasMessageContaining("openai.proxy")
				.hasMessageContaining("JdkClientHttpConnectorBuilder"));
	}

	@Test
	void eachClientLogsAtItsOwnLevelWithTheKeyRedacted() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(MODELS)
			.build());
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(MODELS)
			.build());
		Logger logger = (Logger) LoggerFactory.getLogger(HttpLogger.LOGGER_NAME);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		logger.setLevel(Level.INFO);
		try {
			runTwoLoggingClients();
		}
		finally {
			logger.detachAppender(appender);
			logger.setLevel(null);
		}
		String output = String.join("\n", appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
		assertThat(output).contains("[default] --> GET http://")
			.contains("[default] <-- 200 GET http://")
			.doesNotContain("[default] <-- body")
			.contains("[verbose] <-- body of GET http://")
			.contains("(" + MODELS.length() + " bytes, cut at 16):\n" + MODELS.substring(0, 16) + " [...]")
			.contains("Authorization: [redacted]")
			.doesNotContain("sk-test-settings1");
	}

	private void runTwoLoggingClients() {
		this.contextRunner
			.withPropertyValues("openai.base-url=" + this.server.url("/v1"), "openai.logging=headers",
					"openai.clients.verbose.logging=body", "openai.clients.verbose.logging-max-body-size=16B")
			.run((context) -> {
				OpenAiClients clients = context.getBean(OpenAiClients.class);
				StepVerifier.create(clients.getDefault().models().list().collectList())
					.expectNextCount(1)
					.expectComplete()
					.verify(TIMEOUT);
				StepVerifier.create(clients.get("verbose").models().list().collectList())
					.expectNextCount(1)
					.expectComplete()
					.verify(TIMEOUT);
			});
	}

}

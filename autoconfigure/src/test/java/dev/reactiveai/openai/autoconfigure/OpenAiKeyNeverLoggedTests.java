package dev.reactiveai.openai.autoconfigure;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.health.OpenAiHealthContributorAutoConfiguration;
import dev.reactiveai.openai.autoconfigure.health.OpenAiHealthIndicator;
import dev.reactiveai.openai.autoconfigure.webhooks.OpenAiWebhooksAutoConfiguration;
import dev.reactiveai.openai.core.TestClients;
import dev.reactiveai.openai.error.AuthenticationException;
import dev.reactiveai.openai.error.OpenAiStreamException;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.webhooks.OpenAiWebhooks;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A canary key, set through the Spring Boot properties, never shows up in what the
 * auto-configured clients log at any level, in their exceptions, in their health, nor in
 * the {@code toString()} of the beans that hold it.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenAiKeyNeverLoggedTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String CANARY = "sk-canary-5e0d3b7f1a2c4d68";

	private static final String ADMIN_CANARY = "sk-admin-canary-9b8a7c6d5e4f";

	private static final String WEBHOOK_CANARY = "whsec_d2ViaG9vay1jYW5hcnktMmQ4ZjFl";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, OpenAiAutoConfiguration.class,
				OpenAiHealthContributorAutoConfiguration.class))
		.withPropertyValues("openai.api-key=" + CANARY, "openai.admin-api-key=" + ADMIN_CANARY);

	private final List<String> logLines = new CopyOnWriteArrayList<>();

	private final List<Level> logLevels = new CopyOnWriteArrayList<>();

	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {

		@Override
		protected void append(ILoggingEvent event) {
			OpenAiKeyNeverLoggedTests.this.logLevels.add(event.getLevel());
			OpenAiKeyNeverLoggedTests.this.logLines.add(text(event));
		}

	};

	private MockWebServer server;

	private Logger root;

	private Level previousLevel;

	@BeforeEach
	void captureEverything() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
		// ApplicationContextRunner does not run Boot's logging system, so
		// logging.level.root=TRACE would not take effect: set it on Logback itself.
		this.root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.previousLevel = this.root.getLevel();
		this.root.setLevel(Level.TRACE);
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.appender);
		this.appender.stop();
		this.root.setLevel(this.previousLevel);
		this.server.close();
	}

	@Test
	void theKeyIsNotLoggedOnASuccessfulCall(CapturedOutput output) {
		this.server.enqueue(TestClients.json(TestClients.model("gpt-4o")));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			StepVerifier.create(context.getBean(OpenAiClient.class).models().retrieve("gpt-4o"))
				.expectNextMatches((model) -> model.id().equals("gpt-4o"))
				.expectComplete()
				.verify(TIMEOUT);
			assertTheKeyWasSent();
		});
		assertNoCanaryLoggedAtTraceLevel(output);
	}

	@Test
	void theKeyIsNotLoggedNorInTheExceptionWhenARejectionEchoesIt(CapturedOutput output) {
		this.server.enqueue(TestClients.error(401, "invalid_request_error", "invalid_api_key",
				"Incorrect API key provided: " + CANARY + ". Admin key: " + ADMIN_CANARY));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			StepVerifier.create(context.getBean(OpenAiClient.class).models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isInstanceOf(AuthenticationException.class)
						.hasMessageContaining("Incorrect API key provided");
					assertNoCanary(ex);
					assertNoCanary(((AuthenticationException) ex).error().toString());
				})
				.verify(TIMEOUT);
			assertTheKeyWasSent();
		});
		assertNoCanaryLoggedAtTraceLevel(output);
	}

	@Test
	void theKeyIsNotLoggedOnAStreamingCall(CapturedOutput output) {
		this.server.enqueue(eventStream(chunk("Hel") + chunk("lo") + "data: [DONE]\n\n"));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			StepVerifier
				.create(context.getBean(OpenAiClient.class)
					.chat()
					.completions()
					.createStream(request())
					.map(TestClients::content))
				.expectNext("Hel", "lo")
				.expectComplete()
				.verify(TIMEOUT);
			assertTheKeyWasSent();
		});
		assertNoCanaryLoggedAtTraceLevel(output);
	}

	@Test
	void theKeyIsNotLoggedNorInTheExceptionWhenAStreamErrorEchoesIt(CapturedOutput output) {
		this.server.enqueue(eventStream(chunk("Hel") + "data: {\"error\":{\"message\":\"bad key " + CANARY
				+ "\",\"type\":\"invalid_request_error\"}}\n\n"));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			StepVerifier
				.create(context.getBean(OpenAiClient.class)
					.chat()
					.completions()
					.createStream(request())
					.map(TestClients::content))
				.expectNext("Hel")
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isInstanceOf(OpenAiStreamException.class).hasMessageContaining("bad key");
					assertNoCanary(ex);
					assertNoCanary(((OpenAiStreamException) ex).error().toString());
				})
				.verify(TIMEOUT);
			assertTheKeyWasSent();
		});
		assertNoCanaryLoggedAtTraceLevel(output);
	}

	@Test
	void theKeyIsNotInTheHealthNorLoggedWhenTheProbeSucceeds(CapturedOutput output) {
		this.server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
			.setHeader("x-request-id", "req_probe")
			.body("{\"object\":\"list\",\"data\":[" + TestClients.model("gpt-4o") + "]}")
			.build());
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertNoCanary(health);
			assertTheKeyWasSent();
		});
		assertNoCanaryLoggedAtTraceLevel(output);
	}

	@Test
	void theKeyIsNotInTheHealthNorLoggedWhenTheProbeIsRejectedEchoingIt(CapturedOutput output) {
		this.server.enqueue(TestClients.error(401, "invalid_request_error", "invalid_api_key",
				"Incorrect API key provided: " + CANARY));
		this.contextRunner.withPropertyValues("openai.base-url=" + baseUrl()).run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "invalid API key");
			assertThat(health.getDetails().get("error")).asString().contains("Incorrect API key provided");
			assertNoCanary(health);
			assertTheKeyWasSent();
		});
		assertNoCanaryLoggedAtTraceLevel(output);
	}

	@Test
	void theWebhookSecretIsNotInTheToStringOfThePropertiesNorOfTheWebhooks() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(OpenAiWebhooksAutoConfiguration.class))
			.withPropertyValues("openai.webhook-secret=" + WEBHOOK_CANARY)
			.run((context) -> {
				assertThat(context.getBean(OpenAiProperties.class).getWebhookSecret()).isEqualTo(WEBHOOK_CANARY);
				assertNoCanary(context.getBean(OpenAiProperties.class).toString());
				assertNoCanary(context.getBean(OpenAiWebhooks.class).toString());
			});
		assertThat(this.logLines).noneMatch((line) -> line.contains(WEBHOOK_CANARY));
	}

	@Test
	void theKeyIsNotInTheToStringOfThePropertiesNorOfTheClients() {
		this.contextRunner.withPropertyValues("openai.clients.second.api-key=" + CANARY).run((context) -> {
			OpenAiClients clients = context.getBean(OpenAiClients.class);
			assertThat(clients.get("second").options().apiKey()).isEqualTo(CANARY);
			assertThat(clients.getDefault().options().adminApiKey()).isEqualTo(ADMIN_CANARY);
			assertNoCanary(context.getBean(OpenAiProperties.class).toString());
			assertNoCanary(context.getBean(OpenAiProperties.class).getClients().toString());
			assertNoCanary(clients.toString());
			assertNoCanary(clients.asMap().toString());
			for (OpenAiClient client : clients.asMap().values()) {
				assertNoCanary(client.toString());
				assertNoCanary(client.options().toString());
				assertNoCanary(client.transport().toString());
			}
			assertNoCanary(context.getBean(OpenAiClient.class).toString());
		});
	}

	private Health health(AssertableApplicationContext context) {
		return context.getBean(OpenAiHealthIndicator.class).health().block(TIMEOUT);
	}

	private void assertTheKeyWasSent() {
		try {
			// The canary is really in use: otherwise its absence would prove nothing.
			assertThat(this.server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + CANARY);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void assertNoCanaryLoggedAtTraceLevel(CapturedOutput output) {
		assertThat(this.logLevels).as("log events below DEBUG were captured")
			.anyMatch((level) -> !level.isGreaterOrEqual(Level.DEBUG));
		assertThat(this.logLines).noneMatch((line) -> line.contains(CANARY) || line.contains(ADMIN_CANARY));
		assertNoCanary(output.getAll());
	}

	/**
	 * All that an event could print: logger, message with its arguments, MDC, key-value
	 * pairs, and the stack trace with every cause and suppressed exception.
	 */
	private static String text(ILoggingEvent event) {
		String text = event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " "
				+ event.getKeyValuePairs();
		return (event.getThrowableProxy() != null) ? text + " " + ThrowableProxyUtil.asString(event.getThrowableProxy())
				: text;
	}

	private static void assertNoCanary(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			assertNoCanary(String.valueOf(cause.getMessage()));
			assertNoCanary(String.valueOf(cause.getLocalizedMessage()));
			assertNoCanary(cause.toString());
		}
		StringWriter stackTrace = new StringWriter();
		ex.printStackTrace(new PrintWriter(stackTrace));
		assertNoCanary(stackTrace.toString());
	}

	private static void assertNoCanary(Health health) {
		assertNoCanary(health.toString());
		health.getDetails().forEach((name, value) -> assertNoCanary(name + "=" + value));
		assertNoCanary(new JsonMapper().writeValueAsString(health));
	}

	private static void assertNoCanary(String text) {
		assertThat(text).doesNotContain(CANARY).doesNotContain(ADMIN_CANARY).doesNotContain(WEBHOOK_CANARY);
	}

	private String baseUrl() {
		return TestClients.baseUrl(this.server);
	}

	private static CreateChatCompletionRequest request() {
		return TestClients.chatRequest("Hi");
	}

	private static MockResponse eventStream(String body) {
		return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(body).build();
	}

	private static String chunk(String content) {
		return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
				+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n";
	}

}

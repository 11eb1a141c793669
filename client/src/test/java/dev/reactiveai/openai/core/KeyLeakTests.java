package dev.reactiveai.openai.core;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.reactiveai.openai.OpenAiClient;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reliability.md, case 16: a canary key never shows up in logs at any level, nor in
 * exceptions.
 */
class KeyLeakTests {

	private static final String CANARY = "sk-canary-77e1d0c3b5a94f28";

	private final List<String> logLines = new CopyOnWriteArrayList<>();

	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {

		@Override
		protected void append(ILoggingEvent event) {
			KeyLeakTests.this.logLines.add(event.getFormattedMessage()
					+ ((event.getThrowableProxy() != null) ? " " + event.getThrowableProxy().getMessage() : ""));
		}

	};

	private MockWebServer server;

	private Logger root;

	private Level previousLevel;

	@BeforeEach
	void captureEverything() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
		this.root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.previousLevel = this.root.getLevel();
		this.root.setLevel(Level.TRACE);
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.appender);
		this.root.setLevel(this.previousLevel);
		this.server.close();
	}

	@Test
	void theKeyIsInNoLogLineAndNoExceptionAtTraceLevel() {
		this.server.enqueue(TestClients.error(503, "server_error", "busy", "Overloaded"));
		this.server.enqueue(TestClients.error(401, "invalid_request_error", "invalid_api_key",
				"Incorrect API key provided: " + CANARY));
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "text/event-stream")
			.body("data: {\"error\":{\"message\":\"bad key " + CANARY + "\",\"type\":\"x\"}}\n\n")
			.build());
		try (OpenAiClient client = TestClients.client(this.server, (options) -> options.apiKey(CANARY))) {
			StepVerifier.create(client.models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertNoCanary(ex))
				.verify(TIMEOUT);
			StepVerifier.create(client.chat().completions().createStream(TestClients.chatRequest("hi")))
				.expectErrorSatisfies((ex) -> assertNoCanary(ex))
				.verify(TIMEOUT);
			assertThat(client.toString() + client.options()).doesNotContain(CANARY);
		}
		assertThat(this.logLines).isNotEmpty();
		assertThat(this.logLines).noneMatch((line) -> line.contains(CANARY));
	}

	@Test
	void neitherTheAzureKeyNorTheEntraTokenIsInALogLineOrAnExceptionAtTraceLevel() {
		String token = "eyJ0eXAiOiJKV1Qi-canary-token-5f1e";
		String endpoint = this.server.url("/").toString();
		this.server.enqueue(TestClients.json(401, "{\"error\":{\"code\":\"401\",\"message\":\"Access denied due to "
				+ "invalid subscription key " + CANARY + "\"}}"));
		this.server.enqueue(TestClients.json(401, "{\"error\":{\"code\":\"401\",\"message\":\"Access denied\"}}"));
		try (OpenAiClient azureKey = TestClients.client(endpoint,
				(options) -> options.apiKey(CANARY)
					.retries((retries) -> retries.withMaxRetries(0))
					.azure(AzureOptions.deployments("gpt-4o", "2024-10-21")));
				OpenAiClient entraId = TestClients.client(endpoint,
						(options) -> options.apiKey(null)
							.retries((retries) -> retries.withMaxRetries(0))
							.authentication(Authentication
								.bearerToken(() -> Mono.just(new AccessToken(token, Instant.now().plusSeconds(3600)))))
							.azure(AzureOptions.deployments("gpt-4o", "2024-10-21")))) {
			StepVerifier.create(azureKey.chat().completions().create(TestClients.chatRequest("hi")))
				.expectErrorSatisfies((ex) -> assertNoCanary(ex))
				.verify(TIMEOUT);
			StepVerifier.create(entraId.chat().completions().createStream(TestClients.chatRequest("hi")))
				.expectErrorSatisfies((ex) -> assertNoSecret(ex, token))
				.verify(TIMEOUT);
			assertThat(azureKey.toString() + azureKey.options()).doesNotContain(CANARY);
			assertThat(entraId.toString() + entraId.options() + entraId.options().authentication().tokenSource())
				.doesNotContain(token);
		}
		assertThat(this.logLines).isNotEmpty();
		assertThat(this.logLines).noneMatch((line) -> line.contains(CANARY) || line.contains(token));
	}

	private static void assertNoSecret(Throwable ex, String secret) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			assertThat(cause.getMessage()).doesNotContain(secret);
			assertThat(cause.toString()).doesNotContain(secret);
		}
	}

	private static void assertNoCanary(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			assertThat(cause.getMessage()).doesNotContain(CANARY);
			assertThat(cause.toString()).doesNotContain(CANARY);
		}
	}

}

package dev.reactiveai.openai.core.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.HttpLogLevel;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.TestClients;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The log of HTTP exchanges: headers, or headers and bodies, the keys always redacted,
 * bodies cut at the stated size, streams logged event by event.
 */
class HttpLoggerTests {

	private static final int MAX_BODY = 64;

	/** An answer that echoes the key in its first bytes and runs past the cut. */
	private static final String COMPLETION = """
			{"id":"%s","object":"chat.completion","created":1,"model":"gpt-4o-mini",
			 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
			   "message":{"role":"assistant","content":"Hi","refusal":null}}]}
			""".formatted(TestClients.API_KEY);

	private final MockWebServer server = new MockWebServer();

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private OpenAiClient client;

	@BeforeEach
	void start() throws IOException {
		this.server.start();
	}

	@AfterEach
	void stop() {
		if (this.client != null) {
			this.client.close();
		}
		this.server.close();
	}

	private OpenAiClient client(HttpLogLevel level) {
		OpenAiClientOptions options = TestClients.options(TestClients.baseUrl(this.server)).name("logged").build();
		this.client = OpenAiClient.builder()
			.options(options)
			.webClientBuilder(
					WebClient.builder().filter(HttpLogger.of(options, level, MAX_BODY, this.lines::add, () -> true)))
			.build();
		return this.client;
	}

	@Test
	void headersAreLoggedWithTheCredentialsHiddenAndNoBody() {
		this.server.enqueue(TestClients.json(COMPLETION));

		StepVerifier.create(client(HttpLogLevel.HEADERS).chat().completions().create(TestClients.chatRequest("Hello")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		assertThat(this.lines).hasSize(2);
		assertThat(this.lines.get(0)).startsWith("[logged] --> POST http://")
			.contains("/v1/chat/completions")
			.contains("Authorization: [redacted]");
		assertThat(this.lines.get(1)).startsWith("[logged] <-- 200 POST http://")
			.contains("Content-Type: application/json");
		assertThat(String.join("\n", this.lines)).doesNotContain(TestClients.API_KEY)
			.doesNotContain("Hello")
			.doesNotContain("chat.completion");
	}

	@Test
	void bodiesAreRedactedAndCutAtTheStatedSize() {
		this.server.enqueue(TestClients.json(COMPLETION));
		String prompt = "My key is " + TestClients.API_KEY + ", and this message runs on well past the cut";

		StepVerifier.create(client(HttpLogLevel.BODY).chat().completions().create(TestClients.chatRequest(prompt)))
			.expectNextCount(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		String requestBody = single("[logged] --> body of POST");
		String responseBody = single("[logged] <-- body of POST");
		assertThat(requestBody).contains("cut at " + MAX_BODY + "):").endsWith(" [...]");
		assertThat(responseBody).contains("cut at " + MAX_BODY + "):")
			.contains("{\"id\":\"[redacted]\"")
			.endsWith(" [...]");
		assertThat(shown(responseBody)).hasSizeLessThanOrEqualTo(MAX_BODY);
		assertThat(shown(requestBody)).hasSizeLessThanOrEqualTo(MAX_BODY);
		assertThat(String.join("\n", this.lines)).doesNotContain(TestClients.API_KEY)
			.doesNotContain("well past the cut");
	}

	@Test
	void aStreamIsLoggedEventByEvent() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "text/event-stream")
			.body("""
					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

					data: [DONE]

					""")
			.build());

		StepVerifier
			.create(client(HttpLogLevel.BODY).chat().completions().createStream(TestClients.chatRequest("Hello")))
			.expectNextCount(2)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		List<String> events = this.lines.stream().filter((line) -> line.startsWith("[logged] <-- event of")).toList();
		assertThat(events).hasSize(3);
		assertThat(events.get(0)).contains("cut at " + MAX_BODY).contains("data: {\"id\":\"c1\"");
		assertThat(events.get(2)).contains("(12 bytes):\ndata: [DONE]");
	}

	@Test
	void aLoggerLogsSomething() {
		OpenAiClientOptions options = TestClients.options("https://api.openai.com/v1").build();
		assertThatIllegalArgumentException().isThrownBy(() -> HttpLogger.of(options, HttpLogLevel.NONE, 10))
			.withMessageContaining("NONE");
		assertThatIllegalArgumentException().isThrownBy(() -> HttpLogger.of(options, HttpLogLevel.BODY, -1))
			.withMessageContaining("-1 bytes");
	}

	private String single(String prefix) {
		List<String> found = this.lines.stream().filter((line) -> line.startsWith(prefix)).toList();
		assertThat(found).as(prefix).hasSize(1);
		return found.get(0);
	}

	/** The body text of a logged body, without the cut's mark. */
	private static String shown(String line) {
		String text = line.substring(line.indexOf("):\n") + 3);
		return text.substring(0, text.length() - " [...]".length()).replace("[redacted]", "");
	}

}

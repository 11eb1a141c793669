package dev.reactiveai.openai.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.internal.Redactor;
import dev.reactiveai.openai.core.internal.ServerText;
import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.InternalServerException;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.error.OpenAiStreamException;
import dev.reactiveai.openai.error.UnexpectedStatusCodeException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static dev.reactiveai.openai.core.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a server sends about a failure reaches exception messages and logs redacted,
 * escaped and bounded: no key or part of one, no forged log line, no flood.
 */
class ServerTextInMessagesTests {

	private static final String CANARY = "sk-canary-" + UUID.randomUUID().toString().replace("-", "")
			+ UUID.randomUUID().toString().replace("-", "");

	@RegisterExtension
	final MockApi api = new MockApi();

	private OpenAiClient client() {
		return this.api.client((options) -> options.apiKey(CANARY).retries((retries) -> retries.withMaxRetries(1)));
	}

	@Test
	void aKeyEchoedAcrossTheCutOfANonJsonBodyLeavesNoPartInTheMessageNorTheDebugLog() {
		String body = "x".repeat(1990) + " " + CANARY + " is not valid";
		this.api.enqueue(text(503, body));
		this.api.enqueue(text(503, body));
		try (LogCapture logs = new LogCapture(Level.DEBUG)) {
			StepVerifier.create(client().models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(InternalServerException.class)
					.satisfies((error) -> assertNoPartOfTheKey(messages(error))))
				.verify(TIMEOUT);
			assertThat(logs.lines()).anyMatch((line) -> line.contains("Retrying GET /models/{model}"));
			logs.lines().forEach(ServerTextInMessagesTests::assertNoPartOfTheKey);
		}
	}

	@Test
	void thePrefixOfAKeyThatTheServerCutIsRedacted() {
		this.api.enqueue(text(400, "Incorrect API key provided: " + CANARY.substring(0, 30)));
		this.api.enqueue(json(400, "{\"error\":{\"message\":\"Incorrect API key provided: " + CANARY.substring(0, 20)
				+ "...\",\"param\":\"" + CANARY.substring(12, 30) + "\"}}"));
		for (int i = 0; i < 2; i++) {
			StepVerifier.create(client().models().retrieve("gpt-4o")).expectErrorSatisfies((ex) -> {
				assertNoPartOfTheKey(messages(ex));
				OpenAiServiceException serviceException = (OpenAiServiceException) ex;
				assertNoPartOfTheKey(String.valueOf(serviceException.error()));
			}).verify(TIMEOUT);
		}
	}

	@Test
	void lineBreaksAndControlCharactersOfAJsonErrorAreEscapedInTheMessageAndTheDebugLog() {
		String body = "{\"error\":{\"message\":\"bad\\r\\n12:00:00.000 INFO  forged line\\u001b[2J\","
				+ "\"type\":\"t\\ny\",\"code\":\"c\\r\\node\",\"param\":\"p\\u001bq\"}}";
		this.api.enqueue(json(500, body));
		this.api.enqueue(json(500, body));
		try (LogCapture logs = new LogCapture(Level.DEBUG)) {
			StepVerifier.create(client().models().retrieve("gpt-4o")).expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(InternalServerException.class);
				assertThat(ex.getMessage()).doesNotContain("\r", "\n", "\u001b")
					.contains("bad\\r\\n12:00:00.000 INFO  forged line\\u001b[2J")
					.contains("type=t\\ny", "code=c\\r\\node", "param=p\\u001bq");
				// The error keeps the server's text for code to inspect.
				assertThat(((InternalServerException) ex).error().message()).contains("\r\n");
			}).verify(TIMEOUT);
			assertThat(logs.lines()).filteredOn((line) -> line.contains("Retrying GET /models/{model}"))
				.singleElement()
				.satisfies((line) -> assertThat(line).doesNotContain("\r", "\n", "\u001b").contains("forged line"));
		}
	}

	@Test
	void controlCharactersOfANonJsonBodyAreEscaped() {
		this.api.enqueue(text(502, "<html>\r\nERROR forged\u001b[0m</html>"));
		StepVerifier
			.create(this.api.client((options) -> options.retries((retries) -> retries.withMaxRetries(0)))
				.models()
				.retrieve("gpt-4o"))
			.expectErrorSatisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\r", "\n", "\u001b")
				.contains("<html>\\r\\nERROR forged\\u001b[0m</html>"))
			.verify(TIMEOUT);
	}

	@Test
	void headerValuesQuotedInTheMessageAreEscapedAndBounded() throws IOException {
		// HTTP allows bytes 0x80-0xFF in header values; read as characters, 0x85 is NEL
		// and 0x9B is CSI, which terminals obey.
		// Bytes that well-behaved servers refuse to send: header values with control
		// characters, one byte each.
		byte[] answer = ("HTTP/1.1 302 Found\r\n" + "Location: https://elsewhere.example/\u0085forged\u009b2J\r\n"
				+ "x-request-id: req_1\u009b31m" + "r".repeat(1000) + "\r\nContent-Length: 0\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> out.write(answer));
				OpenAiClient client = TestClients.client(server.baseUrl(),
						(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			StepVerifier.create(client.models().retrieve("gpt-4o")).expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(UnexpectedStatusCodeException.class);
				assertThat(ex.getMessage()).doesNotContain("\u0085", "\u009b")
					.contains("redirecting to https://elsewhere.example/\\u0085forged\\u009b2J")
					.contains("[request id req_1\\u009b31m")
					.contains("...[cut at " + ServerText.MAX_VALUE + " characters")
					.hasSizeLessThan(600);
			}).verify(TIMEOUT);
		}
	}

	@Test
	void aHugeErrorMessageIsCutInTheExceptionMessageButKeptInTheError() {
		String huge = "m".repeat(60_000);
		this.api.enqueue(json(400, "{\"error\":{\"message\":\"" + huge + "\",\"type\":\"invalid_request_error\"}}"));
		StepVerifier.create(client().models().retrieve("gpt-4o")).expectErrorSatisfies((ex) -> {
			assertThat(ex.getMessage()).hasSizeLessThan(ServerText.MAX_TEXT + 300)
				.contains("...[cut at 2000 characters, 58000 more]")
				.contains("type=invalid_request_error");
			assertThat(((BadRequestException) ex).error().message()).isEqualTo(huge);
		}).verify(TIMEOUT);
	}

	@Test
	void theTextOfAStreamErrorIsRedactedEscapedAndBounded() {
		this.api.enqueue(sse(
				"event: error\ndata: broken\u001b[2J " + CANARY.substring(0, 24) + " " + "z".repeat(5000) + "\n\n"));
		this.api.enqueue(sse("data: {\"error\":{\"message\":\"line\\nforged " + CANARY
				+ "\",\"type\":\"server_error\\r\\nx\",\"code\":null}}\n\n"));
		for (int i = 0; i < 2; i++) {
			StepVerifier.create(client().chat().completions().createStream(TestClients.chatRequest("hi")))
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isInstanceOf(OpenAiStreamException.class);
					assertThat(ex.getMessage()).doesNotContain("\r", "\n", "\u001b").hasSizeLessThan(2300);
					assertNoPartOfTheKey(messages(ex));
					assertNoPartOfTheKey(String.valueOf(((OpenAiStreamException) ex).error()));
				})
				.verify(TIMEOUT);
		}
	}

	private static MockResponse text(int status, String body) {
		return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/plain").body(body).build();
	}

	private static MockResponse sse(String body) {
		return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream").body(body).build();
	}

	private static String messages(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			all.append(cause).append('\n');
		}
		assertThat(ex).isInstanceOf(OpenAiException.class);
		return all.toString();
	}

	/** No eight characters in a row of the key, the shortest fragment redacted. */
	static void assertNoPartOfTheKey(String text) {
		for (int i = 0; i + Redactor.MIN_FRAGMENT <= CANARY.length(); i++) {
			assertThat(text).doesNotContain(CANARY.substring(i, i + Redactor.MIN_FRAGMENT));
		}
	}

}

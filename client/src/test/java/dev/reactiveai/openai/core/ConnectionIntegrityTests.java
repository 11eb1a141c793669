package dev.reactiveai.openai.core;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.internal.ReactorNettyConnectors;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.OpenAiResponseException;
import dev.reactiveai.openai.error.UnexpectedStatusCodeException;
import dev.reactiveai.openai.types.Model;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;

import org.springframework.util.unit.DataSize;

import static dev.reactiveai.openai.core.RawHttpServer.json;
import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A connection is reused only when its last exchange ended exactly at its framing, and
 * every way an exchange can break ends the call with an {@link OpenAiException} and frees
 * the connection: raw servers send the broken bytes.
 */
class ConnectionIntegrityTests {

	@Test
	void aStrayAnswerInTheSameReadNeverBecomesTheNextCallsAnswer() throws Exception {
		try (RawHttpServer server = new RawHttpServer(
				(n, head, out) -> out.write(json(model(idOf(head))) + ((n == 1) ? json(model("stray")) : "")));
				OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
				})) {
			assertOwnAnswers(client, 4);
			assertFirstConnectionNotReused(server, 4);
		}
	}

	@Test
	void aStrayAnswerWhileTheConnectionIsIdleClosesIt() throws Exception {
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> {
			out.write(json(model(idOf(head))));
			if (n == 1) {
				out.pause(30).write(json(model("stray")));
			}
		}); OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
		})) {
			retrieve(client, "m1");
			await().atMost(TIMEOUT).until(() -> server.openConnections() == 0);
			assertOwnAnswers(client, 3);
		}
	}

	@Test
	void theTailOfABodyLongerThanItsContentLengthNeverReachesAnotherCall() throws Exception {
		try (RawHttpServer server = new RawHttpServer(
				(n, head, out) -> out.write(json(model(idOf(head))) + ((n == 1) ? "trailing garbage\r\n" : "")));
				OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
				})) {
			assertOwnAnswers(client, 4);
			assertFirstConnectionNotReused(server, 4);
		}
	}

	/**
	 * A stray answer that arrives after the next request was written on a reused
	 * connection would read as that request's answer: HTTP/1.1 cannot tell. Once the
	 * server was seen to send stray bytes, no connection is reused, so that it cannot.
	 */
	@Test
	void afterTheFirstStrayNoConnectionIsReused() throws Exception {
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> {
			// Every answer but the first is slow and followed by a stray answer: on a
			// reused connection, the stray would arrive before the next call's answer.
			out.pause((n == 1) ? 0 : 100).write(json(model(idOf(head)))).pause(30).write(json(model("stray-" + n)));
		});
				OpenAiClient client = TestClients.client(server.baseUrl(),
						(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			retrieve(client, "m1");
			// The first stray arrives while the connection is idle: the first sign.
			await().atMost(TIMEOUT).until(() -> server.openConnections() == 0);
			assertOwnAnswers(client, 5);
			assertThat(server.requests()).isEqualTo(6);
			assertThat(server.connections()).isEqualTo(6);
		}
	}

	@Test
	void withKeepAliveOffNotEvenAServersFirstStrayReachesAnotherCall() throws Exception {
		// The first answer is followed 300 ms later by a stray one; every later answer
		// takes 500 ms. On a reused connection the stray arrives while the second call
		// waits, and HTTP/1.1 gives nothing to tell it from that call's answer.
		RawHttpServer.Script firstStrayWhileTheNextCallWaits = (n, head, out) -> {
			out.pause((n == 1) ? 0 : 500).write(json(model(idOf(head))));
			if (n == 1) {
				out.pause(300).write(json(model("stray")));
			}
		};
		try (RawHttpServer server = new RawHttpServer(firstStrayWhileTheNextCallWaits);
				OpenAiClient client = TestClients.client(server.baseUrl(),
						(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			retrieve(client, "m1");
			// The first connection is back in the pool.
			Thread.sleep(100);
			assertThat(retrieve(client, "m2")).as("the case keep-alive off is for").isEqualTo("stray");
		}
		List<String> heads = new CopyOnWriteArrayList<>();
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> {
			heads.add(head.toLowerCase(Locale.ROOT));
			firstStrayWhileTheNextCallWaits.answer(n, head, out);
		});
				OpenAiClient client = TestClients.client(server.baseUrl(),
						(options) -> options.retries((retries) -> retries.withMaxRetries(0))
							.connection((connection) -> connection.withKeepAlive(false)))) {
			retrieve(client, "m1");
			Thread.sleep(100);
			assertOwnAnswers(client, 3);
			assertThat(server.requests()).isEqualTo(4);
			assertThat(server.connections()).isEqualTo(4);
			assertThat(heads).allSatisfy((head) -> assertThat(head).contains("\r\nconnection: close\r\n"));
			await().atMost(TIMEOUT).until(() -> server.openConnections() == 0);
		}
	}

	@Test
	void atTheFirstStrayTheIdleConnectionsAreClosed() throws Exception {
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> {
			String id = idOf(head);
			out.pause(id.startsWith("parallel") ? 200 : 0).write(json(model(id)));
			if (id.equals("misled")) {
				out.pause(30).write(json(model("stray")));
			}
		}); OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
		})) {
			// Four connections at once, then idle in the pool.
			assertThat(Flux.range(1, 4)
				.flatMap((i) -> client.models().retrieve("parallel-" + i).map(Model::id))
				.collectList()
				.block(TIMEOUT)).hasSize(4);
			assertThat(server.openConnections()).isEqualTo(4);
			retrieve(client, "misled");
			await().atMost(TIMEOUT).until(() -> server.openConnections() == 0);
			int connections = server.connections();
			assertOwnAnswers(client, 2);
			assertThat(server.connections()).isEqualTo(connections + 2);
		}
	}

	@Test
	void informationalAnswersAreSkipped() throws Exception {
		try (RawHttpServer server = new RawHttpServer(
				(n, head, out) -> out.write("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n")
					.pause(5)
					.write("HTTP/1.1 100 Continue\r\n\r\n" + json(model(idOf(head)))));
				OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
				})) {
			assertOwnAnswers(client, 3);
			assertThat(server.requests()).isEqualTo(3);
		}
	}

	@Test
	void aStatusAbove599IsAnErrorThatIsNotRetried() throws Exception {
		try (RawHttpServer server = new RawHttpServer(
				(n, head, out) -> out.write("HTTP/1.1 600 Unknown\r\nContent-Length: 0\r\n\r\n"));
				OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
				})) {
			StepVerifier.create(client.models().retrieve("m1"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(UnexpectedStatusCodeException.class)
					.hasMessageContaining("HTTP 600"))
				.verify(TIMEOUT);
			assertThat(server.requests()).isEqualTo(1);
		}
	}

	@Test
	void aBodyThatIsNotTheCompressionItClaimsFailsTypedAndFreesItsPoolSlot() throws Exception {
		ConnectionProvider pool = ConnectionProvider.builder("integrity")
			.maxConnections(2)
			.pendingAcquireTimeout(Duration.ofSeconds(2))
			.build();
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> {
			String body = model(idOf(head));
			out.write((n <= 20) ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
					+ "Content-Length: " + body.length() + "\r\n\r\n" + body : json(body));
		}); OpenAiClient client = client(server, pool)) {
			for (int i = 1; i <= 20; i++) {
				StepVerifier.create(client.models().retrieve("m" + i))
					.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
						.hasMessageContaining("GET /models/{model}")
						.hasMessageContaining("GZIP"))
					.verify(TIMEOUT);
			}
			assertOwnAnswers(client, 3);
		}
		finally {
			pool.dispose();
		}
	}

	@Test
	void malformedChunkFramingFailsTypedAndTheNextCallIsAnswered() throws Exception {
		for (String size : List.of("ZZZ", "FFFFFFFFFFFFFFFFFFFFFFFF")) {
			try (RawHttpServer server = new RawHttpServer((n, head, out) -> out.write(
					(n == 1) ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
							+ "5\r\n{\"id\"\r\n" + size + "\r\nxx\r\n" : json(model(idOf(head)))));
					OpenAiClient client = TestClients.client(server.baseUrl(),
							(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
				StepVerifier.create(client.models().retrieve("m0"))
					.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiException.class)
						.hasMessageContaining("GET /models/{model}"))
					.verify(TIMEOUT);
				assertOwnAnswers(client, 2);
			}
		}
	}

	@Test
	void aStreamedAnswerThatIsNotAnEventStreamIsAnErrorQuotingIt() throws Exception {
		try (RawHttpServer server = new RawHttpServer((n, head,
				out) -> out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 45\r\n\r\n"
						+ "<html><body>Sign in to the Wi-Fi</body></html>"));
				OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
				})) {
			StepVerifier.create(client.chat().completions().createStream(TestClients.chatRequest("Hi")))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
					.hasMessageContaining("POST /chat/completions")
					.hasMessageContaining("not an event stream")
					.hasMessageContaining("text/html")
					.hasMessageContaining("Sign in to the Wi-Fi"))
				.verify(TIMEOUT);
			assertThat(server.requests()).isEqualTo(1);
		}
	}

	@Test
	void aPostWhoseAnswerWasCutAfterItBeganIsNotRetried() throws Exception {
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> out
			.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":")
			.close()); OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
			})) {
			StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("Hi")))
				.expectError(OpenAiConnectionException.class)
				.verify(TIMEOUT);
			assertThat(server.requests()).isEqualTo(1);
		}
	}

	@Test
	void aGetWhoseAnswerWasCutAfterItBeganIsRetried() throws Exception {
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> out
			.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":")
			.close()); OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> {
			})) {
			StepVerifier.create(client.models().retrieve("m1"))
				.expectError(OpenAiConnectionException.class)
				.verify(TIMEOUT);
			assertThat(server.requests()).isEqualTo(3);
		}
	}

	@Test
	void commentsKeepAStreamAliveWhileTheModelThinks() throws Exception {
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> {
			out.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n");
			for (int i = 0; i < 8; i++) {
				out.write(": keep-alive\n\n").pause(100);
			}
			out.write(StreamingTests.chunk("done") + "data: [DONE]\n\n").close();
		});
				OpenAiClient client = TestClients.client(server.baseUrl(), (options) -> options
					.timeouts((timeouts) -> timeouts.withReadTimeout(Duration.ofMillis(400))))) {
			StepVerifier.create(client.chat().completions().createStream(TestClients.chatRequest("Hi")))
				.expectNextCount(1)
				.expectComplete()
				.verify(TIMEOUT);
			assertThat(server.requests()).isEqualTo(1);
		}
	}

	@Test
	void manyLargeEventsAtOnceFailTypedWithinTheClientsMemoryBudget() throws Exception {
		String event = StreamingTests.chunk("x".repeat(3 * 1024 * 1024));
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> out
			.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
			.write(event)
			.pause(2000)
			.close());
				OpenAiClient client = TestClients.client(server.baseUrl(),
						(options) -> options.retries((retries) -> retries.withMaxRetries(0))
							.memory((memory) -> memory.withMaxInMemorySize(DataSize.ofMegabytes(8))
								.withMaxInMemoryTotal(DataSize.ofMegabytes(16))))) {
			List<Object> outcomes = Flux.range(0, 16)
				.flatMap((i) -> client.chat()
					.completions()
					.createStream(TestClients.chatRequest("Hi"))
					.take(1)
					.map(Object.class::cast)
					.onErrorResume((ex) -> Mono.just(ex)), 16)
				.collectList()
				.block(TIMEOUT);
			assertThat(outcomes).hasSize(16).allSatisfy((outcome) -> {
				if (outcome instanceof Throwable failure) {
					assertThat(failure).isInstanceOf(OpenAiResponseException.class)
						.hasMessageContaining("maxInMemoryTotal");
				}
			});
			assertThat(outcomes).filteredOn(Throwable.class::isInstance).isNotEmpty();
			await().atMost(TIMEOUT).until(() -> client.transport().memoryBudget().held() == 0);
		}
	}

	@Test
	void underLoadWithBrokenAnswersEveryCallEndsWithItsOwnAnswerOrATypedError() throws Exception {
		AtomicInteger broken = new AtomicInteger();
		try (RawHttpServer server = new RawHttpServer((n, head, out) -> {
			String id = idOf(head);
			switch (n % 20) {
				case 3 -> out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
						+ "Content-Length: 5\r\n\r\nnope!");
				case 7 ->
					out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
							+ "\r\nQQ\r\n");
				case 11 -> out.write(json(model(id)) + json(model("stray-" + n)));
				case 13 -> out.write(json(model(id)) + "junk after the body\r\n");
				case 17 -> {
					out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 90\r\n\r\n{");
					out.close();
				}
				default -> out.write(json(model(id)));
			}
			if (n % 20 == 3 || n % 20 == 7 || n % 20 == 17) {
				broken.incrementAndGet();
			}
		});
				OpenAiClient client = TestClients.client(server.baseUrl(),
						(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			Map<String, Object> outcomes = new ConcurrentHashMap<>();
			Flux.range(0, 2000)
				.flatMap((i) -> client.models()
					.retrieve("m" + i)
					.map((model) -> (Object) model.id())
					.onErrorResume((ex) -> Mono.just(ex))
					.doOnNext((outcome) -> outcomes.put("m" + i, outcome)), 128)
				.blockLast(Duration.ofSeconds(90));
			assertThat(outcomes).hasSize(2000);
			outcomes.forEach((id, outcome) -> {
				if (outcome instanceof Throwable failure) {
					assertThat(failure).isInstanceOf(OpenAiException.class);
				}
				else {
					assertThat(outcome).isEqualTo(id);
				}
			});
			assertThat(outcomes.values()).filteredOn(Throwable.class::isInstance).isNotEmpty();
			client.close();
			await().atMost(TIMEOUT).until(() -> server.openConnections() == 0);
		}
	}

	private static OpenAiClient client(RawHttpServer server, ConnectionProvider pool) {
		OpenAiClientOptions options = TestClients.options(server.baseUrl())
			.retries((retries) -> retries.withMaxRetries(0))
			.build();
		return OpenAiClient.builder()
			.options(options)
			.clientConnector(ReactorNettyConnectors.connector(options, pool))
			.build();
	}

	/** Every call was answered once, and not all of them on the first connection. */
	private static void assertFirstConnectionNotReused(RawHttpServer server, int calls) {
		assertThat(server.requests()).isEqualTo(calls);
		assertThat(server.connections()).isGreaterThanOrEqualTo(2);
	}

	private static void assertOwnAnswers(OpenAiClient client, int calls) {
		for (int i = 1; i <= calls; i++) {
			assertThat(retrieve(client, "own-" + i)).isEqualTo("own-" + i);
		}
	}

	private static String retrieve(OpenAiClient client, String id) {
		return client.models().retrieve(id).map(Model::id).block(TIMEOUT);
	}

	/** The model id that a {@code GET /v1/models/{id}} asks for. */
	private static String idOf(String head) {
		String target = head.substring(head.indexOf(' ') + 1, head.indexOf(" HTTP/"));
		return target.substring(target.lastIndexOf('/') + 1);
	}

	private static String model(String id) {
		return "{\"id\":\"" + id + "\",\"object\":\"model\",\"created\":1,\"owned_by\":\"test\"}";
	}

}

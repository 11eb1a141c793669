package dev.reactiveai.openai.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.internal.ReactorNettyConnectors;
import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reliability.md, case 32: with {@link ConnectionOptions#withHttp2(boolean)} on,
 * calls and streams go over HTTP/2 to a TLS server that offers it, and fail as typed as
 * over HTTP/1.1; off, or against a server without it, HTTP/1.1 is used.
 */
class Http2Tests {

	@TempDir
	static Path directory;

	private static SelfSignedCertificate tls;

	private final Queue<String> protocols = new ConcurrentLinkedQueue<>();

	private final AtomicInteger openConnections = new AtomicInteger();

	private final List<DisposableServer> servers = new ArrayList<>();

	@BeforeAll
	static void createCertificate() throws Exception {
		tls = SelfSignedCertificate.create(directory);
	}

	@AfterEach
	void stop() {
		this.servers.forEach(DisposableServer::disposeNow);
	}

	@Test
	void aCallAndAStreamGoOverHttp2WhenOn() {
		DisposableServer server = server(true, (request, response) -> {
			if (request.method().name().equals("POST")) {
				return sse(response, Flux.just(chunk("a"), chunk("b"), "data: [DONE]\n\n"));
			}
			return request.receive()
				.then()
				.then(LoopbackServer.sendJson(response, "{\"object\":\"list\",\"data\":[{\"id\":\"m\"}]}"));
		});
		try (TlsClient tls = client(server, true)) {
			OpenAiClient client = tls.client();
			StepVerifier.create(client.models().listPage())
				.assertNext((page) -> assertThat(page.data()).hasSize(1))
				.expectComplete()
				.verify(TestClients.TIMEOUT);
			StepVerifier.create(client.chat().completions().createStream(TestClients.chatRequest("stream")))
				.expectNextCount(2)
				.expectComplete()
				.verify(TestClients.TIMEOUT);
		}
		assertThat(this.protocols).containsExactly("HTTP/2.0", "HTTP/2.0");
	}

	@Test
	void cancellingAStreamEndsTheServersStream() throws InterruptedException {
		CountDownLatch cancelled = new CountDownLatch(1);
		DisposableServer server = server(true,
				(request, response) -> sse(response,
						Flux.interval(Duration.ofMillis(20))
							.map((tick) -> chunk("t" + tick))
							.doOnCancel(cancelled::countDown)));
		try (TlsClient tls = client(server, true)) {
			OpenAiClient client = tls.client();
			StepVerifier.create(client.chat().completions().createStream(TestClients.chatRequest("x")).take(3))
				.expectNextCount(3)
				.expectComplete()
				.verify(TestClients.TIMEOUT);
			assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("the server's stream was cancelled").isTrue();
			// The connection stays open for other calls: only the stream was reset.
			assertThat(this.openConnections.get()).isEqualTo(1);
		}
		assertThat(this.protocols).containsExactly("HTTP/2.0");
	}

	@Test
	void aSilentStreamAndAnErrorAnswerFailTyped() {
		DisposableServer server = server(true, (request, response) -> {
			if (request.uri().contains("models")) {
				return request.receive()
					.then()
					.then(response.status(400)
						.header("Content-Type", "application/json")
						.sendString(
								Mono.just("{\"error\":{\"message\":\"bad over h2\",\"type\":\"invalid_request_error\","
										+ "\"code\":null,\"param\":\"model\"}}"))
						.then());
			}
			return request.receive()
				.then()
				.then(response.status(200).header("Content-Type", "text/event-stream").neverComplete());
		});
		try (TlsClient tls = client(server, true)) {
			OpenAiClient client = tls.client();
			StepVerifier
				.create(client.chat()
					.completions()
					.withOptions(RequestOptions.builder().readTimeout(Duration.ofMillis(300)).build())
					.createStream(TestClients.chatRequest("x")))
				.expectError(OpenAiTimeoutException.class)
				.verify(TestClients.TIMEOUT);
			StepVerifier.create(client.models().listPage())
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(BadRequestException.class)
					.hasMessageContaining("bad over h2"))
				.verify(TestClients.TIMEOUT);
		}
		assertThat(this.protocols).hasSize(2).containsOnly("HTTP/2.0");
	}

	@Test
	void closingLeavesNoConnectionOpen() throws InterruptedException {
		DisposableServer server = server(true,
				(request, response) -> request.receive()
					.then()
					.then(LoopbackServer.sendJson(response, "{\"object\":\"list\",\"data\":[]}")));
		TlsClient tls = client(server, true);
		tls.client().models().listPage().block(TestClients.TIMEOUT);
		Flux.range(0, 20).flatMap((i) -> tls.client().models().listPage()).collectList().block(TestClients.TIMEOUT);
		assertThat(this.openConnections.get()).as("connections open before close()").isPositive();
		tls.close();
		awaitNoOpenConnection();
		assertThat(this.protocols).hasSize(21).containsOnly("HTTP/2.0");
	}

	@Test
	void offUsesHttp11() {
		DisposableServer server = server(true,
				(request, response) -> request.receive()
					.then()
					.then(LoopbackServer.sendJson(response, "{\"object\":\"list\",\"data\":[]}")));
		try (TlsClient tls = client(server, false)) {
			OpenAiClient client = tls.client();
			StepVerifier.create(client.models().listPage())
				.expectNextCount(1)
				.expectComplete()
				.verify(TestClients.TIMEOUT);
		}
		assertThat(this.protocols).containsExactly("HTTP/1.1");
	}

	@Test
	void onFallsBackToHttp11AndKeepsReusingItsConnection() {
		DisposableServer server = server(false,
				(request, response) -> request.receive()
					.then()
					.then(LoopbackServer.sendJson(response, "{\"object\":\"list\",\"data\":[]}")));
		try (TlsClient tls = client(server, true)) {
			OpenAiClient client = tls.client();
			for (int i = 0; i < 3; i++) {
				StepVerifier.create(client.models().listPage())
					.expectNextCount(1)
					.expectComplete()
					.verify(TestClients.TIMEOUT);
			}
			// The exchange guard saw each answer as its request's: the connection was
			// reused.
			assertThat(this.openConnections.get()).isEqualTo(1);
		}
		assertThat(this.protocols).containsExactly("HTTP/1.1", "HTTP/1.1", "HTTP/1.1");
	}

	@Test
	void onWithATlsContextWithoutAlpnUsesHttp11() throws Exception {
		DisposableServer server = server(true,
				(request, response) -> request.receive()
					.then()
					.then(LoopbackServer.sendJson(response, "{\"object\":\"list\",\"data\":[]}")));
		OpenAiClientOptions options = TestClients.options("https://127.0.0.1:" + server.port() + "/v1")
			.retries((retries) -> retries.withMaxRetries(0))
			.connection((connection) -> connection.withHttp2(true))
			.build();
		ConnectionProvider pool = ReactorNettyConnectors.connectionProvider(options);
		// As Spring Boot's connector builds the TLS context of an SSL bundle: no ALPN.
		SslContext context = SslContextBuilder.forClient().trustManager(tls.certificate().toFile()).build();
		HttpClient httpClient = HttpClient.create(pool).secure((spec) -> spec.sslContext(context));
		try (TlsClient tls = new TlsClient(OpenAiClient.builder()
			.options(options)
			.clientConnector(new ReactorClientHttpConnector(ReactorNettyConnectors.configure(httpClient, options)))
			.build(), pool)) {
			for (int i = 0; i < 2; i++) {
				StepVerifier.create(tls.client().models().listPage())
					.expectNextCount(1)
					.expectComplete()
					.verify(TestClients.TIMEOUT);
			}
		}
		assertThat(this.protocols).containsExactly("HTTP/1.1", "HTTP/1.1");
	}

	private DisposableServer server(boolean http2,
			java.util.function.BiFunction<HttpServerRequest, HttpServerResponse, org.reactivestreams.Publisher<Void>> handler) {
		HttpServer server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.doOnChannelInit((observer, channel, address) -> {
				this.openConnections.incrementAndGet();
				channel.closeFuture().addListener((future) -> this.openConnections.decrementAndGet());
			})
			.handle((request, response) -> {
				this.protocols.add(request.protocol());
				return handler.apply(request, response);
			});
		server = http2
				? server.secure((spec) -> spec.sslContext(Http2SslContextSpec.forServer(tls.keyManagers())))
					.protocol(HttpProtocol.H2, HttpProtocol.HTTP11)
				: server.secure((spec) -> spec.sslContext(Http11SslContextSpec.forServer(tls.keyManagers())));
		DisposableServer bound = server.bindNow(TestClients.TIMEOUT);
		this.servers.add(bound);
		return bound;
	}

	/**
	 * A client that trusts the loopback server's certificate, on a pool of its own that
	 * closing it disposes, as an application that gives the client its connector does.
	 */
	private static TlsClient client(DisposableServer server, boolean http2) {
		OpenAiClientOptions options = TestClients.options("https://127.0.0.1:" + server.port() + "/v1")
			.retries((retries) -> retries.withMaxRetries(0))
			.connection((connection) -> connection.withHttp2(http2))
			.build();
		ConnectionProvider pool = ReactorNettyConnectors.connectionProvider(options);
		HttpClient httpClient = HttpClient.create(pool)
			.secure((spec) -> spec.sslContext(http2
					? Http2SslContextSpec.forClient().configure((ssl) -> ssl.trustManager(tls.certificate().toFile()))
					: Http11SslContextSpec.forClient()
						.configure((ssl) -> ssl.trustManager(tls.certificate().toFile()))));
		OpenAiClient client = OpenAiClient.builder()
			.options(options)
			.clientConnector(new ReactorClientHttpConnector(ReactorNettyConnectors.configure(httpClient, options)))
			.build();
		return new TlsClient(client, pool);
	}

	private record TlsClient(OpenAiClient client, ConnectionProvider pool) implements AutoCloseable {

		@Override
		public void close() {
			this.client.close();
			this.pool.disposeLater().block(TestClients.TIMEOUT);
		}

	}

	private void awaitNoOpenConnection() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (this.openConnections.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.openConnections.get()).as("connections open after close()").isZero();
	}

	private static Mono<Void> sse(HttpServerResponse response, Flux<String> events) {
		return response.status(200)
			.header("Content-Type", "text/event-stream")
			.sendString(events, StandardCharsets.UTF_8)
			.then();
	}

	private static String chunk(String content) {
		return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
				+ "[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n";
	}

}

package dev.reactiveai.openai.core;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.reactiveai.openai.OpenAiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reliability.md, case 7: servers that close idle keep-alive connections cause no
 * failures.
 */
class IdleConnectionTests {

	private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();

	/** A server that closes connections idle for 300 ms. */
	private DisposableServer server = server(Duration.ofMillis(300));

	@AfterEach
	void stop() {
		this.server.disposeNow();
	}

	@Test
	void poolDropsIdleConnectionsBeforeTheServerDoes() throws InterruptedException {
		try (OpenAiClient client = client(Duration.ofMillis(100))) {
			for (int i = 0; i < 3; i++) {
				retrieve(client);
				Thread.sleep(450);
			}
		}
		assertThat(this.connections.get()).isEqualTo(3);
	}

	@Test
	void aConnectionTheServerClosedWhileIdleIsNotReused() throws InterruptedException {
		try (OpenAiClient client = client(Duration.ofMinutes(5))) {
			for (int i = 0; i < 3; i++) {
				retrieve(client);
				Thread.sleep(450);
			}
		}
		assertThat(this.connections.get()).isEqualTo(3);
	}

	@Test
	void aBusyConnectionIsReused() throws InterruptedException {
		// A server that keeps idle connections longer than a slow machine may pause
		// between two calls.
		this.server.disposeNow();
		this.server = server(Duration.ofSeconds(30));
		try (OpenAiClient client = client(Duration.ofSeconds(30))) {
			for (int i = 0; i < 5; i++) {
				retrieve(client);
				awaitRelease();
			}
		}
		assertThat(this.connections.get()).isEqualTo(1);
	}

	/**
	 * After a burst, a lighter load takes the most recently used idle connection, not
	 * each idle connection in turn: the rest can idle out at the pool's
	 * {@code maxIdleTime}, and calls do not pay for a connection that waited longest.
	 */
	@Test
	void afterABurstOneCallAtATimeKeepsToOneConnection() throws InterruptedException {
		this.server.disposeNow();
		Set<Integer> ports = ConcurrentHashMap.newKeySet();
		AtomicBoolean burst = new AtomicBoolean(true);
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) -> {
			ports.add(((InetSocketAddress) request.remoteAddress()).getPort());
			// During the burst every answer waits, so that each call needs a
			// connection of its own.
			Duration delay = burst.get() ? Duration.ofMillis(300) : Duration.ZERO;
			return request.receive()
				.then(Mono.delay(delay))
				.then(response.header("Content-Type", "application/json")
					.sendString(Mono.just(TestClients.model("gpt-4o")))
					.then());
		}).bindNow();
		try (OpenAiClient client = client(Duration.ofSeconds(30))) {
			StepVerifier.create(Flux.range(0, 8).flatMap((i) -> client.models().retrieve("gpt-4o"), 8))
				.expectNextCount(8)
				.expectComplete()
				.verify(TIMEOUT);
			assertThat(ports).hasSize(8);
			burst.set(false);
			ports.clear();
			for (int i = 0; i < 12; i++) {
				retrieve(client);
				awaitRelease();
			}
		}
		assertThat(ports).hasSize(1);
	}

	private static void retrieve(OpenAiClient client) {
		StepVerifier.create(client.models().retrieve("gpt-4o")).expectNextCount(1).expectComplete().verify(TIMEOUT);
	}

	/**
	 * Give the last call's connection time to return to the pool: the answer reaches the
	 * caller just before its connection is released, on the connection's event loop, so a
	 * call made at once from another thread may find it still in use and take another.
	 */
	private static void awaitRelease() throws InterruptedException {
		Thread.sleep(50);
	}

	private DisposableServer server(Duration idleTimeout) {
		return HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.idleTimeout(idleTimeout)
			.doOnChannelInit((observer, channel, address) -> this.connections.incrementAndGet())
			.handle((request, response) -> request.receive()
				.then()
				.then(response.header("Content-Type", "application/json")
					.sendString(Mono.just(TestClients.model("gpt-4o")))
					.then()))
			.bindNow();
	}

	private OpenAiClient client(Duration maxIdleTime) {
		return TestClients.client("http://127.0.0.1:" + this.server.port() + "/v1",
				(options) -> options.connection((connection) -> connection.withMaxIdleTime(maxIdleTime))
					.retries((retries) -> retries.withMaxRetries(0)));
	}

}

package dev.reactiveai.openai.core;

import java.time.Duration;

import dev.reactiveai.openai.OpenAiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
				StepVerifier.create(client.models().retrieve("gpt-4o"))
					.expectNextCount(1)
					.expectComplete()
					.verify(TIMEOUT);
				Thread.sleep(450);
			}
		}
		assertThat(this.connections.get()).isEqualTo(3);
	}

	@Test
	void aConnectionTheServerClosedWhileIdleIsNotReused() throws InterruptedException {
		try (OpenAiClient client = client(Duration.ofMinutes(5))) {
			for (int i = 0; i < 3; i++) {
				StepVerifier.create(client.models().retrieve("gpt-4o"))
					.expectNextCount(1)
					.expectComplete()
					.verify(TIMEOUT);
				Thread.sleep(450);
			}
		}
		assertThat(this.connections.get()).isEqualTo(3);
	}

	@Test
	void aBusyConnectionIsReused() {
		// A server that keeps idle connections longer than a slow machine may pause
		// between two calls.
		this.server.disposeNow();
		this.server = server(Duration.ofSeconds(30));
		try (OpenAiClient client = client(Duration.ofSeconds(30))) {
			for (int i = 0; i < 5; i++) {
				StepVerifier.create(client.models().retrieve("gpt-4o"))
					.expectNextCount(1)
					.expectComplete()
					.verify(TIMEOUT);
			}
		}
		assertThat(this.connections.get()).isEqualTo(1);
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

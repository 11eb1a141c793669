package dev.reactiveai.openai.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Reactor Netty server on loopback for the tests that need exact control of a stream:
 * chunks written at will, sockets held open or cut, and a count of open connections.
 */
final class LoopbackServer implements AutoCloseable {

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger openConnections = new AtomicInteger();

	private final AtomicInteger closedConnections = new AtomicInteger();

	private volatile BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler = (request,
			response) -> response.status(404).send();

	private final DisposableServer server;

	LoopbackServer() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			// Channels, not connections: Reactor Netty reports each keep-alive request as
			// a connection.
			.doOnChannelInit((observer, channel, address) -> {
				this.openConnections.incrementAndGet();
				channel.closeFuture().addListener((future) -> {
					this.openConnections.decrementAndGet();
					this.closedConnections.incrementAndGet();
				});
			})
			.handle((request, response) -> {
				this.requests.incrementAndGet();
				return this.handler.apply(request, response);
			})
			.bindNow();
	}

	/** Answer with a JSON body. */
	static Mono<Void> sendJson(HttpServerResponse response, String body) {
		return response.status(200)
			.header("Content-Type", "application/json")
			.sendString(Mono.just(body), StandardCharsets.UTF_8)
			.then();
	}

	/** Wait a quiet time, then check that no request beyond the expected ones arrived. */
	void assertRequestsStayAt(Duration quiet, int expected) {
		try {
			Thread.sleep(quiet.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		assertThat(requests()).isEqualTo(expected);
	}

	void handle(BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> handler) {
		this.handler = handler;
	}

	/**
	 * Answer every request with these SSE chunks, then keep the socket open or end the
	 * body.
	 */
	void stream(Flux<String> chunks, boolean keepOpen) {
		handle((request, response) -> request.receive()
			.then()
			.then(response.status(200)
				.header("Content-Type", "text/event-stream")
				.header("x-request-id", "req_stream_1")
				.sendString(keepOpen ? chunks.concatWith(Flux.never()) : chunks, StandardCharsets.UTF_8)
				.then()));
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.port() + "/v1";
	}

	int requests() {
		return this.requests.get();
	}

	int openConnections() {
		return this.openConnections.get();
	}

	int closedConnections() {
		return this.closedConnections.get();
	}

	static Mono<Void> drain(HttpServerRequest request) {
		return request.receive().then();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

}

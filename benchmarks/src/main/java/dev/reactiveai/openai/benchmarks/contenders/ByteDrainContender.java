package dev.reactiveai.openai.benchmarks.contenders;

import java.util.concurrent.CompletableFuture;

import dev.reactiveai.openai.benchmarks.server.Payloads;
import io.netty.buffer.ByteBuf;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The ceiling of any stream reader: Reactor Netty's {@link HttpClient} posting a
 * pre-serialized request and counting the bytes of the answer, which it neither copies
 * nor parses.
 */
public final class ByteDrainContender implements StreamContender {

	private static final String REQUEST = "{\"model\":\"" + Payloads.MODEL + "\",\"messages\":[{\"role\":\"system\","
			+ "\"content\":\"" + Payloads.SYSTEM_MESSAGE + "\"},{\"role\":\"user\",\"content\":\""
			+ Payloads.USER_MESSAGE + "\"}],\"stream\":true}";

	private final ConnectionProvider connections;

	private final HttpClient httpClient;

	/**
	 * A draining client.
	 * @param baseUrl the base URL
	 * @param maxConnections the most connections at once, as many as the other clients
	 * get
	 */
	public ByteDrainContender(String baseUrl, int maxConnections) {
		this.connections = ConnectionProvider.builder("byte-drain")
			.maxConnections(maxConnections)
			.pendingAcquireMaxCount(-1)
			.build();
		this.httpClient = HttpClient.create(this.connections)
			.baseUrl(baseUrl)
			.headers((headers) -> headers.set("authorization", "Bearer " + API_KEY)
				.set("content-type", "application/json")
				.set("accept", "text/event-stream"));
	}

	@Override
	public String name() {
		return "byte drain (ceiling)";
	}

	@Override
	public CompletableFuture<Long> readStream() {
		return readStream("/chat/completions");
	}

	/**
	 * Read one whole stream of an operation, counting its bytes.
	 * @param path the operation's path under the base URL, such as {@code /responses}
	 * @return the bytes of the body
	 */
	public CompletableFuture<Long> readStream(String path) {
		return this.httpClient.post()
			.uri(path)
			.send(ByteBufFlux.fromString(Mono.just(REQUEST)))
			.responseContent()
			.map(ByteBuf::readableBytes)
			.reduce(0L, Long::sum)
			.toFuture();
	}

	@Override
	public Object hold(Runnable onEvent) {
		return this.httpClient.post()
			.uri("/chat/completions")
			.send(ByteBufFlux.fromString(Mono.just(REQUEST)))
			.responseContent()
			.subscribe((buffer) -> onEvent.run());
	}

	@Override
	public void close() {
		this.connections.dispose();
	}

}

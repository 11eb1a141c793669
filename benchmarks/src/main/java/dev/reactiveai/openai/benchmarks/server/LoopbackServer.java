package dev.reactiveai.openai.benchmarks.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * The OpenAI API as far as the benchmarks call it, on 127.0.0.1 and a random port. Each
 * scenario has its own base URL, so that every contender reaches it with nothing but its
 * base URL set:
 * <ul>
 * <li>{@code /chat/v1/chat/completions}: a whole chat completion of about 1 KB;</li>
 * <li>{@code /long/v1/chat/completions}: a long stream of chunk events;</li>
 * <li>{@code /long/v1/responses}: a Responses API stream of as many typed text delta
 * events;</li>
 * <li>{@code /open/v1/chat/completions}: one chunk event, then the stream stays open
 * until the client goes away.</li>
 * </ul>
 * Every body is built once and sent from memory, so that the server costs every contender
 * the same. The server runs on event-loop threads of its own, never on the clients' ones.
 */
public final class LoopbackServer implements AutoCloseable {

	/**
	 * The bytes of the long stream go out in pieces of this size, as a network would cut
	 * them.
	 */
	private static final int STREAM_PIECE = 16 * 1024;

	private final byte[] completion = Payloads.chatCompletion();

	private final List<ByteBuf> longStream;

	private final long longStreamBytes;

	private final List<ByteBuf> longResponseStream;

	private final long longResponseStreamBytes;

	private final byte[] firstEvent = Payloads.firstChunkEvent();

	private final AtomicLong requestIds = new AtomicLong();

	private final LoopResources loops;

	private final DisposableServer server;

	/**
	 * Start a server.
	 * @param longStreamEvents the chunk events in the long stream
	 */
	public LoopbackServer(int longStreamEvents) {
		byte[] stream = Payloads.chatCompletionStream(longStreamEvents);
		this.longStreamBytes = stream.length;
		this.longStream = pieces(stream);
		byte[] responseStream = Payloads.responseStream(longStreamEvents);
		this.longResponseStreamBytes = responseStream.length;
		this.longResponseStream = pieces(responseStream);
		this.loops = LoopResources.create("loopback-server", Runtime.getRuntime().availableProcessors(), true);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.runOn(this.loops)
			.option(ChannelOption.SO_BACKLOG, 4096)
			.route((routes) -> routes.post("/chat/v1/chat/completions", this::completion)
				.post("/long/v1/chat/completions",
						(request, response) -> longStream(request, response, this.longStream))
				.post("/long/v1/responses",
						(request, response) -> longStream(request, response, this.longResponseStream))
				.post("/open/v1/chat/completions", this::openStream))
			.bindNow(Duration.ofSeconds(10));
	}

	/**
	 * The base URL of a scenario, as a client's base URL.
	 * @param scenario {@code chat}, {@code long} or {@code open}
	 * @return the URL, ending in {@code /v1}
	 */
	public String baseUrl(String scenario) {
		return "http://127.0.0.1:" + this.server.port() + "/" + scenario + "/v1";
	}

	/** The bytes of the long stream's body. */
	public long longStreamBytes() {
		return this.longStreamBytes;
	}

	private Mono<Void> completion(HttpServerRequest request, HttpServerResponse response) {
		return request.receive()
			.then(Mono.defer(() -> headers(response, "application/json")
				.sendObject(Mono.just(Unpooled.wrappedBuffer(this.completion)))
				.then()));
	}

	/** The bytes of the long Responses API stream's body. */
	public long longResponseStreamBytes() {
		return this.longResponseStreamBytes;
	}

	private static List<ByteBuf> pieces(byte[] stream) {
		List<ByteBuf> pieces = new ArrayList<>();
		for (int offset = 0; offset < stream.length; offset += STREAM_PIECE) {
			pieces.add(Unpooled.unreleasableBuffer(
					Unpooled.wrappedBuffer(stream, offset, Math.min(STREAM_PIECE, stream.length - offset))));
		}
		return List.copyOf(pieces);
	}

	private Mono<Void> longStream(HttpServerRequest request, HttpServerResponse response, List<ByteBuf> stream) {
		return request.receive()
			.then(Mono.defer(
					() -> headers(response, "text/event-stream").send(Flux.fromIterable(stream).map(ByteBuf::duplicate))
						.then()));
	}

	private Mono<Void> openStream(HttpServerRequest request, HttpServerResponse response) {
		// One event, then nothing until the client cancels: the stream stays open
		return request.receive()
			.then(Mono.defer(() -> headers(response, "text/event-stream")
				.send(Mono.just(Unpooled.wrappedBuffer(this.firstEvent)).concatWith(Mono.never()))
				.then()));
	}

	private HttpServerResponse headers(HttpServerResponse response, String contentType) {
		return response.header("content-type", contentType)
			.header("x-request-id", "req_" + this.requestIds.incrementAndGet())
			.header("openai-processing-ms", "12");
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(10));
		this.loops.disposeLater().block(Duration.ofSeconds(10));
	}

}

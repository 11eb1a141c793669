package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

/**
 * The realtime API of the simulator: WebSocket sessions at {@code /v1/realtime} on the
 * simulator's port (as an Azure resource, at {@code /openai/realtime} with
 * {@code api-version} and {@code deployment}, and {@code /openai/v1/realtime} with
 * {@code model}, authenticated by the {@code api-key} header or a bearer token), speaking
 * the GA protocol. A session starts with {@code session.created}; {@code session.update},
 * conversation items (text, audio buffers, function call outputs) and
 * {@code response.create} are answered as the API does, with deterministic text (the same
 * prompt gets the same words, as for chat completions), the transcript of valid PCM16
 * audio (24 kHz mono) when audio output is asked for, function calls when tools are
 * offered, and usage. Events the API would refuse are answered with {@code error} events
 * that name the problem.
 * <p>
 * Every client event received is recorded ({@link #received()}); sessions opened and
 * closed are counted, so that a test can assert that a client closed its sockets. Faults:
 * {@link #closeNextResponse(int, String)} closes the socket in the middle of the next
 * response, {@link #stallNextResponse()} stops the next response after
 * {@code response.created}.
 */
public final class RealtimeSimulator {

	/** The largest message the simulator accepts from a client: 16 MB. */
	static final int MAX_MESSAGE_SIZE = 16 * 1024 * 1024;

	private static final int RECEIVED_CAPACITY = 10_000;

	private final JsonMapper mapper;

	private final Deque<JsonNode> received = new ArrayDeque<>();

	private final Deque<Fault> faults = new ArrayDeque<>();

	/** The headers of the last handshakes, to check what credentials a client sent. */
	private final Deque<HttpHeaders> handshakes = new ArrayDeque<>();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicLong opened = new AtomicLong();

	private final AtomicLong closed = new AtomicLong();

	private final AtomicLong ids = new AtomicLong();

	private volatile int tokensPerSecond;

	private final Script script;

	RealtimeSimulator(JsonMapper mapper, Script script) {
		this.mapper = mapper;
		this.script = script;
	}

	Script script() {
		return this.script;
	}

	/**
	 * The client events received so far by all sessions, oldest first (the last 10,000).
	 * @return the events as they came
	 */
	public List<JsonNode> received() {
		synchronized (this.received) {
			return List.copyOf(this.received);
		}
	}

	/**
	 * The headers of the WebSocket handshakes received so far, oldest first (the last
	 * 10,000), accepted or refused.
	 * @return the headers of each handshake
	 */
	public List<HttpHeaders> handshakes() {
		synchronized (this.handshakes) {
			return List.copyOf(this.handshakes);
		}
	}

	/**
	 * The types of the client events received so far, oldest first.
	 * @return the types, such as {@code session.update}
	 */
	public List<String> receivedTypes() {
		return received().stream().map((event) -> event.path("type").asString("")).toList();
	}

	/**
	 * How many sessions are open now.
	 * @return the count
	 */
	public int openSessions() {
		return this.open.get();
	}

	/**
	 * How many sessions were opened since the start or the last reset.
	 * @return the count
	 */
	public long sessionsOpened() {
		return this.opened.get();
	}

	/**
	 * How many sessions were closed, by either side, since the start or the last reset.
	 * @return the count
	 */
	public long sessionsClosed() {
		return this.closed.get();
	}

	/**
	 * Close the socket of the next response (of any session) after its first delta, with
	 * this code and reason.
	 * @param code the close code, such as 1011
	 * @param reason the reason
	 */
	public void closeNextResponse(int code, String reason) {
		synchronized (this.faults) {
			this.faults.add(new Fault(code, reason));
		}
	}

	/**
	 * Stop the next response (of any session) after {@code response.created}: nothing
	 * follows on that session, as when the model hangs.
	 */
	public void stallNextResponse() {
		synchronized (this.faults) {
			this.faults.add(new Fault(0, null));
		}
	}

	/**
	 * Forget the recorded events and the faults not used yet; counters start again at
	 * zero. Open sessions stay open.
	 */
	public void reset() {
		synchronized (this.received) {
			this.received.clear();
		}
		synchronized (this.faults) {
			this.faults.clear();
		}
		synchronized (this.handshakes) {
			this.handshakes.clear();
		}
		this.opened.set(0);
		this.closed.set(0);
	}

	void tokensPerSecond(int tokensPerSecond) {
		this.tokensPerSecond = tokensPerSecond;
	}

	static boolean isUpgrade(HttpServerRequest request) {
		return request.requestHeaders().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
	}

	/**
	 * Serve a handshake at OpenAI's path: a bearer key is required when asked, the
	 * {@code model} query parameter names the model.
	 */
	Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response, boolean requireApiKey,
			Function<SimulatorResponse, Mono<Void>> refuse) {
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		SimulatorResponse refusal = null;
		if (requireApiKey && (authorization == null || !authorization.startsWith("Bearer ")
				|| authorization.substring(7).isBlank())) {
			refusal = SimulatorResponse.error(401, "invalid_request_error",
					"You didn't provide an API key. You need to provide your API key in an Authorization header "
							+ "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
					null, null);
		}
		List<String> models = new QueryStringDecoder(request.uri()).parameters().get("model");
		String model = (models != null && !models.isEmpty()) ? models.get(0) : "gpt-realtime";
		return serve(request, response, refusal, model, refuse);
	}

	/**
	 * Serve a handshake: record it, then refuse it or open a session of the model.
	 */
	Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response, @Nullable SimulatorResponse refusal,
			String model, Function<SimulatorResponse, Mono<Void>> refuse) {
		HttpHeaders handshake = new HttpHeaders();
		request.requestHeaders().forEach((header) -> handshake.add(header.getKey(), header.getValue()));
		synchronized (this.handshakes) {
			if (this.handshakes.size() == RECEIVED_CAPACITY) {
				this.handshakes.removeFirst();
			}
			this.handshakes.addLast(handshake);
		}
		if (refusal != null) {
			return refuse.apply(refusal);
		}
		return response.sendWebsocket((inbound, outbound) -> {
			this.open.incrementAndGet();
			this.opened.incrementAndGet();
			inbound.withConnection((connection) -> connection.onDispose(() -> {
				this.open.decrementAndGet();
				this.closed.incrementAndGet();
			}));
			return new RealtimeConnection(this, this.mapper, model, inbound, outbound).run();
		}, WebsocketServerSpec.builder().maxFramePayloadLength(MAX_MESSAGE_SIZE).build());
	}

	void record(JsonNode event) {
		synchronized (this.received) {
			if (this.received.size() == RECEIVED_CAPACITY) {
				this.received.removeFirst();
			}
			this.received.addLast(event);
		}
	}

	@Nullable Fault takeFault() {
		synchronized (this.faults) {
			return this.faults.pollFirst();
		}
	}

	String id(String prefix) {
		return prefix + String.format("%020d", this.ids.incrementAndGet());
	}

	Duration tokenDelay() {
		int rate = this.tokensPerSecond;
		return (rate > 0) ? Duration.ofNanos(1_000_000_000L / rate) : Duration.ZERO;
	}

	/**
	 * A fault of the next response.
	 *
	 * @param code the close code, 0 to stall instead
	 * @param reason the close reason
	 */
	record Fault(int code, @Nullable String reason) {

		boolean stalls() {
			return this.code == 0;
		}

	}

}

package dev.reactiveai.openai.realtime.websocket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.reactiveai.openai.core.internal.Redactor;
import dev.reactiveai.openai.core.internal.ServerText;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.RealtimeFrameTooLargeException;
import dev.reactiveai.openai.error.RealtimeOverflowException;
import dev.reactiveai.openai.error.RealtimeSessionClosedException;
import dev.reactiveai.openai.helpers.ToolLoop;
import dev.reactiveai.openai.observation.internal.RealtimeObservations;
import dev.reactiveai.openai.types.RealtimeClientEvent;
import dev.reactiveai.openai.types.RealtimeServerEvent;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One realtime session over its own WebSocket, open until either side closes it.
 * <p>
 * <b>Events.</b> {@link #events()} gives the server's events as the typed
 * {@link RealtimeServerEvent} union, each read into the variant its {@code type} (and for
 * conversation items, its {@code role}) says. Every subscriber sees the events from its
 * subscription on; events that arrive before the first subscriber are kept for it, so
 * {@code session.created} is never missed. The events complete when the session closes
 * normally (this client closed it, or the server with code 1000), and fail with
 * {@link RealtimeSessionClosedException} otherwise, its code and reason telling why.
 * <p>
 * <b>Errors are events.</b> The server's {@code error} events arrive in {@link #events()}
 * as {@link dev.reactiveai.openai.types.RealtimeServerEventError}, not as a failure of
 * the stream: they mostly answer one client event that the server could not accept, and
 * the session goes on after them, so ending the stream (and with it the stateful session)
 * would turn a recoverable mistake into a lost conversation. The helpers that wait for
 * one reply ({@link #reply}, {@link #replyDeltas}) fail with
 * {@link dev.reactiveai.openai.error.RealtimeErrorEventException} instead.
 * <p>
 * <b>Backpressure.</b> The server does not wait for a slow reader, so the session reads
 * the socket as fast as it can and holds up to
 * {@link RealtimeSessionRequest#eventBufferSize()} events for subscribers that are
 * behind. When that buffer is full the session closes (code 1008) and the events fail
 * with {@link RealtimeOverflowException}: memory stays bounded. A message larger than
 * {@link RealtimeSessionRequest#maxMessageSize()} closes it too (code 1009,
 * {@link RealtimeFrameTooLargeException}).
 * <p>
 * <b>Sending.</b> {@link #send(RealtimeClientEvent)} completes when the event is written
 * to the socket; events are written in the order their sends are subscribed.
 * <p>
 * <b>Closing.</b> {@link #close()} closes the socket with code 1000; there is no
 * automatic reconnection, since a new socket would be a new session without the
 * conversation. {@link #closeStatus()} tells when and how the socket closed, whoever
 * closed it.
 */
public final class RealtimeSession {

	/** How long {@link #close()} waits for the socket to close before dropping it. */
	private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

	private static final int POLICY_VIOLATION = 1008;

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final JsonMapper mapper;

	private final Redactor redactor;

	private final int eventBufferSize;

	private final int maxMessageSize;

	private final Sinks.Many<RealtimeServerEvent> events;

	private final Sinks.One<RealtimeCloseStatus> closeStatus = Sinks.one();

	private final AtomicBoolean closedByClient = new AtomicBoolean();

	private final RealtimeTurns turns;

	/** The session's observation, or null when it is not observed. */
	private final RealtimeObservations.@Nullable Session observation;

	private volatile @Nullable Connection connection;

	/** Set on the event loop when the buffer overflowed; later frames are dropped. */
	private @Nullable RealtimeOverflowException overflow;

	private volatile @Nullable Throwable failure;

	/** How the socket closed, once it did. */
	private volatile @Nullable RealtimeCloseStatus status;

	RealtimeSession(WebsocketInbound inbound, WebsocketOutbound outbound, JsonMapper mapper, Redactor redactor,
			RealtimeSessionRequest request, RealtimeObservations.@Nullable Session observation) {
		this.inbound = inbound;
		this.observation = observation;
		this.outbound = outbound;
		this.mapper = mapper;
		this.redactor = redactor;
		this.eventBufferSize = request.eventBufferSize();
		this.maxMessageSize = (int) request.maxMessageSize().toBytes();
		this.events = Sinks.many().multicast().onBackpressureBuffer(this.eventBufferSize, false);
		this.turns = new RealtimeTurns(this, redactor);
		inbound.withConnection((opened) -> this.connection = opened);
	}

	/**
	 * The server's events, from the subscription on (from the start for the first
	 * subscriber). Cancelling a subscription does not close the session: {@link #close()}
	 * does.
	 * @return the events, completing when the session closes normally
	 */
	public Flux<RealtimeServerEvent> events() {
		return this.events.asFlux();
	}

	/**
	 * Send an event.
	 * @param event the event
	 * @return completes when the event is written; fails with
	 * {@link RealtimeSessionClosedException} when the session is closed
	 */
	public Mono<Void> send(RealtimeClientEvent event) {
		return Mono.defer(() -> {
			if (!isOpen()) {
				return Mono.error(closedError("send " + eventType(event)));
			}
			byte[] json = this.mapper.writeValueAsBytes(event);
			return this.outbound.sendObject(new TextWebSocketFrame(Unpooled.wrappedBuffer(json)))
				.then()
				.onErrorMap((ex) -> !(ex instanceof OpenAiException), (ex) -> new OpenAiConnectionException(
						"Could not send " + eventType(event) + " to the realtime session: " + ex, ex));
		});
	}

	/**
	 * Send events one after the other, each once the previous one is written.
	 * @param events the events
	 * @return completes when all are written
	 */
	public Mono<Void> send(Publisher<? extends RealtimeClientEvent> events) {
		return Flux.from(events).concatMap(this::send).then();
	}

	/**
	 * Add a user message to the conversation ({@code conversation.item.create}), without
	 * asking for a response.
	 * @param text the user's message
	 * @return completes when the event is written
	 */
	public Mono<Void> sendUserText(String text) {
		return send(RealtimeTurns.userMessage(text));
	}

	/**
	 * Add a user message to the conversation, ask for a response, and give the
	 * assistant's reply (its text, or the transcript of its audio) as it arrives. One
	 * reply at a time per session: the API answers one response at a time.
	 * @param userText the user's message
	 * @return the reply's deltas, completing at {@code response.done}; failing with
	 * {@link dev.reactiveai.openai.error.RealtimeErrorEventException} on an {@code error}
	 * event, or when the response fails or the session closes first
	 */
	public Flux<String> replyDeltas(String userText) {
		return this.turns.reply(userText, null);
	}

	/**
	 * As {@link #replyDeltas(String)}, running the function tools the model calls with
	 * the loop's tools (offered with the response), sending their outputs back, and
	 * asking for a response again, until the model answers without a call or the loop's
	 * rounds are used up.
	 * @param userText the user's message
	 * @param tools the tools
	 * @return the deltas of every round's reply
	 */
	public Flux<String> replyDeltas(String userText, ToolLoop tools) {
		return this.turns.reply(userText, tools);
	}

	/**
	 * The whole reply to a user message, as {@link #replyDeltas(String)} gives it.
	 * @param userText the user's message
	 * @return the reply
	 */
	public Mono<String> reply(String userText) {
		return replyDeltas(userText).collect(StringBuilder::new, StringBuilder::append).map(StringBuilder::toString);
	}

	/**
	 * The whole reply to a user message, running the tools the model calls.
	 * @param userText the user's message
	 * @param tools the tools
	 * @return the reply
	 */
	public Mono<String> reply(String userText, ToolLoop tools) {
		return replyDeltas(userText, tools).collect(StringBuilder::new, StringBuilder::append)
			.map(StringBuilder::toString);
	}

	/**
	 * Close the session with code 1000, if it is open. The events complete.
	 * @return completes when the socket is closed
	 */
	public Mono<Void> close() {
		return Mono.defer(() -> {
			if (isOpen()) {
				this.closedByClient.set(true);
				return this.outbound.sendClose(RealtimeCloseStatus.NORMAL, "client closed")
					.onErrorResume((ex) -> Mono.empty())
					.then(awaitClosed());
			}
			return awaitClosed();
		});
	}

	/**
	 * How the socket closed, when it does.
	 * @return the status, once closed
	 */
	public Mono<RealtimeCloseStatus> closeStatus() {
		return this.closeStatus.asMono();
	}

	/**
	 * Whether the socket is open.
	 * @return whether it is
	 */
	public boolean isOpen() {
		Connection opened = this.connection;
		return this.status == null && (opened == null || !opened.isDisposed());
	}

	/**
	 * Close the session because its subscriber cancelled: its observation records the
	 * session as cancelled rather than closed.
	 */
	Mono<Void> cancel() {
		return Mono.defer(() -> {
			RealtimeObservations.Session observed = this.observation;
			if (observed != null) {
				observed.cancelled();
			}
			return close();
		});
	}

	@Override
	public String toString() {
		return "RealtimeSession[" + (isOpen() ? "open" : "closed") + "]";
	}

	private Mono<Void> awaitClosed() {
		return closeStatus().then().timeout(CLOSE_GRACE, Mono.fromRunnable(this::drop));
	}

	private void drop() {
		Connection opened = this.connection;
		if (opened != null) {
			opened.dispose();
		}
	}

	/**
	 * Read the socket until it closes. Runs on the socket's event loop; never fails, so
	 * that the connection's end is told through {@link #events()} and
	 * {@link #closeStatus()}.
	 */
	Mono<Void> run() {
		return this.inbound.aggregateFrames(this.maxMessageSize)
			.receiveFrames()
			.doOnNext(this::onFrame)
			.then()
			.onErrorResume((ex) -> {
				this.failure = ex;
				drop();
				return Mono.empty();
			})
			.then(Mono.defer(() -> this.inbound.receiveCloseStatus()
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.timeout(CLOSE_GRACE, Mono.just(Optional.empty()))))
			.doOnNext(this::terminate)
			.then();
	}

	private void onFrame(WebSocketFrame frame) {
		if (this.overflow != null) {
			return;
		}
		if (!(frame instanceof TextWebSocketFrame)) {
			this.failure = new OpenAiException("The realtime session received a " + frame.getClass().getSimpleName()
					+ "; the realtime API sends JSON events in text frames only");
			this.outbound.sendClose(1003, "text frames only").subscribe(null, (ex) -> drop());
			return;
		}
		RealtimeServerEvent event;
		try (InputStream json = new ByteBufInputStream(frame.content())) {
			event = this.mapper.readValue(json, RealtimeServerEvent.class);
		}
		catch (JacksonException ex) {
			this.failure = new OpenAiException("The realtime session received a message that is not a JSON event: "
					+ ServerText.quote(this.redactor.redact(frame.content().toString(StandardCharsets.UTF_8)),
							ServerText.MAX_TEXT),
					ex);
			drop();
			return;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RealtimeObservations.Session observed = this.observation;
		if (observed != null) {
			// Before the event is passed on, so that whoever sees response.done also
			// sees the response's observation stopped.
			observed.event(event);
		}
		Sinks.EmitResult result = this.events.tryEmitNext(event);
		if (result == Sinks.EmitResult.FAIL_OVERFLOW) {
			this.overflow = new RealtimeOverflowException("The subscribers of the realtime session's events fell "
					+ this.eventBufferSize + " events behind, and the server does not wait: the session was closed. "
					+ "Consume the events faster (without blocking), or raise RealtimeSessionRequest.eventBufferSize",
					this.eventBufferSize);
			this.outbound.sendClose(POLICY_VIOLATION, "client fell behind").subscribe(null, (ex) -> drop());
		}
	}

	private void terminate(Optional<WebSocketCloseStatus> received) {
		boolean byClient = this.closedByClient.get();
		int code = received.map(WebSocketCloseStatus::code).orElse(RealtimeCloseStatus.ABNORMAL);
		String reason = received.map(WebSocketCloseStatus::reasonText)
			.filter((text) -> !text.isEmpty())
			.map(this.redactor::redact)
			.orElse(null);
		Throwable error = error(code, reason, byClient);
		if (error instanceof RealtimeFrameTooLargeException) {
			code = RealtimeFrameTooLargeException.CODE;
		}
		RealtimeCloseStatus closed = new RealtimeCloseStatus(code, reason, byClient);
		RealtimeObservations.Session observed = this.observation;
		if (observed != null) {
			boolean byServer = !byClient && this.overflow == null && this.failure == null
					&& code != RealtimeCloseStatus.NORMAL;
			observed.closed(code, byServer, error);
		}
		this.status = closed;
		this.closeStatus.tryEmitValue(closed);
		Sinks.EmitFailureHandler retry = Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1));
		if (error != null) {
			this.events.emitError(error, retry);
		}
		else {
			this.events.emitComplete(retry);
		}
	}

	private @Nullable Throwable error(int code, @Nullable String reason, boolean byClient) {
		if (this.overflow != null) {
			return this.overflow;
		}
		Throwable failed = this.failure;
		if (failed != null) {
			if (isTooLarge(failed)) {
				return new RealtimeFrameTooLargeException(
						"The realtime session received a message larger than " + this.maxMessageSize
								+ " bytes, its limit, and was closed (code 1009). Raise "
								+ "RealtimeSessionRequest.maxMessageSize if such messages are expected",
						this.maxMessageSize, failed);
			}
			if (failed instanceof OpenAiException known) {
				return known;
			}
			return new RealtimeSessionClosedException(
					"The realtime session's connection failed: " + this.redactor.redact(String.valueOf(failed)),
					RealtimeCloseStatus.ABNORMAL, null, failed);
		}
		if (byClient || code == RealtimeCloseStatus.NORMAL) {
			return null;
		}
		StringBuilder message = new StringBuilder("The realtime session was closed by the server with code ")
			.append(code);
		if (code == RealtimeCloseStatus.ABNORMAL) {
			message.append(" (the connection dropped without a close frame)");
		}
		if (reason != null) {
			message.append(": ").append(ServerText.quote(reason, ServerText.MAX_TEXT));
		}
		message.append(". A realtime session is not reopened automatically: open a new one to go on");
		return new RealtimeSessionClosedException(message.toString(), code, reason, null);
	}

	private static boolean isTooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLongFrameException) {
				return true;
			}
			if (cause instanceof CorruptedWebSocketFrameException corrupted
					&& corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code()) {
				return true;
			}
			if (cause instanceof CorruptedFrameException && String.valueOf(cause.getMessage()).contains("too large")) {
				return true;
			}
		}
		return false;
	}

	RealtimeSessionClosedException closedError(String action) {
		RealtimeCloseStatus status = this.status;
		int code = (status != null) ? status.code() : RealtimeCloseStatus.ABNORMAL;
		return new RealtimeSessionClosedException("Cannot " + action + ": the realtime session is closed (code " + code
				+ "); open a new session to go on", code, (status != null) ? status.reason() : null, null);
	}

	private static String eventType(RealtimeClientEvent event) {
		String name = event.getClass().getSimpleName();
		return name.startsWith("RealtimeClientEvent") ? name.substring("RealtimeClientEvent".length()) + " event"
				: "a client event";
	}

}

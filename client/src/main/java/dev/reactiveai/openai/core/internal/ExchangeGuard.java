package dev.reactiveai.openai.core.internal;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderResultProvider;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.netty.Connection;

/**
 * Keeps an HTTP/1.1 connection in step with its exchanges, so that bytes a server sends
 * beyond a response's framing never become the answer to another call.
 * <p>
 * It sits between the HTTP codec and Reactor Netty's operations, one per connection, and
 * closes the connection instead of letting it return to the pool when:
 * <ul>
 * <li>anything arrives while no request is outstanding (a stray answer, or the tail of a
 * body longer than its {@code Content-Length});</li>
 * <li>anything arrives in the same read after a response ended (the end of a response is
 * passed on only when the read is complete, so that such bytes are seen before the
 * connection can be reused);</li>
 * <li>the codec or the decompressor fails (bad chunk framing, a body that is not the
 * compression it claims): such a connection is in an unknown state.</li>
 * </ul>
 * Informational answers ({@code 1xx} other than {@code 101}) are skipped, as RFC 9110
 * requires: the final answer follows them.
 * <p>
 * One thing HTTP/1.1 cannot tell: a complete stray answer that arrives after the next
 * request was sent on the same connection reads as that request's answer. The guard
 * cannot prevent that one call's mistake, but it tells the client's {@link ServerFraming}
 * of every sign of stray bytes, and from the first on the client reuses no connection, so
 * the mistake cannot happen again. Only HTTP/2 (stream identifiers) removes the
 * ambiguity: with {@link dev.reactiveai.openai.core.ConnectionOptions#withHttp2(boolean)}
 * on, a connection that speaks it gets no guard ({@link NegotiatedExchangeGuard}).
 */
final class ExchangeGuard extends ChannelDuplexHandler {

	/** The name of the handler in the pipeline. */
	static final String NAME = "openaiExchangeGuard";

	private static final Log logger = LogFactory.getLog(ExchangeGuard.class);

	private enum State {

		/** No request outstanding: nothing may arrive. */
		IDLE,

		/** A request was sent; its answer has not begun. */
		AWAITING_ANSWER,

		/** Skipping an informational answer up to its end. */
		SKIPPING_INFORMATIONAL,

		/** The answer is arriving. */
		RECEIVING,

		/** The answer ended in this read; its end is held until the read completes. */
		ENDED

	}

	private final ServerFraming framing;

	private State state = State.IDLE;

	private @Nullable LastHttpContent heldEnd;

	/** Whether the connection is closed rather than pooled when its exchange ends. */
	private boolean broken;

	/** Whether a request was written on the connection. */
	private boolean used;

	private @Nullable ChannelHandlerContext context;

	ExchangeGuard(ServerFraming framing) {
		this.framing = framing;
	}

	@Override
	public void handlerAdded(ChannelHandlerContext ctx) {
		this.context = ctx;
		if (this.framing.add(this)) {
			// The server's framing broke before: this connection serves one exchange.
			this.broken = true;
		}
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) throws Exception {
		// On the channel's event loop: the calls made on it can be timed there.
		CallTimers.register(ctx.executor());
		super.channelActive(ctx);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (msg instanceof HttpRequest) {
			this.state = State.AWAITING_ANSWER;
			this.used = true;
		}
		super.write(ctx, msg, promise);
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		if (this.state == State.IDLE || this.state == State.ENDED) {
			doNotReuse(ctx, "bytes arrived beyond the framing of the last answer");
			this.framing.brokenOn(ctx.channel());
			ReferenceCountUtil.release(msg);
			return;
		}
		if (msg instanceof DecoderResultProvider decoded && decoded.decoderResult().isFailure()) {
			// The answer the decoder gave up on fails its call; the connection is in an
			// unknown state.
			doNotReuse(ctx, "the answer could not be decoded: " + decoded.decoderResult().cause());
			this.framing.brokenOn(ctx.channel());
			ctx.fireChannelRead(msg);
			ctx.close();
			return;
		}
		switch (this.state) {
			case AWAITING_ANSWER -> {
				if (msg instanceof HttpResponse response && isInformational(response.status().code())) {
					this.state = (msg instanceof LastHttpContent) ? State.AWAITING_ANSWER
							: State.SKIPPING_INFORMATIONAL;
					ReferenceCountUtil.release(msg);
					// Reading may be paused until an answer arrives: ask for the final
					// one.
					ctx.read();
					return;
				}
				this.state = State.RECEIVING;
				receive(ctx, msg);
			}
			case SKIPPING_INFORMATIONAL -> {
				if (msg instanceof LastHttpContent) {
					this.state = State.AWAITING_ANSWER;
				}
				ReferenceCountUtil.release(msg);
				ctx.read();
			}
			default -> receive(ctx, msg);
		}
	}

	private void receive(ChannelHandlerContext ctx, Object msg) {
		if (msg instanceof LastHttpContent end) {
			this.state = State.ENDED;
			this.heldEnd = end;
			return;
		}
		ctx.fireChannelRead(msg);
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
		if (this.state == State.ENDED) {
			// Nothing followed the answer in this read: the connection may go back to its
			// pool, unless it or the server's framing broke.
			this.state = State.IDLE;
			if (this.broken) {
				Connection.from(ctx.channel()).markPersistent(false);
			}
			fireHeldEnd(ctx);
			if (this.broken) {
				ctx.close();
			}
		}
		super.channelReadComplete(ctx);
	}

	private void fireHeldEnd(ChannelHandlerContext ctx) {
		LastHttpContent end = this.heldEnd;
		if (end != null) {
			this.heldEnd = null;
			ctx.fireChannelRead(end);
		}
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
		doNotReuse(ctx, "the exchange failed: " + cause);
		ctx.fireExceptionCaught(cause);
		ctx.close();
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		// An answer held here was complete before the server closed the connection.
		fireHeldEnd(ctx);
		super.channelInactive(ctx);
	}

	@Override
	public void handlerRemoved(ChannelHandlerContext ctx) {
		this.framing.remove(this);
		ReferenceCountUtil.release(this.heldEnd);
		this.heldEnd = null;
	}

	/**
	 * Let the connection serve no exchange after the one under way, for the server's
	 * framing broke on some connection of the client: an idle pooled connection is closed
	 * at once, one in use when its exchange ends, a new one after its first. Any thread
	 * may call it.
	 */
	void reuseNoMore() {
		ChannelHandlerContext ctx = this.context;
		if (ctx != null) {
			ctx.executor().execute(() -> {
				if (ctx.isRemoved()) {
					return;
				}
				if (this.used) {
					doNotReuse(ctx, "the server sent bytes beyond the framing of an answer on another connection");
				}
				else {
					this.broken = true;
				}
			});
		}
	}

	/**
	 * Mark the connection so that it is closed rather than pooled when its exchange ends,
	 * and close it at once if no exchange is under way.
	 */
	private void doNotReuse(ChannelHandlerContext ctx, String reason) {
		if (!this.broken && logger.isDebugEnabled()) {
			logger
				.debug("Closing connection " + ctx.channel().id().asShortText() + " instead of reusing it: " + reason);
		}
		this.broken = true;
		Connection.from(ctx.channel()).markPersistent(false);
		if (this.state == State.IDLE) {
			ctx.close();
		}
	}

	private static boolean isInformational(int status) {
		return status >= 100 && status < 200 && status != 101;
	}

}

package dev.reactiveai.openai.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.channel.Channel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What one client has seen of its server's HTTP/1.1 framing: once the server (or a proxy
 * on the way) sent bytes beyond an answer's framing, none of the client's connections is
 * reused any more.
 * <p>
 * An {@link ExchangeGuard} catches such bytes when they arrive while its connection is
 * idle or together with the answer. What it cannot catch is a complete stray answer that
 * arrives after the next request was written on the reused connection: HTTP/1.1 gives
 * nothing that ties an answer to its request. A server that sent stray bytes once may
 * send them again, so from the first sign on every connection serves one exchange and is
 * closed: a connection that never carries a second exchange cannot give one call another
 * call's answer. Connections idle in the pool at that moment are closed, those in use are
 * closed when their exchange ends. That costs a connection per call, which is why it
 * waits for the sign and is logged: the fix is in the server or proxy, or HTTP/2
 * ({@code openai.http2}), whose stream ids tie every answer to its request
 * (docs/reliability.md, case 33).
 * <p>
 * With keep-alive off ({@code openai.keep-alive}) every connection serves one exchange
 * from the start. The request's {@code Connection: close} asks the server to close it,
 * but Reactor Netty keeps a connection whose answer does not say {@code close} too, so
 * the guards close it.
 */
final class ServerFraming {

	private static final Log logger = LogFactory.getLog(ServerFraming.class);

	private final AtomicBoolean noReuse;

	private final Set<ExchangeGuard> guards = ConcurrentHashMap.newKeySet();

	/**
	 * What a client has seen of its server's framing: nothing yet.
	 * @param keepAlive whether connections may be reused until the server sends bytes
	 * beyond an answer's framing; if not, every connection serves one exchange
	 */
	ServerFraming(boolean keepAlive) {
		this.noReuse = new AtomicBoolean(!keepAlive);
	}

	/**
	 * Keep track of a connection's guard while the connection lives.
	 * @param guard the guard
	 * @return whether connections are no longer reused, so that the new connection serves
	 * one exchange only
	 */
	boolean add(ExchangeGuard guard) {
		this.guards.add(guard);
		return this.noReuse.get();
	}

	/**
	 * Forget a connection's guard once the connection is gone.
	 * @param guard the guard
	 */
	void remove(ExchangeGuard guard) {
		this.guards.remove(guard);
	}

	/**
	 * Record that a connection received bytes beyond an answer's framing: no connection
	 * of the client is reused from now on.
	 * @param channel the connection they arrived on
	 */
	void brokenOn(Channel channel) {
		if (!this.noReuse.compareAndSet(false, true)) {
			return;
		}
		logger.warn("The server at " + channel.remoteAddress() + " sent bytes beyond the framing of an answer "
				+ "(a body longer than its Content-Length, or an answer to no request): this client no longer "
				+ "reuses its HTTP/1.1 connections, so that such bytes cannot become another call's answer. "
				+ "Fix the server or the proxy, or use HTTP/2 (openai.http2) where the server speaks it.");
		for (ExchangeGuard guard : this.guards) {
			guard.reuseNoMore();
		}
	}

}

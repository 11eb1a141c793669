package dev.reactiveai.openai.core;

import java.net.URI;
import java.time.Duration;

import dev.reactiveai.openai.core.internal.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * How a client's connections are made and kept: through which proxy, how long they stay
 * pooled while idle, whether plain {@code http} may reach a remote host, whether
 * {@code https} connections offer HTTP/2, and whether HTTP/1.1 connections are reused.
 * Immutable; start from {@link #defaults()} and change values with the {@code with..}
 * methods, each of which checks its value. {@link #toString()} never shows the proxy's
 * password.
 *
 * @param maxIdleTime how long a pooled connection may stay idle before it is closed
 * @param proxy the proxy to connect through ({@code http://host:port} or
 * {@code socks5://host:port}), if any
 * @param allowInsecureHttp whether a plain {@code http} base URL may point at a host
 * other than the loopback interface
 * @param http2 whether {@code https} connections offer HTTP/2 (through TLS's ALPN),
 * falling back to HTTP/1.1 when the server does not take it
 * @param keepAlive whether an HTTP/1.1 connection is kept open for later calls once its
 * exchange ended
 * @see OpenAiClientOptionsBuilder#connection(java.util.function.UnaryOperator)
 */
public record ConnectionOptions(Duration maxIdleTime, @Nullable URI proxy, boolean allowInsecureHttp, boolean http2,
		boolean keepAlive) {

	/**
	 * How long pooled connections may stay idle, below the idle timeouts of common load
	 * balancers.
	 */
	public static final Duration DEFAULT_MAX_IDLE_TIME = Duration.ofSeconds(30);

	private static final ConnectionOptions DEFAULTS = new ConnectionOptions(DEFAULT_MAX_IDLE_TIME, null, false, false,
			true);

	/**
	 * Checks every value.
	 * @throws InvalidOptionException if the idle time is not positive or the proxy not
	 * usable
	 */
	public ConnectionOptions {
		maxIdleTime = OptionChecks.positive(ClientSetting.MAX_IDLE_TIME, maxIdleTime);
		proxy = OptionChecks.proxy(proxy);
	}

	/**
	 * The default connection settings: no proxy, {@code https} to remote hosts, HTTP/1.1
	 * with its connections kept alive.
	 * @return the defaults
	 */
	public static ConnectionOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * These settings with another time a pooled connection may stay idle.
	 * @param maxIdleTime the time, positive
	 * @return the changed settings
	 */
	public ConnectionOptions withMaxIdleTime(Duration maxIdleTime) {
		return new ConnectionOptions(maxIdleTime, this.proxy, this.allowInsecureHttp, this.http2, this.keepAlive);
	}

	/**
	 * These settings with another proxy.
	 * @param proxy {@code http://host:port} or {@code socks5://host:port}, or null for
	 * none
	 * @return the changed settings
	 */
	public ConnectionOptions withProxy(@Nullable URI proxy) {
		return new ConnectionOptions(this.maxIdleTime, proxy, this.allowInsecureHttp, this.http2, this.keepAlive);
	}

	/**
	 * These settings with plain {@code http} to remote hosts allowed or not. Off by
	 * default, so that keys are not sent in the clear by mistake.
	 * @param allowInsecureHttp whether to allow it
	 * @return the changed settings
	 */
	public ConnectionOptions withAllowInsecureHttp(boolean allowInsecureHttp) {
		return new ConnectionOptions(this.maxIdleTime, this.proxy, allowInsecureHttp, this.http2, this.keepAlive);
	}

	/**
	 * These settings with HTTP/2 offered or not. When on, {@code https} connections offer
	 * HTTP/2 and HTTP/1.1 through TLS's ALPN and speak what the server picks; plain
	 * {@code http} stays HTTP/1.1. Over HTTP/2 every frame carries the id of its stream,
	 * so an answer can never be taken for another call's, which HTTP/1.1 cannot tell in
	 * one case (a complete stray answer after the next request was sent); all calls to a
	 * host then share one connection. Off by default: HTTP/1.1, whose every failure mode
	 * the client is tested against.
	 * @param http2 whether to offer HTTP/2
	 * @return the changed settings
	 */
	public ConnectionOptions withHttp2(boolean http2) {
		return new ConnectionOptions(this.maxIdleTime, this.proxy, this.allowInsecureHttp, http2, this.keepAlive);
	}

	/**
	 * These settings with HTTP/1.1 connections kept alive or not. When off, every call
	 * opens its own connection and asks the server to close it after the answer
	 * ({@code Connection: close}), so that no answer can ever be read by another call,
	 * even from a server or proxy that sends bytes beyond an answer's framing, which on a
	 * reused connection HTTP/1.1 cannot always tell from the next call's answer. The
	 * price is a new connection (and TLS handshake) per call. On by default; the client
	 * stops reusing connections by itself once a server was seen to send such bytes.
	 * @param keepAlive whether to keep connections open for later calls
	 * @return the changed settings
	 */
	public ConnectionOptions withKeepAlive(boolean keepAlive) {
		return new ConnectionOptions(this.maxIdleTime, this.proxy, this.allowInsecureHttp, this.http2, keepAlive);
	}

	@Override
	public String toString() {
		return "ConnectionOptions[maxIdleTime=" + this.maxIdleTime + ", proxy=" + Redactor.maskUserInfo(this.proxy)
				+ ", allowInsecureHttp=" + this.allowInsecureHttp + ", http2=" + this.http2 + ", keepAlive="
				+ this.keepAlive + "]";
	}

}

package dev.reactiveai.openai.core.internal;

import java.net.URI;
import java.util.Locale;

import dev.reactiveai.openai.core.OpenAiClientOptions;
import io.netty.channel.ChannelOption;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.ProxyProvider;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Reactor Netty connectors configured from {@link OpenAiClientOptions}: connect timeout,
 * a connection pool whose idle connections are closed before servers drop them, the
 * proxy, no redirects (so that credentials never follow a redirect elsewhere), HTTP/2
 * offered over TLS and keep-alive turned off when the options ask for it, and an
 * {@link ExchangeGuard} on every HTTP/1.1 connection (so that bytes beyond an answer's
 * framing never become another call's answer; once a server sent such bytes, the client
 * reuses no connection: {@link ServerFraming}).
 */
public final class ReactorNettyConnectors {

	private ReactorNettyConnectors() {
	}

	/**
	 * A connection pool for one client. The caller disposes it when the client is no
	 * longer used.
	 * <p>
	 * Idle connections are handed out most recently used first. In Reactor Netty's
	 * default order (the one idle longest first) a lighter load after a burst takes every
	 * connection the burst opened in turn: none of them ever idles out, and one call at a
	 * time after a burst of 32 calls made about half as many calls per second as in this
	 * order (benchmarks/README.md, row 1).
	 * @param options the client's options
	 * @return the pool
	 */
	public static ConnectionProvider connectionProvider(OpenAiClientOptions options) {
		return ConnectionProvider.builder("openai-" + options.name())
			.maxConnections(500)
			.pendingAcquireMaxCount(-1)
			.maxIdleTime(options.connection().maxIdleTime())
			.evictInBackground(options.connection().maxIdleTime())
			.lifo()
			.build();
	}

	/**
	 * Apply the options to an HTTP client.
	 * @param httpClient the client to configure
	 * @param options the options
	 * @return the configured client
	 */
	public static HttpClient configure(HttpClient httpClient, OpenAiClientOptions options) {
		ServerFraming framing = new ServerFraming(options.connection().keepAlive());
		HttpClient configured = httpClient
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) options.timeouts().connectTimeout().toMillis())
			.followRedirect(false)
			.compress(true)
			.doOnChannelInit((observer, channel, remoteAddress) -> NegotiatedExchangeGuard.install(channel, framing));
		if (options.connection().http2() && "https".equalsIgnoreCase(options.baseUrl().getScheme())) {
			// HTTP/2 over TLS only (ALPN), never cleartext h2c: an upgrade from HTTP/1.1
			// would send the first request of each connection as HTTP/1.1 anyway.
			configured = configured.protocol(HttpProtocol.H2, HttpProtocol.HTTP11);
		}
		if (!options.connection().keepAlive()) {
			// Connection: close on every request; the guards close each connection after
			// its answer (ServerFraming).
			configured = configured.keepAlive(false);
		}
		return proxy(configured, options);
	}

	/**
	 * Apply the options to the HTTP client that realtime sessions open WebSockets with:
	 * connect timeout, no redirects and the proxy. The client should be one without a
	 * pool ({@link HttpClient#newConnection()}): a WebSocket holds its connection for the
	 * whole session, and in a pool it would count against the pool's limit for as long as
	 * it lives. The {@link ExchangeGuard} of request and answer does not apply to it.
	 * @param httpClient the client to configure, such as one with an SSL bundle applied;
	 * its configuration is kept
	 * @param options the options
	 * @return the configured client
	 */
	public static HttpClient configureWebSocket(HttpClient httpClient, OpenAiClientOptions options) {
		// Not httpClient.newConnection(): that is a static factory, which would drop the
		// client's configuration (its SSL bundle first).
		HttpClient configured = httpClient
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) options.timeouts().connectTimeout().toMillis())
			.followRedirect(false);
		return proxy(configured, options);
	}

	private static HttpClient proxy(HttpClient httpClient, OpenAiClientOptions options) {
		URI proxy = options.connection().proxy();
		if (proxy == null) {
			return httpClient;
		}
		ProxyProvider.Proxy type = proxy.getScheme().toLowerCase(Locale.ROOT).equals("socks5")
				? ProxyProvider.Proxy.SOCKS5 : ProxyProvider.Proxy.HTTP;
		return httpClient.proxy((spec) -> spec.type(type).host(proxy.getHost()).port(proxy.getPort()));
	}

	/**
	 * A connector on its own connection pool.
	 * @param options the client's options
	 * @param connectionProvider the pool, from {@link #connectionProvider}
	 * @return the connector
	 */
	public static ReactorClientHttpConnector connector(OpenAiClientOptions options,
			ConnectionProvider connectionProvider) {
		return new ReactorClientHttpConnector(configure(HttpClient.create(connectionProvider), options));
	}

}

package dev.reactiveai.openai.autoconfigure;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.Authentication;
import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.HttpLogLevel;
import dev.reactiveai.openai.core.InvalidBaseUrlException;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.OpenAiClientOptionsBuilder;
import dev.reactiveai.openai.core.TokenSource;
import dev.reactiveai.openai.core.internal.ReactorNettyConnectors;
import dev.reactiveai.openai.core.internal.Redactor;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.ReactorHttpClientBuilder;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.JdkClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Creates the {@link OpenAiClients} from {@link OpenAiProperties}: the settings under
 * {@code openai} layered over Spring Boot's HTTP client settings
 * ({@code spring.http.clients.*}) and the library's defaults, and each named client's
 * settings layered over those. A layer overrides only what it sets.
 */
class OpenAiClientFactory {

	private final OpenAiProperties properties;

	private final Supplier<WebClient.Builder> webClientBuilders;

	private final Supplier<ClientHttpConnectorBuilder<?>> connectorBuilder;

	private final List<OpenAiWebClientCustomizer> customizers;

	/**
	 * What every client builder gets besides its settings, such as the observation
	 * registry.
	 */
	private final Consumer<OpenAiClient.Builder> clientCustomizer;

	private final @Nullable SslBundles sslBundles;

	private final @Nullable OpenAiConnectionDetails connectionDetails;

	/** Where Entra ID tokens come from, when Azure's core library is on the classpath. */
	private @Nullable EntraIdTokenSources entraIdTokens;

	/** The cached token source of each scope, shared by the clients that use it. */
	private final Map<String, TokenSource> tokenSourcesByScope = new HashMap<>();

	/** Spring Boot's settings of every HTTP client, that the clients start from. */
	private final HttpClientSettings httpClientSettings;

	OpenAiClientFactory(OpenAiProperties properties, Supplier<WebClient.Builder> webClientBuilders,
			Supplier<ClientHttpConnectorBuilder<?>> connectorBuilder, List<OpenAiWebClientCustomizer> customizers,
			@Nullable SslBundles sslBundles, @Nullable OpenAiConnectionDetails connectionDetails,
			HttpClientSettings httpClientSettings, Consumer<OpenAiClient.Builder> clientCustomizer) {
		this.connectionDetails = connectionDetails;
		this.httpClientSettings = httpClientSettings;
		this.clientCustomizer = clientCustomizer;
		this.properties = properties;
		this.webClientBuilders = webClientBuilders;
		this.connectorBuilder = connectorBuilder;
		this.customizers = customizers;
		this.sslBundles = sslBundles;
	}

	/**
	 * Take Entra ID tokens from these sources, for the clients whose authentication is
	 * {@code entra-id}.
	 * @param entraIdTokens the sources, or {@code null} when Azure's core library is
	 * absent
	 * @return this factory
	 */
	OpenAiClientFactory entraIdTokens(@Nullable EntraIdTokenSources entraIdTokens) {
		this.entraIdTokens = entraIdTokens;
		return this;
	}

	OpenAiClients createClients() {
		Map<String, OpenAiClient> clients = new LinkedHashMap<>();
		List<ConnectionProvider> pools = new ArrayList<>();
		try {
			clients.put(OpenAiClients.DEFAULT, createClient(OpenAiClients.DEFAULT, null, pools));
			this.properties.getClients().forEach((name, overrides) -> {
				if (OpenAiClients.DEFAULT.equals(name)) {
					throw new InvalidOpenAiPropertyException("openai.clients.default", name,
							"'default' names the client configured directly under openai",
							"Configure the default client directly under openai, or give the named client another name");
				}
				clients.put(name, createClient(name, overrides, pools));
			});
		}
		catch (RuntimeException ex) {
			pools.forEach(ConnectionProvider::dispose);
			throw ex;
		}
		return new OpenAiClients(clients, pools);
	}

	private OpenAiClient createClient(String name, @Nullable OpenAiConnectionProperties overrides,
			List<ConnectionProvider> pools) {
		OpenAiClientOptions options = options(name, overrides);
		OpenAiPropertyNames names = new OpenAiPropertyNames(name, this.properties, overrides, this.connectionDetails);
		WebClient.Builder webClientBuilder = this.webClientBuilders.get();
		this.customizers.forEach((customizer) -> customizer.customize(name, webClientBuilder));
		AtomicReference<@Nullable HttpClient> webSockets = new AtomicReference<>();
		OpenAiClient.Builder client = OpenAiClient.builder()
			.options(options)
			.settingNames(names)
			.webClientBuilder(webClientBuilder)
			.clientConnector(connector(name, options, overrides, names, pools, webSockets));
		HttpLogLevel logging = layered(overrides, OpenAiConnectionProperties::getLogging);
		if (logging != null) {
			client.httpLogging(logging);
		}
		DataSize maxBodySize = layered(overrides, OpenAiConnectionProperties::getLoggingMaxBodySize);
		if (maxBodySize != null) {
			client.httpLogMaxBodySize((int) Math.min(Integer.MAX_VALUE, maxBodySize.toBytes()));
		}
		Boolean recordContent = layered(overrides, (layer) -> layer.getObservations().getRecordContent());
		client.observationRecordsContent(Boolean.TRUE.equals(recordContent));
		HttpClient webSocketClient = webSockets.get();
		if (webSocketClient != null) {
			// Realtime sessions connect as the client's calls do: same SSL bundle and
			// connect timeout, on connections outside the pool.
			client.webSocketClient(webSocketClient);
		}
		this.clientCustomizer.accept(client);
		return client.build();
	}

	/** The named client's value of a setting, or else the one of every client. */
	private <T> @Nullable T layered(@Nullable OpenAiConnectionProperties overrides,
			Function<OpenAiConnectionProperties, @Nullable T> property) {
		T value = (overrides != null) ? property.apply(overrides) : null;
		return (value != null) ? value : property.apply(this.properties);
	}

	OpenAiClientOptions options(String name, @Nullable OpenAiConnectionProperties overrides) {
		OpenAiClientOptionsBuilder builder = OpenAiClientOptions.builder().name(name);
		// Spring Boot's settings of every HTTP client come first: a socket's read timeout
		// is what the read timeout of streams bounds, the time between bytes.
		PropertyMapper.get()
			.from(this.httpClientSettings::connectTimeout)
			.to((timeout) -> builder.timeouts((timeouts) -> timeouts.withConnectTimeout(timeout)));
		PropertyMapper.get()
			.from(this.httpClientSettings::readTimeout)
			.to((timeout) -> builder.timeouts((timeouts) -> timeouts.withReadTimeout(timeout)));
		ClientPropertyBindings.apply(this.properties, builder, "openai.");
		String clientPrefix = "openai.clients." + name + ".";
		if (overrides != null) {
			ClientPropertyBindings.apply(overrides, builder, clientPrefix);
		}
		if (this.connectionDetails != null) {
			PropertyMapper map = PropertyMapper.get();
			map.from(this.connectionDetails::getBaseUrl).to(builder::baseUrl);
			map.from(this.connectionDetails::getApiKey).to(builder::apiKey);
			map.from(this.connectionDetails::getAdminApiKey).to(builder::adminApiKey);
		}
		AzureSettings azure = new AzureSettings(this.properties.getAzure(),
				(overrides != null) ? overrides.getAzure() : null, clientPrefix);
		builder.authentication(authentication(overrides, clientPrefix, azure));
		builder.azure(azure.options());
		try {
			OpenAiClientOptions options = builder.build();
			if (options.azure() != null
					&& OpenAiClientOptions.DEFAULT_BASE_URL.getHost().equalsIgnoreCase(options.baseUrl().getHost())) {
				String urlPrefix = (overrides != null && overrides.getBaseUrl() != null) ? clientPrefix : "openai.";
				throw new InvalidOpenAiPropertyException(urlPrefix + "base-url", options.baseUrl(),
						"it is OpenAI's API, not the endpoint of an Azure OpenAI resource",
						"Set " + urlPrefix + "base-url to your resource's endpoint, such as "
								+ "https://my-resource.openai.azure.com, or remove the Azure settings");
			}
			return options;
		}
		catch (InvalidBaseUrlException ex) {
			// The URL may come from one layer and the permission to use plain http from
			// another.
			String urlPrefix = (overrides != null && overrides.getBaseUrl() != null) ? clientPrefix : "openai.";
			String allowPrefix = (overrides != null) ? clientPrefix : "openai.";
			throw ClientPropertyBindings.invalidBaseUrl(urlPrefix, allowPrefix, ex);
		}
	}

	private Authentication authentication(@Nullable OpenAiConnectionProperties overrides, String clientPrefix,
			AzureSettings azure) {
		OpenAiAuthenticationMethod own = (overrides != null) ? overrides.getAuthentication() : null;
		OpenAiAuthenticationMethod fromDetails = (this.connectionDetails != null)
				? this.connectionDetails.getAuthentication() : null;
		OpenAiAuthenticationMethod method = (fromDetails != null) ? fromDetails
				: (own != null) ? own : this.properties.getAuthentication();
		if (method == null || method == OpenAiAuthenticationMethod.API_KEY) {
			return Authentication.apiKey();
		}
		if (method == OpenAiAuthenticationMethod.NONE) {
			return Authentication.none();
		}
		String property = (own != null) ? clientPrefix + "authentication" : "openai.authentication";
		EntraIdTokenSources tokens = this.entraIdTokens;
		if (tokens == null) {
			throw new InvalidOpenAiPropertyException(property, "entra-id",
					"Azure's identity library is not on the classpath",
					"Add the dependency com.azure:azure-identity, or set " + property + " to api-key");
		}
		TokenSource source = this.tokenSourcesByScope.computeIfAbsent(azure.tokenScope(),
				(scope) -> TokenSource.cached(tokens.forScope(scope)));
		return Authentication.bearerToken(source);
	}

	private ClientHttpConnector connector(String name, OpenAiClientOptions options,
			@Nullable OpenAiConnectionProperties overrides, OpenAiPropertyNames names, List<ConnectionProvider> pools,
			AtomicReference<@Nullable HttpClient> webSockets) {
		// Redirects are never followed, so that the key never follows one elsewhere; the
		// transport bounds the time of reads itself.
		HttpClientSettings settings = this.httpClientSettings.withRedirects(HttpRedirects.DONT_FOLLOW)
			.withConnectTimeout(options.timeouts().connectTimeout())
			.withReadTimeout(null);
		SslBundle sslBundle = sslBundle(name, overrides);
		if (sslBundle != null) {
			settings = settings.withSslBundle(sslBundle);
		}
		// Realtime sessions open their WebSockets with Reactor Netty whatever connector
		// the calls use, each on a connection of its own (not from the pool, which it
		// would hold for the whole session), with the calls' settings: SSL bundle,
		// connect timeout, no redirects.
		webSockets.set(new ReactorHttpClientBuilder().withHttpClientFactory(HttpClient::newConnection)
			.withoutHttpClientDefaults()
			.build(settings));
		ClientHttpConnectorBuilder<?> builder = this.connectorBuilder.get();
		if (builder instanceof ReactorClientHttpConnectorBuilder reactor) {
			// Keep Boot's event loops, but give each client its own pool with its idle
			// time.
			ConnectionProvider pool = ReactorNettyConnectors.connectionProvider(options);
			pools.add(pool);
			builder = reactor.withHttpClientFactory(() -> HttpClient.create(pool))
				.withHttpClientCustomizer((httpClient) -> ReactorNettyConnectors
					.configure(offerHttp2(httpClient, options, sslBundle), options));
		}
		else if (builder instanceof JdkClientHttpConnectorBuilder jdk) {
			refuseIdleTime(overrides, names, "the JDK's HttpClient (JdkClientHttpConnectorBuilder), which keeps "
					+ "idle connections for the JVM-wide system property jdk.httpclient.keepalive.timeout");
			URI proxy = options.connection().proxy();
			if (proxy != null) {
				if (!"http".equalsIgnoreCase(proxy.getScheme())) {
					throw unsupported(names.nameOf(ClientSetting.PROXY), Redactor.maskUserInfo(proxy.toString()),
							"the JDK's HttpClient (JdkClientHttpConnectorBuilder) connects through http proxies only",
							"Use an http:// proxy, or Reactor Netty (reactor-netty-http), which supports socks5");
				}
				builder = jdk.withProxySelector(
						ProxySelector.of(InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort())));
			}
		}
		else {
			String connector = builder.getClass().getSimpleName();
			refuseIdleTime(overrides, names, connector);
			if (options.connection().proxy() != null) {
				throw unsupported(names.nameOf(ClientSetting.PROXY),
						Redactor.maskUserInfo(options.connection().proxy().toString()),
						"the OpenAI clients cannot set the proxy of " + connector,
						"Use Reactor Netty (reactor-netty-http) or the JDK's HttpClient, or configure the proxy on "
								+ "your own ClientHttpConnectorBuilder bean and remove the property");
			}
		}
		return builder.build(settings);
	}

	/**
	 * Spring Boot builds the TLS context of an SSL bundle without ALPN, over which HTTP/2
	 * is never chosen: with {@code http2} on, the bundle's key and trust material and its
	 * options go into a context that offers it too.
	 */
	private static HttpClient offerHttp2(HttpClient httpClient, OpenAiClientOptions options,
			@Nullable SslBundle sslBundle) {
		if (sslBundle == null || !options.connection().http2()
				|| !"https".equalsIgnoreCase(options.baseUrl().getScheme())) {
			return httpClient;
		}
		SslManagerBundle managers = sslBundle.getManagers();
		SslOptions sslOptions = sslBundle.getOptions();
		Http2SslContextSpec http2 = Http2SslContextSpec.forClient().configure((ssl) -> {
			ssl.keyManager(managers.getKeyManagerFactory()).trustManager(managers.getTrustManagerFactory());
			if (sslOptions.getCiphers() != null) {
				ssl.ciphers(SslOptions.asSet(sslOptions.getCiphers()));
			}
			if (sslOptions.getEnabledProtocols() != null) {
				ssl.protocols(sslOptions.getEnabledProtocols());
			}
		});
		return httpClient.secure((spec) -> spec.sslContext(http2));
	}

	/**
	 * A connector that closes idle connections on its own schedule cannot honour a
	 * maximum idle time; it must not be set, rather than be silently dropped.
	 */
	private void refuseIdleTime(@Nullable OpenAiConnectionProperties overrides, OpenAiPropertyNames names,
			String connector) {
		boolean set = ClientPropertyBindings.sets(this.properties, ClientSetting.MAX_IDLE_TIME)
				|| (overrides != null && ClientPropertyBindings.sets(overrides, ClientSetting.MAX_IDLE_TIME));
		if (set) {
			String property = names.nameOf(ClientSetting.MAX_IDLE_TIME);
			Duration value = layered(overrides, OpenAiConnectionProperties::getMaxIdleTime);
			throw unsupported(property, String.valueOf(value),
					"the OpenAI clients cannot set the idle time of connections of " + connector, "Remove " + property
							+ ", or use Reactor Netty (reactor-netty-http), whose pools the clients " + "configure");
		}
	}

	private static InvalidOpenAiPropertyException unsupported(String property, String value, String reason,
			String action) {
		return new InvalidOpenAiPropertyException(property, value, reason, action);
	}

	private @Nullable SslBundle sslBundle(String name, @Nullable OpenAiConnectionProperties overrides) {
		String bundle = (overrides != null && overrides.getSslBundle() != null) ? overrides.getSslBundle()
				: this.properties.getSslBundle();
		if (bundle == null) {
			return null;
		}
		if (this.sslBundles == null) {
			String property = (overrides != null && overrides.getSslBundle() != null)
					? "openai.clients." + name + ".ssl-bundle" : "openai.ssl-bundle";
			throw new InvalidOpenAiPropertyException(property, bundle, "no SSL bundles are configured",
					"Define the bundle under spring.ssl.bundle, or remove " + property);
		}
		return this.sslBundles.getBundle(bundle);
	}

}

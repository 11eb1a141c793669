package dev.reactiveai.openai.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.InvalidBaseUrlException;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.internal.ReactorNettyConnectors;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Creates the {@link OpenAiClients} from {@link OpenAiProperties}: the settings under
 * {@code openai} layered over the library's defaults, and each named client's settings
 * layered over those. A layer overrides only what it sets.
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

	OpenAiClientFactory(OpenAiProperties properties, Supplier<WebClient.Builder> webClientBuilders,
			Supplier<ClientHttpConnectorBuilder<?>> connectorBuilder, List<OpenAiWebClientCustomizer> customizers,
			@Nullable SslBundles sslBundles, @Nullable OpenAiConnectionDetails connectionDetails,
			Consumer<OpenAiClient.Builder> clientCustomizer) {
		this.connectionDetails = connectionDetails;
		this.clientCustomizer = clientCustomizer;
		this.properties = properties;
		this.webClientBuilders = webClientBuilders;
		this.connectorBuilder = connectorBuilder;
		this.customizers = customizers;
		this.sslBundles = sslBundles;
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
		ConnectionProvider pool = ReactorNettyConnectors.connectionProvider(options);
		pools.add(pool);
		WebClient.Builder webClientBuilder = this.webClientBuilders.get();
		this.customizers.forEach((customizer) -> customizer.customize(name, webClientBuilder));
		AtomicReference<@Nullable HttpClient> webSockets = new AtomicReference<>();
		OpenAiClient.Builder client = OpenAiClient.builder()
			.options(options)
			.settingNames(new OpenAiPropertyNames(name, this.properties, overrides, this.connectionDetails))
			.webClientBuilder(webClientBuilder)
			.clientConnector(connector(name, options, pool, overrides, webSockets));
		HttpClient webSocketClient = webSockets.get();
		if (webSocketClient != null) {
			// Realtime sessions connect as the client's calls do: same event loops and
			// SSL bundle, on connections outside the pool.
			client.webSocketClient(webSocketClient);
		}
		this.clientCustomizer.accept(client);
		return client.build();
	}

	OpenAiClientOptions options(String name, @Nullable OpenAiConnectionProperties overrides) {
		OpenAiClientOptions.Builder builder = OpenAiClientOptions.builder().name(name);
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
		try {
			return builder.build();
		}
		catch (InvalidBaseUrlException ex) {
			// The URL may come from one layer and the permission to use plain http from
			// another.
			String urlPrefix = (overrides != null && overrides.getBaseUrl() != null) ? clientPrefix : "openai.";
			String allowPrefix = (overrides != null) ? clientPrefix : "openai.";
			throw ClientPropertyBindings.invalidBaseUrl(urlPrefix, allowPrefix, ex);
		}
	}

	private ClientHttpConnector connector(String name, OpenAiClientOptions options, ConnectionProvider pool,
			@Nullable OpenAiConnectionProperties overrides, AtomicReference<@Nullable HttpClient> webSockets) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withRedirects(HttpRedirects.DONT_FOLLOW)
			.withConnectTimeout(options.connectTimeout())
			.withSslBundle(sslBundle(name, overrides));
		ClientHttpConnectorBuilder<?> builder = this.connectorBuilder.get();
		if (builder instanceof ReactorClientHttpConnectorBuilder reactor) {
			// Keep Boot's event loops, but give each client its own pool with its idle
			// time.
			builder = reactor.withHttpClientFactory(() -> HttpClient.create(pool))
				.withHttpClientCustomizer((httpClient) -> {
					webSockets.set(httpClient);
					return ReactorNettyConnectors.configure(httpClient, options);
				});
		}
		return builder.build(settings);
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

package dev.reactiveai.openai.autoconfigure;

import com.azure.core.credential.TokenCredential;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.observation.OpenAiObservationConvention;
import dev.reactiveai.openai.observation.RealtimeResponseObservationConvention;
import dev.reactiveai.openai.observation.RealtimeSessionObservationConvention;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the OpenAI clients, and one bean per resource group of the API
 * from the default client ({@link OpenAiServiceBeans}).
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class)
@ConditionalOnClass({ OpenAiClient.class, WebClient.class })
@EnableConfigurationProperties(OpenAiProperties.class)
@Import(OpenAiServiceBeans.class)
public final class OpenAiAutoConfiguration {

	/**
	 * A bean other than the properties' own sets the connection of every client; the
	 * properties' own is what the factory reads from the properties anyway, and naming
	 * the properties in messages is clearer than naming the bean.
	 */
	private static @Nullable OpenAiConnectionDetails ownConnectionDetails(
			ObjectProvider<OpenAiConnectionDetails> connectionDetails) {
		OpenAiConnectionDetails details = connectionDetails.getIfAvailable();
		return (details instanceof PropertiesOpenAiConnectionDetails) ? null : details;
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	OpenAiClients openAiClients(OpenAiProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<OpenAiWebClientCustomizer> customizers, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<OpenAiConnectionDetails> connectionDetails, ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<OpenAiObservationConvention> observationConvention,
			ObjectProvider<RealtimeSessionObservationConvention> realtimeSessionConvention,
			ObjectProvider<RealtimeResponseObservationConvention> realtimeResponseConvention,
			ObjectProvider<HttpClientSettings> httpClientSettings, ResourceLoader resourceLoader,
			ObjectProvider<EntraIdTokenSources> entraIdTokens) {
		OpenAiClientFactory factory = new OpenAiClientFactory(properties,
				() -> webClientBuilder.getIfAvailable(WebClient::builder),
				() -> connectorBuilder
					.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(resourceLoader.getClassLoader())),
				customizers.orderedStream().toList(), sslBundles.getIfAvailable(),
				ownConnectionDetails(connectionDetails),
				httpClientSettings.getIfAvailable(HttpClientSettings::defaults), (client) -> {
					observations.ifAvailable(client::observationRegistry);
					observationConvention.ifAvailable(client::observationConvention);
					realtimeSessionConvention.ifAvailable(client::realtimeSessionObservationConvention);
					realtimeResponseConvention.ifAvailable(client::realtimeResponseObservationConvention);
				});
		return factory.entraIdTokens(entraIdTokens.getIfAvailable()).createClients();
	}

	@Bean
	@ConditionalOnMissingBean(OpenAiConnectionDetails.class)
	PropertiesOpenAiConnectionDetails openAiConnectionDetails(OpenAiProperties properties) {
		return new PropertiesOpenAiConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAiClient openAiClient(OpenAiClients clients) {
		return clients.getDefault();
	}

	/**
	 * Opens realtime sessions over WebSocket with the default client; those of a named
	 * client come from {@code clients.get(name).realtimeConnector()}.
	 * @param client the default client
	 * @return the connector
	 */
	@Bean
	@ConditionalOnMissingBean
	RealtimeConnector openAiRealtimeConnector(OpenAiClient client) {
		return client.realtimeConnector();
	}

	/**
	 * Entra ID tokens for the clients with {@code authentication: entra-id}: from the
	 * application's {@link TokenCredential} bean, or else Azure's
	 * {@code DefaultAzureCredential}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(TokenCredential.class)
	static class EntraIdConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EntraIdTokenSources openAiEntraIdTokenSources(ObjectProvider<TokenCredential> tokenCredential) {
			return new AzureIdentityTokenSources(tokenCredential::getIfAvailable);
		}

	}

}

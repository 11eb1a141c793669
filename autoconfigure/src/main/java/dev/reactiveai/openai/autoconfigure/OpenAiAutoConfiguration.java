package dev.reactiveai.openai.autoconfigure;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.observation.OpenAiObservationConvention;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
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

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	OpenAiClients openAiClients(OpenAiProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<OpenAiWebClientCustomizer> customizers, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<OpenAiConnectionDetails> connectionDetails, ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<OpenAiObservationConvention> observationConvention, ResourceLoader resourceLoader) {
		OpenAiClientFactory factory = new OpenAiClientFactory(properties,
				() -> webClientBuilder.getIfAvailable(WebClient::builder),
				() -> connectorBuilder
					.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(resourceLoader.getClassLoader())),
				customizers.orderedStream().toList(), sslBundles.getIfAvailable(), connectionDetails.getIfAvailable(),
				(client) -> {
					observations.ifAvailable(client::observationRegistry);
					observationConvention.ifAvailable(client::observationConvention);
				});
		return factory.createClients();
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

}

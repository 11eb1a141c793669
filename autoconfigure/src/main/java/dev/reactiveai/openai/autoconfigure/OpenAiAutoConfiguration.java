package dev.reactiveai.openai.autoconfigure;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.chat.ChatService;
import dev.reactiveai.openai.embeddings.EmbeddingsService;
import dev.reactiveai.openai.files.FilesService;
import dev.reactiveai.openai.models.ModelsService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the OpenAI clients and one bean per service of the default
 * client.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class)
@ConditionalOnClass({ OpenAiClient.class, WebClient.class })
@EnableConfigurationProperties(OpenAiProperties.class)
public final class OpenAiAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	OpenAiClients openAiClients(OpenAiProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<ClientHttpConnectorBuilder<?>> connectorBuilder,
			ObjectProvider<OpenAiWebClientCustomizer> customizers, ObjectProvider<SslBundles> sslBundles,
			ResourceLoader resourceLoader) {
		OpenAiClientFactory factory = new OpenAiClientFactory(properties,
				() -> webClientBuilder.getIfAvailable(WebClient::builder),
				() -> connectorBuilder
					.getIfAvailable(() -> ClientHttpConnectorBuilder.detect(resourceLoader.getClassLoader())),
				customizers.orderedStream().toList(), sslBundles.getIfAvailable());
		return factory.createClients();
	}

	@Bean
	@ConditionalOnMissingBean
	OpenAiClient openAiClient(OpenAiClients clients) {
		return clients.getDefault();
	}

	@Bean
	@ConditionalOnMissingBean
	ModelsService openAiModelsService(OpenAiClient client) {
		return client.models();
	}

	@Bean
	@ConditionalOnMissingBean
	ChatService openAiChatService(OpenAiClient client) {
		return client.chat();
	}

	@Bean
	@ConditionalOnMissingBean
	EmbeddingsService openAiEmbeddingsService(OpenAiClient client) {
		return client.embeddings();
	}

	@Bean
	@ConditionalOnMissingBean
	FilesService openAiFilesService(OpenAiClient client) {
		return client.files();
	}

}

package dev.reactiveai.openai.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of each OpenAI client, after Spring Boot's own
 * customizers, for example to add a filter. Beans of this type are applied in order.
 */
@FunctionalInterface
public interface OpenAiWebClientCustomizer {

	/**
	 * Customize a client's web client builder.
	 * @param clientName the client's name: {@code default}, or its key under
	 * {@code openai.clients}
	 * @param builder the builder
	 */
	void customize(String clientName, WebClient.Builder builder);

}

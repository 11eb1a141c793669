package dev.reactiveai.openai.autoconfigure;

import dev.reactiveai.openai.core.OpenAiClientOptions;
import org.jspecify.annotations.Nullable;

/**
 * The {@link OpenAiConnectionDetails} of the {@code openai.*} properties, the default
 * when no other bean of the type is defined, as Spring Boot defines its own connection
 * details: the default client's connection, and with {@link #forClient(String)} each
 * named client's, its own properties over those of every client. A bean of your own, or
 * the simulator's in development mode, replaces it and sets the connection of every
 * client.
 */
public class PropertiesOpenAiConnectionDetails implements OpenAiConnectionDetails {

	private final OpenAiProperties properties;

	private final @Nullable OpenAiConnectionProperties client;

	/**
	 * The connection of the default client.
	 * @param properties the properties
	 */
	public PropertiesOpenAiConnectionDetails(OpenAiProperties properties) {
		this(properties, null);
	}

	private PropertiesOpenAiConnectionDetails(OpenAiProperties properties,
			@Nullable OpenAiConnectionProperties client) {
		this.properties = properties;
		this.client = client;
	}

	/**
	 * The connection of a client.
	 * @param name the client's name, {@value OpenAiClients#DEFAULT} for the default one
	 * @return its connection
	 * @throws IllegalArgumentException if no client has that name
	 */
	public OpenAiConnectionDetails forClient(String name) {
		if (OpenAiClients.DEFAULT.equals(name)) {
			return this;
		}
		OpenAiConnectionProperties client = this.properties.getClients().get(name);
		if (client == null) {
			throw new IllegalArgumentException(
					"No OpenAI client '" + name + "': the configured ones are " + OpenAiClients.DEFAULT + " and "
							+ this.properties.getClients().keySet() + " (openai.clients.<name>)");
		}
		return new PropertiesOpenAiConnectionDetails(this.properties, client);
	}

	@Override
	public String getBaseUrl() {
		String url = layered(this.client != null ? this.client.getBaseUrl() : null, this.properties.getBaseUrl());
		return (url != null) ? url : OpenAiClientOptions.DEFAULT_BASE_URL.toString();
	}

	@Override
	public @Nullable String getApiKey() {
		return layered(this.client != null ? this.client.getApiKey() : null, this.properties.getApiKey());
	}

	@Override
	public @Nullable String getAdminApiKey() {
		return layered(this.client != null ? this.client.getAdminApiKey() : null, this.properties.getAdminApiKey());
	}

	@Override
	public @Nullable OpenAiAuthenticationMethod getAuthentication() {
		OpenAiAuthenticationMethod own = (this.client != null) ? this.client.getAuthentication() : null;
		return (own != null) ? own : this.properties.getAuthentication();
	}

	private static @Nullable String layered(@Nullable String own, @Nullable String everyClient) {
		return (own != null) ? own : everyClient;
	}

	@Override
	public String toString() {
		return "PropertiesOpenAiConnectionDetails[baseUrl=" + getBaseUrl() + "]";
	}

}

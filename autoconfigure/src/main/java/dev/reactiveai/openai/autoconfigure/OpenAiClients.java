package dev.reactiveai.openai.autoconfigure;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.reactiveai.openai.OpenAiClient;
import reactor.core.Disposable;

import org.springframework.util.Assert;

/**
 * The configured OpenAI clients by name: {@code default}, and one per
 * {@code openai.clients.<name>}.
 */
public final class OpenAiClients implements AutoCloseable {

	/** The name of the client configured directly under {@code openai}. */
	public static final String DEFAULT = "default";

	private final Map<String, OpenAiClient> clients;

	private final OpenAiClient defaultClient;

	private final List<Disposable> resources;

	/**
	 * Create a registry of the given clients.
	 * @param clients the clients by name; one must be named {@value #DEFAULT}
	 */
	public OpenAiClients(Map<String, OpenAiClient> clients) {
		this(clients, List.of());
	}

	OpenAiClients(Map<String, OpenAiClient> clients, Collection<? extends Disposable> resources) {
		OpenAiClient defaultClient = clients.get(DEFAULT);
		Assert.notNull(defaultClient, "A client named 'default' is required");
		this.defaultClient = defaultClient;
		this.clients = Collections.unmodifiableMap(new LinkedHashMap<>(clients));
		this.resources = List.copyOf(resources);
	}

	/** The client configured directly under {@code openai}. */
	public OpenAiClient getDefault() {
		return this.defaultClient;
	}

	/**
	 * The client with the given name.
	 * @param name {@code default}, or a key under {@code openai.clients}
	 * @return the client
	 * @throws IllegalArgumentException if there is no such client
	 */
	public OpenAiClient get(String name) {
		OpenAiClient client = this.clients.get(name);
		if (client == null) {
			throw new IllegalArgumentException("No OpenAI client named '" + name
					+ "'; configure it under openai.clients." + name + " (configured: " + this.clients.keySet() + ")");
		}
		return client;
	}

	/** The names of the clients, {@code default} first. */
	public Set<String> names() {
		return this.clients.keySet();
	}

	/** The clients by name, {@code default} first. */
	public Map<String, OpenAiClient> asMap() {
		return this.clients;
	}

	@Override
	public void close() {
		this.clients.values().forEach(OpenAiClient::close);
		this.resources.forEach(Disposable::dispose);
	}

}

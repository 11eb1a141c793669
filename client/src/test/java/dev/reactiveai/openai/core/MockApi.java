package dev.reactiveai.openai.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.reactiveai.openai.OpenAiClient;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link MockWebServer} per test, with clients pointed at it that are closed after the
 * test. Register with {@code @RegisterExtension}.
 */
public final class MockApi implements BeforeEachCallback, AfterEachCallback {

	private final List<OpenAiClient> clients = new ArrayList<>();

	private MockWebServer server;

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		this.server = new MockWebServer();
		this.server.start();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.clients.forEach(OpenAiClient::close);
		this.clients.clear();
		this.defaultClient = null;
		this.server.close();
	}

	private OpenAiClient defaultClient;

	/** The test's client with the test defaults: a key and short retry delays. */
	public OpenAiClient client() {
		if (this.defaultClient == null) {
			this.defaultClient = client((options) -> {
			});
		}
		return this.defaultClient;
	}

	/** Another client, with the test defaults and more options. */
	public OpenAiClient client(Consumer<OpenAiClientOptionsBuilder> customizer) {
		OpenAiClient client = TestClients.client(this.server, customizer);
		this.clients.add(client);
		return client;
	}

	public MockWebServer server() {
		return this.server;
	}

	public String baseUrl() {
		return TestClients.baseUrl(this.server);
	}

	public void enqueue(MockResponse response) {
		this.server.enqueue(response);
	}

	public RecordedRequest takeRequest() throws InterruptedException {
		return this.server.takeRequest();
	}

	public int requestCount() {
		return this.server.getRequestCount();
	}

}

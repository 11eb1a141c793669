package dev.reactiveai.openai.benchmarks.contenders;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.benchmarks.server.Payloads;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.internal.ReactorNettyConnectors;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionRequestSystemMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
import org.jspecify.annotations.Nullable;
import reactor.netty.resources.ConnectionProvider;

/**
 * This client, {@link OpenAiClient}, with its defaults: its own Reactor Netty connection
 * pool (500 connections), two retries, its timeouts. Only the number of connections
 * changes, and only where a row holds more streams open than the default pool allows.
 */
public final class OwnClientContender implements CompletionContender, StreamContender {

	private final OpenAiClient client;

	private final @Nullable ConnectionProvider connections;

	private final CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
		.model(Payloads.MODEL)
		.messages(List.of(ChatCompletionRequestSystemMessage.builder().content(Payloads.SYSTEM_MESSAGE).build(),
				ChatCompletionRequestUserMessage.builder().content(Payloads.USER_MESSAGE).build()))
		.build();

	private final CreateResponse responseRequest = CreateResponse.builder()
		.model(Payloads.MODEL)
		.instructions(Payloads.SYSTEM_MESSAGE)
		.input(Payloads.USER_MESSAGE)
		.build();

	/**
	 * A client with its default connection pool.
	 * @param baseUrl the base URL
	 */
	public OwnClientContender(String baseUrl) {
		this(baseUrl, 0);
	}

	/**
	 * A client whose pool holds the given number of connections, through the builder's
	 * {@code clientConnector}, as an application that needs more would set it.
	 * @param baseUrl the base URL
	 * @param maxConnections the most connections at once, or 0 for the default pool
	 */
	public OwnClientContender(String baseUrl, int maxConnections) {
		this(baseUrl, maxConnections, (builder) -> {
		});
	}

	/**
	 * A client with its default connection pool, built with more settings, such as an
	 * observation registry.
	 * @param baseUrl the base URL
	 * @param customizer adds to the client's builder
	 */
	public OwnClientContender(String baseUrl, Consumer<OpenAiClient.Builder> customizer) {
		this(baseUrl, 0, customizer);
	}

	private OwnClientContender(String baseUrl, int maxConnections, Consumer<OpenAiClient.Builder> customizer) {
		OpenAiClientOptions options = OpenAiClientOptions.builder().apiKey(API_KEY).baseUrl(baseUrl).build();
		OpenAiClient.Builder builder = OpenAiClient.builder().options(options);
		customizer.accept(builder);
		if (maxConnections > 0) {
			this.connections = ConnectionProvider.builder("openai-benchmark")
				.maxConnections(maxConnections)
				.pendingAcquireMaxCount(-1)
				.maxIdleTime(options.connection().maxIdleTime())
				.build();
			builder.clientConnector(ReactorNettyConnectors.connector(options, this.connections));
		}
		else {
			this.connections = null;
		}
		this.client = builder.build();
	}

	@Override
	public String name() {
		return "this client";
	}

	@Override
	public CompletableFuture<Integer> complete() {
		return this.client.chat().completions().create(this.request).map((response) -> {
			String content = response.choices().get(0).message().content();
			return (content != null) ? content.length() : 0;
		}).toFuture();
	}

	@Override
	public CompletableFuture<Long> readStream() {
		return this.client.chat()
			.completions()
			.createStream(this.request)
			.reduce(0L, (total, chunk) -> total + contentLength(chunk))
			.toFuture();
	}

	/**
	 * Read one whole Responses API stream into its typed events, adding up the text
	 * deltas' length.
	 * @return the characters of the text deltas
	 */
	public CompletableFuture<Long> readResponseStream() {
		return this.client.responses()
			.createStream(this.responseRequest)
			.reduce(0L,
					(total, event) -> total
							+ ((event instanceof ResponseTextDeltaEvent delta) ? delta.delta().length() : 0))
			.toFuture();
	}

	@Override
	public Object hold(Runnable onEvent) {
		return this.client.chat().completions().createStream(this.request).subscribe((chunk) -> onEvent.run());
	}

	private static long contentLength(ChatCompletionChunk chunk) {
		String content = chunk.choices().get(0).delta().content();
		return (content != null) ? content.length() : 0;
	}

	@Override
	public void close() {
		this.client.close();
		if (this.connections != null) {
			this.connections.dispose();
		}
	}

}

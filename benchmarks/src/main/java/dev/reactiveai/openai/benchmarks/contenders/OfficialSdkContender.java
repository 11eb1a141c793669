package dev.reactiveai.openai.benchmarks.contenders;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import com.openai.core.Timeout;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.reactiveai.openai.benchmarks.server.Payloads;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The official SDK ({@code com.openai:openai-java}), through its asynchronous client
 * {@link OpenAIOkHttpClientAsync}, on an OkHttp client of our own so that it is not
 * capped below the load: OkHttp's dispatcher runs at most 64 calls at once (the SDK
 * raises the per-host limit to that), and its pool keeps 5 idle connections, so both are
 * raised to the row's concurrency. Everything else is the SDK's default: two retries, and
 * its timeouts ({@code timeout(Timeout.builder().build())} keeps them over OkHttp's own).
 */
public final class OfficialSdkContender implements CompletionContender, StreamContender {

	private final OkHttpClient okHttp;

	private final OpenAIClientAsync client;

	private final ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
		.model(Payloads.MODEL)
		.addSystemMessage(Payloads.SYSTEM_MESSAGE)
		.addUserMessage(Payloads.USER_MESSAGE)
		.build();

	/**
	 * An SDK client.
	 * @param baseUrl the base URL
	 * @param maxRequests the most calls and idle connections at once
	 */
	public OfficialSdkContender(String baseUrl, int maxRequests) {
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(maxRequests);
		dispatcher.setMaxRequestsPerHost(maxRequests);
		this.okHttp = new OkHttpClient.Builder().dispatcher(dispatcher)
			.connectionPool(new ConnectionPool(maxRequests, 5, TimeUnit.MINUTES))
			.build();
		this.client = OpenAIOkHttpClientAsync.builder()
			.okHttpClient(this.okHttp)
			.timeout(Timeout.builder().build())
			.apiKey(API_KEY)
			.baseUrl(baseUrl)
			.build();
	}

	@Override
	public String name() {
		return "official SDK";
	}

	@Override
	public CompletableFuture<Integer> complete() {
		return this.client.chat()
			.completions()
			.create(this.params)
			.thenApply((completion) -> completion.choices().get(0).message().content().map(String::length).orElse(0));
	}

	@Override
	public CompletableFuture<Long> readStream() {
		long[] total = new long[1];
		AsyncStreamResponse<ChatCompletionChunk> stream = this.client.chat().completions().createStreaming(this.params);
		// The handler runs on one thread at a time, the stream's
		return stream.subscribe((chunk) -> total[0] += contentLength(chunk))
			.onCompleteFuture()
			.thenApply((ignored) -> total[0]);
	}

	@Override
	public Object hold(Runnable onEvent) {
		return this.client.chat().completions().createStreaming(this.params).subscribe((chunk) -> onEvent.run());
	}

	private static long contentLength(ChatCompletionChunk chunk) {
		return chunk.choices().get(0).delta().content().map(String::length).orElse(0);
	}

	@Override
	public void close() {
		this.client.close();
		// The SDK leaves a caller's OkHttp client alone: its dispatcher threads are ours
		// to stop
		this.okHttp.dispatcher().executorService().shutdownNow();
		this.okHttp.connectionPool().evictAll();
	}

}

package dev.reactiveai.openai.core;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateFileRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * Clients for tests, pointed at a loopback server, with retry delays short enough that
 * retry tests stay fast.
 */
public final class TestClients {

	/** Every StepVerifier waits at most this long. */
	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	public static final String API_KEY = "sk-test-4b2e8c1f9a";

	private TestClients() {
	}

	public static OpenAiClientOptionsBuilder options(String baseUrl) {
		return OpenAiClientOptions.builder()
			.baseUrl(baseUrl)
			.apiKey(API_KEY)
			.retries((retries) -> retries.withInitialRetryDelay(Duration.ofMillis(10))
				.withMaxRetryDelay(Duration.ofMillis(50)));
	}

	public static OpenAiClient client(MockWebServer server) {
		return client(server, (options) -> {
		});
	}

	public static OpenAiClient client(MockWebServer server, Consumer<OpenAiClientOptionsBuilder> customizer) {
		return client(baseUrl(server), customizer);
	}

	public static OpenAiClient client(String baseUrl, Consumer<OpenAiClientOptionsBuilder> customizer) {
		OpenAiClientOptionsBuilder options = options(baseUrl);
		customizer.accept(options);
		return OpenAiClient.builder().options(options.build()).build();
	}

	public static String baseUrl(MockWebServer server) {
		String url = server.url("/v1").toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	public static MockResponse json(String body) {
		return json(200, body);
	}

	public static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
	}

	public static MockResponse error(int status, String type, String code, String message) {
		return json(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":\"" + code
				+ "\",\"param\":null}}");
	}

	/** A request to upload a file. */
	public static CreateFileRequest fileRequest(UploadFile file, String purpose) {
		return CreateFileRequest.builder().file(file).purpose(purpose).build();
	}

	/** A chat completion request with one user message. */
	public static CreateChatCompletionRequest chatRequest(String content) {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(List.of(ChatCompletionRequestUserMessage.builder().content(content).build()))
			.build();
	}

	/** The text a stream chunk adds to the first choice, or an empty string. */
	public static String content(ChatCompletionChunk chunk) {
		if (chunk.choices().isEmpty()) {
			return "";
		}
		String content = chunk.choices().get(0).delta().content();
		return (content != null) ? content : "";
	}

	public static String model(String id) {
		return "{\"id\":\"" + id + "\",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"openai\"}";
	}

}

package dev.reactiveai.openai.core;

import java.time.Duration;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.OpenAiClientClosedException;
import dev.reactiveai.openai.types.OpenAIFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A closed client sends nothing: every call fails at once with a typed error, and
 * listings, retries and views of the client stop with it.
 */
class ClosedClientTests {

	private static final Duration QUIET = Duration.ofMillis(300);

	private final LoopbackServer server = new LoopbackServer();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private OpenAiClient client() {
		return TestClients.client(this.server.baseUrl(), (options) -> options.name("x"));
	}

	@Test
	void everyKindOfCallFailsAtOnceWithoutARequest() {
		OpenAiClient client = client();
		client.close();
		StepVerifier.create(client.models().retrieve("gpt-4o"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiClientClosedException.class)
				.hasMessageContaining("client 'x' is closed")
				.hasMessageContaining("GET /models/{model}"))
			.verify(Duration.ofSeconds(1));
		StepVerifier.create(client.chat().completions().createStream(TestClients.chatRequest("hi")))
			.expectError(OpenAiClientClosedException.class)
			.verify(Duration.ofSeconds(1));
		StepVerifier.create(client.files().content("file-1"))
			.expectError(OpenAiClientClosedException.class)
			.verify(Duration.ofSeconds(1));
		StepVerifier.create(client.files().list()).expectError(OpenAiClientClosedException.class).verify(TIMEOUT);
		StepVerifier.create(client.models().delete("ft-1"))
			.expectError(OpenAiClientClosedException.class)
			.verify(Duration.ofSeconds(1));
		this.server.assertRequestsStayAt(QUIET, 0);
		assertThat(this.server.openConnections()).isZero();
	}

	@Test
	void closingStopsAListingAtItsNextPage() {
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(LoopbackServer.sendJson(response, ListingEndsTests.page(true, "file-" + this.server.requests()))));
		OpenAiClient client = client();
		StepVerifier.create(client.files().list().map(OpenAIFile::id), 1)
			.expectNext("file-1")
			.then(client::close)
			.thenRequest(10)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiClientClosedException.class)
				.hasMessageContaining("GET /files"))
			.verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 1);
	}

	@Test
	void closingDuringARetryDelayStopsTheRetry() {
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(response.status(503).sendString(Mono.just("busy")).then()));
		OpenAiClient client = TestClients.client(this.server.baseUrl(),
				(options) -> options.retries((retries) -> retries.withInitialRetryDelay(Duration.ofMillis(500))
					.withMaxRetryDelay(Duration.ofMillis(500))));
		StepVerifier.create(client.models().retrieve("gpt-4o"))
			.then(() -> await().atMost(TIMEOUT).until(() -> this.server.requests() == 1))
			.then(client::close)
			.expectError(OpenAiClientClosedException.class)
			.verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 1);
	}

	@Test
	void aViewMadeWithOptionsIsClosedWithItsClient() {
		OpenAiClient client = client();
		OpenAiClient view = client.withOptions(RequestOptions.builder().maxRetries(0).build());
		client.close();
		StepVerifier.create(view.models().retrieve("gpt-4o"))
			.expectError(OpenAiClientClosedException.class)
			.verify(Duration.ofSeconds(1));
		StepVerifier
			.create(view.models().withOptions(RequestOptions.builder().maxRetries(1).build()).retrieve("gpt-4o"))
			.expectError(OpenAiClientClosedException.class)
			.verify(Duration.ofSeconds(1));
		this.server.assertRequestsStayAt(QUIET, 0);
	}

	@Test
	void closingAViewClosesOnlyTheView() {
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(LoopbackServer.sendJson(response, TestClients.model("gpt-4o"))));
		try (OpenAiClient client = client()) {
			OpenAiClient view = client.withOptions(RequestOptions.builder().maxRetries(0).build());
			view.close();
			StepVerifier.create(view.models().retrieve("gpt-4o"))
				.expectError(OpenAiClientClosedException.class)
				.verify(Duration.ofSeconds(1));
			StepVerifier.create(client.models().retrieve("gpt-4o")).expectNextCount(1).expectComplete().verify(TIMEOUT);
			assertThat(this.server.requests()).isEqualTo(1);
		}
	}

	@Test
	void closingTwiceIsHarmless() {
		OpenAiClient client = client();
		client.close();
		client.close();
		assertThat(client.transport().isClosed()).isTrue();
	}

}

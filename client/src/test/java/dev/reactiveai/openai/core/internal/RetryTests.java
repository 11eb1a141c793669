package dev.reactiveai.openai.core.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.MockApi;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.InternalServerException;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import dev.reactiveai.openai.error.RateLimitException;
import dev.reactiveai.openai.types.OpenAIFile;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static dev.reactiveai.openai.core.TestClients.client;
import static dev.reactiveai.openai.core.TestClients.error;
import static dev.reactiveai.openai.core.TestClients.fileRequest;
import static dev.reactiveai.openai.core.TestClients.json;
import static dev.reactiveai.openai.core.TestClients.model;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reliability.md, cases 1-4 and 6: which failures are retried, how often, after how
 * long.
 */
class RetryTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	@ParameterizedTest
	@ValueSource(ints = { 408, 409, 429, 500, 502, 503, 504 })
	void retriesRetryableStatusesThenSucceeds(int status) throws InterruptedException {
		this.api.enqueue(error(status, "server_error", "busy", "Try again"));
		this.api.enqueue(json(model("gpt-4o")));
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o"))
			.expectNextMatches((model) -> model.id().equals("gpt-4o"))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 422 })
	void doesNotRetryOtherClientErrors(int status) {
		this.api.enqueue(error(status, "invalid_request_error", "nope", "No"));
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o")).expectError().verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(1);
	}

	@Test
	void givesUpAfterTwoRetriesByDefault() {
		for (int i = 0; i < 4; i++) {
			this.api.enqueue(error(503, "server_error", "busy", "Overloaded"));
		}
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o"))
			.expectError(InternalServerException.class)
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(3);
	}

	@Test
	void maxRetriesIsConfigurablePerCall() {
		for (int i = 0; i < 6; i++) {
			this.api.enqueue(error(500, "server_error", "busy", "Overloaded"));
		}
		StepVerifier
			.create(this.api.client()
				.models()
				.withOptions(RequestOptions.builder().maxRetries(4).build())
				.retrieve("gpt-4o"))
			.expectError(InternalServerException.class)
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(5);
	}

	@Test
	void shouldRetryFalseOverridesARetryableStatus() {
		this.api.enqueue(
				new MockResponse.Builder(error(503, "server_error", "busy", "No")).setHeader("x-should-retry", "false")
					.build());
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o"))
			.expectError(InternalServerException.class)
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(1);
	}

	@Test
	void shouldRetryTrueOverridesANonRetryableStatus() {
		this.api.enqueue(new MockResponse.Builder(error(400, "invalid_request_error", "x", "Retry me"))
			.setHeader("x-should-retry", "true")
			.build());
		this.api.enqueue(json(model("gpt-4o")));
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(2);
	}

	@Test
	void honoursRetryAfterMilliseconds() {
		this.api.enqueue(new MockResponse.Builder(error(429, "rate_limit", "rate", "Slow down"))
			.setHeader("retry-after-ms", "400")
			.build());
		this.api.enqueue(json(model("gpt-4o")));
		long start = System.nanoTime();
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void honoursRetryAfterSeconds() {
		this.api
			.enqueue(new MockResponse.Builder(error(503, "server_error", "busy", "Later")).setHeader("retry-after", "1")
				.build());
		this.api.enqueue(json(model("gpt-4o")));
		long start = System.nanoTime();
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void failsAtOnceWhenRetryAfterExceedsTheCap() {
		this.api.enqueue(new MockResponse.Builder(error(429, "rate_limit", "rate", "Come back tomorrow"))
			.setHeader("retry-after", "86400")
			.build());
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(RateLimitException.class))
			.verify(Duration.ofSeconds(5));
		assertThat(this.api.requestCount()).isEqualTo(1);
	}

	@Test
	void retriesConnectionRefused() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (OpenAiClient refused = client("http://127.0.0.1:" + port + "/v1", (options) -> {
		})) {
			StepVerifier.create(refused.models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiConnectionException.class)
					.hasMessageContaining("127.0.0.1:" + port))
				.verify(TIMEOUT);
		}
	}

	@Test
	void retriesAConnectionResetBeforeTheResponseHeaders() {
		this.api.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
		this.api.enqueue(json(model("gpt-4o")));
		StepVerifier.create(this.api.client().models().retrieve("gpt-4o"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void doesNotRetryAStreamedUpload() {
		this.api.enqueue(error(503, "server_error", "busy", "Overloaded"));
		this.api.enqueue(json("{\"id\":\"file-1\",\"object\":\"file\",\"bytes\":3,\"created_at\":1}"));
		Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap("abc".getBytes()));
		StepVerifier
			.create(this.api.client().files().create(fileRequest(UploadFile.of(content, "data.jsonl"), "batch")))
			.expectError(InternalServerException.class)
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(1);
	}

	@Test
	void retriesAnUploadFromDisk() throws IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("upload", ".jsonl");
		java.nio.file.Files.writeString(file, "{\"a\":1}\n");
		this.api.enqueue(error(503, "server_error", "busy", "Overloaded"));
		this.api.enqueue(json("{\"id\":\"file-1\",\"object\":\"file\",\"bytes\":8,\"created_at\":1}"));
		StepVerifier.create(this.api.client().files().create(fileRequest(UploadFile.of(file), "batch")))
			.expectNextMatches((OpenAIFile uploaded) -> uploaded.id().equals("file-1"))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(2);
	}

	@Test
	void aServerThatNeverAnswersFailsWithinTheTimeoutOfEachAttempt() {
		for (int i = 0; i < 3; i++) {
			this.api.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
		}
		long start = System.nanoTime();
		StepVerifier
			.create(this.api.client()
				.models()
				.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(1).build())
				.retrieve("gpt-4o"))
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOf(OpenAiTimeoutException.class).hasMessageContaining("PT0.3S"))
			.verify(TIMEOUT);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(600)).isLessThan(Duration.ofSeconds(5));
		assertThat(this.api.requestCount()).isEqualTo(2);
	}

	@Test
	void aBadRequestIsNotRetriedAndCarriesTheParam() {
		this.api.enqueue(json(400,
				"{\"error\":{\"message\":\"Bad model\",\"type\":\"invalid_request_error\",\"param\":\"model\",\"code\":null}}"));
		StepVerifier.create(this.api.client().models().retrieve("gpt-x"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(BadRequestException.class,
					(bad) -> assertThat(bad.param()).isEqualTo("model")))
			.verify(TIMEOUT);
	}

	@Test
	void backoffDoublesUpToTheMaximumLessJitter() {
		RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
		for (int retry = 0; retry < 8; retry++) {
			double nominal = Math.min(500 * Math.pow(2, retry), 8000);
			for (int sample = 0; sample < 50; sample++) {
				long delay = policy.backoff(retry).toMillis();
				assertThat(delay).isBetween((long) (nominal * 0.75) - 1, (long) nominal);
			}
		}
	}

	@Test
	void retryAfterHttpDateIsHonoured() {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.set("retry-after", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
			.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30)));
		assertThat(RetryPolicy.requestedDelay(headers)).isBetween(Duration.ofSeconds(28), Duration.ofSeconds(30));
	}

	@Test
	void stallingServerTimesOutWithinTheConfiguredTimeoutPerAttempt() {
		this.api.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
		StepVerifier
			.create(this.api.client()
				.models()
				.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(0).build())
				.retrieve("gpt-4o"))
			.expectError(OpenAiTimeoutException.class)
			.verify(TIMEOUT);
	}

}

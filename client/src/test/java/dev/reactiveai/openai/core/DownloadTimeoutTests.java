package dev.reactiveai.openai.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.netty.http.server.HttpServerResponse;
import reactor.test.StepVerifier;

import org.springframework.core.io.buffer.DataBufferUtils;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A download is bounded as a whole: a server that trickles bytes, each well within the
 * read timeout, cannot keep it open.
 */
class DownloadTimeoutTests {

	private final LoopbackServer server = new LoopbackServer();

	@TempDir
	Path directory;

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void aTrickleFailsAtTheDownloadTimeoutNamingRequestAndBound() {
		trickle();
		try (OpenAiClient client = client(Duration.ofMillis(800))) {
			long start = System.nanoTime();
			StepVerifier.create(client.files().content("file-1").doOnNext(DataBufferUtils::release))
				.thenConsumeWhile((buffer) -> true)
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiTimeoutException.class)
					.hasMessageContaining("GET /files/{file_id}/content did not finish downloading within PT0.8S")
					.hasMessageContaining("OpenAiClientOptions.downloadTimeout")
					.satisfies((timeout) -> assertThat(((OpenAiTimeoutException) timeout).timeout())
						.isEqualTo(Duration.ofMillis(800)))
					.satisfies((timeout) -> assertThat(((OpenAiTimeoutException) timeout).setting())
						.isEqualTo(ClientSetting.DOWNLOAD_TIMEOUT)))
				.verify(TIMEOUT);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			// Not retried, and the trickling connection is closed.
			assertThat(this.server.requests()).isEqualTo(1);
			await().atMost(TIMEOUT).until(() -> this.server.openConnections() == 0);
		}
	}

	@Test
	void aPerCallDownloadTimeoutOverridesTheClients() {
		trickle();
		try (OpenAiClient client = client(Duration.ofHours(1))) {
			StepVerifier
				.create(client.files()
					.withOptions(RequestOptions.builder().downloadTimeout(Duration.ofMillis(500)).build())
					.content("file-1")
					.doOnNext(DataBufferUtils::release))
				.thenConsumeWhile((buffer) -> true)
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiTimeoutException.class)
					.hasMessageContaining("within PT0.5S"))
				.verify(TIMEOUT);
		}
	}

	@Test
	void aTrickledDownloadToAFileFailsAndLeavesNoPartialFile() throws IOException {
		trickle();
		Path target = this.directory.resolve("out.jsonl");
		try (OpenAiClient client = client(Duration.ofMillis(500))) {
			StepVerifier.create(client.files().content("file-1", target))
				.expectError(OpenAiTimeoutException.class)
				.verify(TIMEOUT);
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void aDownloadThatFinishesInTimeIsWhole() {
		byte[] content = new byte[2 * 1024 * 1024];
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(response.status(200)
				.header("Content-Type", "application/octet-stream")
				.sendByteArray(
						Flux.range(0, 32).map((i) -> java.util.Arrays.copyOfRange(content, 0, content.length / 32)))
				.then()));
		try (OpenAiClient client = client(Duration.ofSeconds(5))) {
			StepVerifier.create(client.files().content("file-1").map((buffer) -> {
				int size = buffer.readableByteCount();
				DataBufferUtils.release(buffer);
				return size;
			}).reduce(0, Integer::sum)).expectNext(content.length).expectComplete().verify(TIMEOUT);
		}
	}

	@Test
	void theDownloadTimeoutIsAnOptionWithADefault() {
		OpenAiClientOptions options = OpenAiClientOptions.builder().build();
		assertThat(options.timeouts().downloadTimeout()).isEqualTo(TimeoutOptions.DEFAULT_DOWNLOAD_TIMEOUT);
		OpenAiClientOptions changed = options.toBuilder()
			.timeouts((timeouts) -> timeouts.withDownloadTimeout(Duration.ofMinutes(3)))
			.build();
		assertThat(changed.timeouts().downloadTimeout()).isEqualTo(Duration.ofMinutes(3));
		assertThat(changed.toBuilder().build().timeouts().downloadTimeout()).isEqualTo(Duration.ofMinutes(3));
		assertThat(changed.toString()).contains("downloadTimeout=PT3M");
		assertThat(RequestOptions.builder()
			.downloadTimeout(Duration.ofSeconds(1))
			.build()
			.merge(RequestOptions.builder().maxRetries(1).build())
			.downloadTimeout()).isEqualTo(Duration.ofSeconds(1));
	}

	/** Answer with one byte every 50 ms, forever: never silent for the read timeout. */
	private void trickle() {
		this.server.handle((request, response) -> LoopbackServer.drain(request).then(send(response)));
	}

	private static reactor.core.publisher.Mono<Void> send(HttpServerResponse response) {
		return response.status(200)
			.header("Content-Type", "application/octet-stream")
			.sendByteArray(Flux.interval(Duration.ofMillis(50)).map((i) -> new byte[] { 'x' }))
			.then();
	}

	private OpenAiClient client(Duration downloadTimeout) {
		return TestClients.client(this.server.baseUrl(), (options) -> options.timeouts(
				(timeouts) -> timeouts.withDownloadTimeout(downloadTimeout).withReadTimeout(Duration.ofSeconds(30))));
	}

}

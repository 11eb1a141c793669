package dev.reactiveai.openai.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.internal.Pagination;
import dev.reactiveai.openai.error.OpenAiResponseException;
import dev.reactiveai.openai.types.OpenAIFile;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listing requests no page once its consumer is done with it, and ends with a typed
 * error, rather than requesting pages forever, when the server does not let it advance.
 */
class ListingEndsTests {

	/** How long a test waits to see that no further request arrives. */
	private static final Duration QUIET = Duration.ofMillis(300);

	private final LoopbackServer server = new LoopbackServer();

	private final OpenAiClient client = TestClients.client(this.server.baseUrl(), (options) -> {
	});

	@AfterEach
	void close() {
		this.client.close();
		this.server.close();
	}

	@Test
	void takeWhileRequestsNoPageAfterItCompletes() {
		serveEndlessPages(2);
		StepVerifier.create(this.client.files().list().takeWhile((file) -> !file.id().equals("file-3")))
			.expectNextCount(2)
			.expectComplete()
			.verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 2);
	}

	/** The subscriber asks for every item at once, and disposes on the third. */
	@Test
	void disposingAfterTheThirdItemRequestsNoMorePages() throws InterruptedException {
		serveEndlessPages(2);
		CountDownLatch disposed = new CountDownLatch(1);
		this.client.files().list().subscribe(new BaseSubscriber<OpenAIFile>() {

			private int received;

			@Override
			protected void hookOnNext(OpenAIFile file) {
				if (++this.received == 3) {
					dispose();
					disposed.countDown();
				}
			}

		});
		assertThat(disposed.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		this.server.assertRequestsStayAt(QUIET, 2);
	}

	@Test
	void cancellingCancelsThePageInFlight() {
		AtomicInteger pages = new AtomicInteger();
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then((pages.incrementAndGet() == 1) ? LoopbackServer.sendJson(response, page(true, "file-1"))
					: Mono.never()));
		StepVerifier.create(this.client.files().list().map(OpenAIFile::id), Long.MAX_VALUE)
			.expectNext("file-1")
			.then(() -> await().atMost(TIMEOUT).until(() -> pages.get() == 2))
			.thenCancel()
			.verify(TIMEOUT);
		// The held request's connection is closed, not left to the read timeout (the
		// first page's connection may stay open in the pool).
		await().atMost(TIMEOUT).until(() -> this.server.closedConnections() == 1);
		this.server.assertRequestsStayAt(QUIET, 2);
	}

	@Test
	void aListingThatCompletesRequestsNothingMore() {
		serveEndlessPages(2);
		StepVerifier.create(this.client.files().list().take(3)).expectNextCount(3).expectComplete().verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 2);
	}

	@Test
	void aServerThatIgnoresTheCursorEndsTheListingWithATypedErrorNamingRequestAndCursor() {
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(LoopbackServer.sendJson(response, page(true, "file-1", "file-2"))));
		StepVerifier.create(this.client.files().list().map(OpenAIFile::id))
			.expectNext("file-1", "file-2")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageContaining("GET /files")
				.hasMessageContaining("'file-2' again"))
			.verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 2);
	}

	@Test
	void aServerThatGoesRoundInACycleEndsTheListing() {
		serve((after) -> switch (String.valueOf(after)) {
			case "null" -> page(true, "file-1");
			case "file-1" -> page(true, "file-2");
			default -> page(true, "file-1");
		});
		StepVerifier.create(this.client.files().list().map(OpenAIFile::id))
			.expectNext("file-1", "file-2")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageContaining("GET /files answered the page after 'file-2'")
				.hasMessageContaining("'file-1' again"))
			.verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 3);
	}

	@Test
	void aServerThatAnswersTheStartingCursorWithItselfEndsTheListing() {
		serve((after) -> page(true, "file-9"));
		StepVerifier
			.create(this.client.files()
				.list(dev.reactiveai.openai.types.FilesListParams.builder().after("file-9").build()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageContaining("'file-9' again, the one it was asked to start after"))
			.verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 1);
	}

	@Test
	void anEmptyPageThatSaysMoreFollowEndsTheListingWithATypedError() {
		serve((after) -> (after == null) ? page(true, "file-1")
				: "{\"object\":\"list\",\"data\":[],\"first_id\":null,\"last_id\":null,\"has_more\":true}");
		StepVerifier.create(this.client.files().list().map(OpenAIFile::id))
			.expectNext("file-1")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageContaining("GET /files answered the page after 'file-1' with has_more true but no items"))
			.verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 2);
	}

	@Test
	void aPageThatSaysMoreFollowWithoutACursorEndsTheListing() {
		serve((after) -> "{\"object\":\"list\",\"data\":[" + file("file-1") + "],\"has_more\":true}");
		StepVerifier.create(this.client.files().list())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageContaining("no cursor for the next page"))
			.verify(TIMEOUT);
		this.server.assertRequestsStayAt(QUIET, 1);
	}

	@Test
	void aPageWithoutDataIsATypedErrorNamingTheRequest() {
		serve((after) -> "{\"object\":\"list\",\"data\":null,\"has_more\":false}");
		StepVerifier.create(this.client.files().list())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageContaining("GET /files")
				.hasMessageContaining("'data' is null"))
			.verify(TIMEOUT);
		StepVerifier.create(this.client.fineTuning().jobs().list())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageContaining("GET /fine_tuning/jobs")
				.hasMessageContaining("'data' is null"))
			.verify(TIMEOUT);
	}

	@Test
	void aNullItemIsATypedError() {
		serve((after) -> "{\"object\":\"list\",\"data\":[" + file("file-1") + ",null],\"has_more\":false}");
		StepVerifier.create(this.client.files().list())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageContaining("GET /files")
				.hasMessageContaining("Item 1 of the page"))
			.verify(TIMEOUT);
	}

	@Test
	void aCursorWithControlCharactersIsEscapedInTheError() {
		serve((after) -> page(true, "file-1\\u001b[2J\\nforged"));
		StepVerifier.create(this.client.files().list())
			.expectNextCount(1)
			.expectErrorSatisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\u001b", "\n")
				.contains("file-1\\u001b[2J\\nforged"))
			.verify(TIMEOUT);
	}

	@Test
	void pagesThatArriveSynchronouslyDoNotDeepenTheStack() {
		int pages = 20_000;
		Function<@Nullable String, Mono<Page<Integer>>> fetch = (after) -> {
			int next = (after != null) ? Integer.parseInt(after) + 1 : 0;
			return Mono.just(new Page<>(List.of(next), next < pages - 1, null, String.valueOf(next)));
		};
		StepVerifier.create(Pagination.items("GET /numbers", null, fetch).count())
			.expectNext((long) pages)
			.expectComplete()
			.verify(TIMEOUT);
	}

	/** Pages of the given size that never end, each following the cursor asked for. */
	private void serveEndlessPages(int size) {
		serve((after) -> {
			int first = (after != null) ? Integer.parseInt(after.substring("file-".length())) + 1 : 1;
			String[] ids = new String[size];
			for (int i = 0; i < size; i++) {
				ids[i] = "file-" + (first + i);
			}
			return page(true, ids);
		});
	}

	private void serve(Function<@Nullable String, String> pageAfter) {
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(LoopbackServer.sendJson(response, pageAfter.apply(after(request)))));
	}

	private static @Nullable String after(HttpServerRequest request) {
		List<String> values = new QueryStringDecoder(request.uri()).parameters().get("after");
		return (values != null) ? values.get(0) : null;
	}

	static String page(boolean hasMore, String... ids) {
		StringBuilder data = new StringBuilder();
		for (String id : ids) {
			data.append((data.length() > 0) ? "," : "").append(file(id));
		}
		return "{\"object\":\"list\",\"data\":[" + data + "],\"first_id\":\"" + ids[0] + "\",\"last_id\":\""
				+ ids[ids.length - 1] + "\",\"has_more\":" + hasMore + "}";
	}

	static String file(String id) {
		return "{\"id\":\"" + id + "\",\"object\":\"file\",\"bytes\":1,\"created_at\":1,\"filename\":\"a.jsonl\","
				+ "\"purpose\":\"batch\"}";
	}

}

package dev.reactiveai.openai.core;

import dev.reactiveai.openai.types.FilesListParams;
import dev.reactiveai.openai.types.OpenAIFile;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static dev.reactiveai.openai.core.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists page lazily: the next page is fetched only when its items are wanted.
 */
class PaginationTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	@Test
	void allItemsAreFetchedPageByPageWithTheCursor() throws InterruptedException {
		this.api.enqueue(json(page(true, "file-1", "file-2")));
		this.api.enqueue(json(page(true, "file-3", "file-4")));
		this.api.enqueue(json(page(false, "file-5")));
		StepVerifier
			.create(this.api.client()
				.files()
				.list(FilesListParams.builder().purpose("batch").limit(2L).build())
				.map(OpenAIFile::id))
			.expectNext("file-1", "file-2", "file-3", "file-4", "file-5")
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest first = this.api.takeRequest();
		assertThat(first.getUrl().queryParameter("after")).isNull();
		assertThat(first.getUrl().queryParameter("purpose")).isEqualTo("batch");
		assertThat(first.getUrl().queryParameter("limit")).isEqualTo("2");
		assertThat(this.api.takeRequest().getUrl().queryParameter("after")).isEqualTo("file-2");
		assertThat(this.api.takeRequest().getUrl().queryParameter("after")).isEqualTo("file-4");
	}

	@Test
	void takingFewerItemsThanAPageFetchesOnePage() {
		this.api.enqueue(json(page(true, "file-1", "file-2", "file-3")));
		this.api.enqueue(json(page(false, "file-4")));
		StepVerifier.create(this.api.client().files().list().take(2).map(OpenAIFile::id))
			.expectNext("file-1", "file-2")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(1);
	}

	@Test
	void theNextPageIsFetchedOnlyWhenDemanded() {
		this.api.enqueue(json(page(true, "file-1", "file-2")));
		this.api.enqueue(json(page(false, "file-3")));
		StepVerifier.create(this.api.client().files().list().map(OpenAIFile::id), 2)
			.expectNext("file-1", "file-2")
			.then(() -> {
				try {
					Thread.sleep(300);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			})
			.then(() -> assertThat(this.api.requestCount()).isEqualTo(1))
			.thenRequest(1)
			.expectNext("file-3")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(2);
	}

	@Test
	void onePageCanBeReadOnItsOwn() {
		this.api.enqueue(json(page(true, "file-1", "file-2")));
		StepVerifier.create(this.api.client().files().listPage(FilesListParams.builder().build()))
			.expectNextMatches((page) -> page.hasMore() && page.data().size() == 2 && "file-2".equals(page.lastId()))
			.expectComplete()
			.verify(TIMEOUT);
	}

	static String page(boolean hasMore, String... ids) {
		StringBuilder data = new StringBuilder();
		for (String id : ids) {
			data.append((data.length() > 0) ? "," : "")
				.append("{\"id\":\"")
				.append(id)
				.append("\",\"object\":\"file\",\"bytes\":1,\"created_at\":1,\"filename\":\"a.jsonl\",\"purpose\":\"batch\"}");
		}
		return "{\"object\":\"list\",\"data\":[" + data + "],\"first_id\":\"" + ids[0] + "\",\"last_id\":\""
				+ ids[ids.length - 1] + "\",\"has_more\":" + hasMore + "}";
	}

}

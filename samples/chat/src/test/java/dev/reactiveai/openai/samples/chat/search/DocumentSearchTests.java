package dev.reactiveai.openai.samples.chat.search;

import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.samples.chat.ChatSampleProperties;
import dev.reactiveai.openai.samples.chat.search.DocumentSearch.SearchResult;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link DocumentSearch} against the OpenAI simulator, without Spring.
 */
class DocumentSearchTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static OpenAiSimulator simulator;

	private static OpenAiClient client;

	private final DocumentSearch search = new DocumentSearch(client.embeddings(),
			new ChatSampleProperties("gpt-4.1-mini", "text-embedding-3-small", "Be brief.", 10, 100));

	@BeforeAll
	static void start() {
		simulator = OpenAiSimulator.start();
		client = OpenAiClient.builder()
			.options(OpenAiClientOptions.builder().baseUrl(simulator.baseUrl()).apiKey("sk-test").build())
			.build();
	}

	@AfterAll
	static void stop() {
		client.close();
		simulator.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
	}

	@Test
	void ranksEveryDocumentMostSimilarFirst() {
		StepVerifier.create(this.search.search("wild yeast bread")).assertNext((results) -> {
			assertThat(results).extracting(SearchResult::title)
				.hasSize(Document.ALL.size())
				.first()
				.isEqualTo("Sourdough");
			assertThat(results).extracting(SearchResult::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void embedsTheDocumentsOnceInOneRequest() {
		StepVerifier.create(this.search.search("wild yeast bread")).expectNextCount(1).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.search.search("the moon")).expectNextCount(1).expectComplete().verify(TIMEOUT);
		assertThat(inputSizes()).containsExactly(Document.ALL.size(), 1, 1);
	}

	@Test
	void embedsTheDocumentsAgainAfterAFailure() {
		simulator.faults().failNext(1, 400);
		StepVerifier.create(this.search.search("wild yeast bread"))
			.expectError(BadRequestException.class)
			.verify(TIMEOUT);
		StepVerifier.create(this.search.search("wild yeast bread")).expectNextCount(1).expectComplete().verify(TIMEOUT);
		assertThat(inputSizes()).containsExactly(Document.ALL.size(), Document.ALL.size(), 1);
	}

	@Test
	void cosineSimilarityIsOneForTheSameDirectionZeroForOrthogonalAndMinusOneForOpposite() {
		assertThat(DocumentSearch.cosineSimilarity(new float[] { 1, 2 }, new float[] { 2, 4 })).isCloseTo(1,
				within(1e-9));
		assertThat(DocumentSearch.cosineSimilarity(new float[] { 1, 0 }, new float[] { 0, 3 })).isZero();
		assertThat(DocumentSearch.cosineSimilarity(new float[] { 1, 1 }, new float[] { -1, -1 })).isCloseTo(-1,
				within(1e-9));
		assertThat(DocumentSearch.cosineSimilarity(new float[] { 0, 0 }, new float[] { 1, 1 })).isZero();
	}

	private List<Integer> inputSizes() {
		return simulator.requests()
			.forPath("/embeddings")
			.stream()
			.map((request) -> request.json().path("input").size())
			.toList();
	}

}

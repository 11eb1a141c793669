package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.ComparisonFilter;
import dev.reactiveai.openai.types.CreateVectorStoreFileBatchRequest;
import dev.reactiveai.openai.types.CreateVectorStoreFileRequest;
import dev.reactiveai.openai.types.CreateVectorStoreRequest;
import dev.reactiveai.openai.types.VectorStore;
import dev.reactiveai.openai.types.VectorStoreFile;
import dev.reactiveai.openai.types.VectorStoreFileAttributesValue;
import dev.reactiveai.openai.types.VectorStoreSearchRequest;
import dev.reactiveai.openai.types.VectorStoreSearchResultItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class VectorStoresSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void searchRanksTheFileHoldingTheQueryWordsFirst() {
		String cooking = file("cooking.txt", "Boil the pasta for ten minutes, then add the tomato sauce.");
		String reactor = file("reactor.txt", "Reactor streams emit items with backpressure; a Flux emits many items.");
		VectorStore store = store(List.of(cooking, reactor));
		StepVerifier
			.create(simulator.client()
				.vectorStores()
				.search(store.id(), VectorStoreSearchRequest.builder().query("how does a Flux emit items").build()))
			.assertNext((page) -> {
				assertThat(page.data()).isNotEmpty();
				VectorStoreSearchResultItem first = page.data().get(0);
				assertThat(first.fileId()).isEqualTo(reactor);
				assertThat(first.filename()).isEqualTo("reactor.txt");
				assertThat(first.score()).isBetween(0.0, 1.0);
				assertThat(first.content().get(0).text()).contains("backpressure");
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void searchLeavesOutFilesThatFailTheAttributeFilter() {
		VectorStore store = store(List.of());
		attach(store, file("a.txt", "alpha beta gamma"), "en");
		String german = file("b.txt", "alpha beta delta");
		attach(store, german, "de");
		VectorStoreSearchRequest request = VectorStoreSearchRequest.builder()
			.query("alpha beta")
			.filters(ComparisonFilter.builder().type("eq").key("language").value("de").build())
			.build();
		StepVerifier.create(simulator.client().vectorStores().search(store.id(), request))
			.assertNext((page) -> assertThat(page.data()).extracting(VectorStoreSearchResultItem::fileId)
				.containsExactly(german))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void attachedFileIsCompletedAndCounted() {
		VectorStore store = store(List.of(file("one.txt", "one"), file("two.txt", "two")));
		assertThat(store.fileCounts().completed()).isEqualTo(2);
		assertThat(store.fileCounts().total()).isEqualTo(2);
		assertThat(store.usageBytes()).isEqualTo(6);
		StepVerifier.create(simulator.client().vectorStores().files().list(store.id()))
			.expectNextCount(2)
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void fileThatIsNotTextFails() {
		VectorStore store = store(List.of());
		String binary = SimulatorFiles
			.upload(simulator.client(), "image.bin", new byte[] { 0, (byte) 0xff, 0x10 }, "assistants")
			.id();
		VectorStoreFile file = attach(store, binary, "en");
		assertThat(file.status().value()).isEqualTo("failed");
		assertThat(file.lastError()).isNotNull();
	}

	@Test
	void fileContentIsItsTextInChunks() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			text.append("word").append(i).append(' ');
		}
		String fileId = file("long.txt", text.toString());
		VectorStore store = store(List.of(fileId));
		StepVerifier.create(simulator.client().vectorStores().files().content(store.id(), fileId))
			.assertNext((content) -> {
				assertThat(content.data()).hasSizeGreaterThan(1);
				assertThat(content.data().get(0).text()).startsWith("word0 word1");
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void fileBatchAttachesItsFiles() {
		VectorStore store = store(List.of());
		String first = file("1.txt", "first");
		String second = file("2.txt", "second");
		var batch = simulator.client()
			.vectorStores()
			.fileBatches()
			.create(store.id(),
					new CreateVectorStoreFileBatchRequest.AnyValue(Map.of("file_ids", List.of(first, second))))
			.block(TIMEOUT);
		assertThat(batch.status().value()).isEqualTo("completed");
		assertThat(batch.fileCounts().completed()).isEqualTo(2);
		StepVerifier.create(simulator.client().vectorStores().fileBatches().files().list(store.id(), batch.id()))
			.expectNextCount(2)
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void deletedVectorStoreIsNotFound() {
		VectorStore store = store(List.of());
		StepVerifier.create(simulator.client().vectorStores().delete(store.id()))
			.assertNext((deleted) -> assertThat(deleted.deleted()).isTrue())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(simulator.client().vectorStores().retrieve(store.id()))
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
	}

	private static String file(String filename, String text) {
		return SimulatorFiles.upload(simulator.client(), filename, text.getBytes(StandardCharsets.UTF_8), "assistants")
			.id();
	}

	private static VectorStore store(List<String> fileIds) {
		return simulator.client()
			.vectorStores()
			.create(CreateVectorStoreRequest.builder().name("docs").fileIds(fileIds).build())
			.block(TIMEOUT);
	}

	private static VectorStoreFile attach(VectorStore store, String fileId, String language) {
		return simulator.client()
			.vectorStores()
			.files()
			.create(store.id(),
					CreateVectorStoreFileRequest.builder()
						.fileId(fileId)
						.attributes(Map.of("language", new VectorStoreFileAttributesValue.StringValue(language)))
						.build())
			.block(TIMEOUT);
	}

}

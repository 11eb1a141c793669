package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateFileRequest;
import dev.reactiveai.openai.types.FileExpirationAfter;
import dev.reactiveai.openai.types.FilesListParams;
import dev.reactiveai.openai.types.OpenAIFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;

import static org.assertj.core.api.Assertions.assertThat;

class FilesSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void downloadReturnsTheUploadedBytes() {
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		new Random(42).nextBytes(content);
		OpenAIFile file = upload("data.bin", content, "user_data");
		assertThat(file.bytes()).isEqualTo(content.length);
		assertThat(file.status().value()).isEqualTo("processed");
		assertThat(bytes(simulator.client().files().content(file.id()))).isEqualTo(content);
	}

	@Test
	void uploadSendsFileAndPurposeAsMultipartParts() {
		upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), "assistants");
		RecordedRequest request = simulator.simulator().requests().forOperation("createFile").get(0);
		assertThat(request.part("file").filename()).isEqualTo("notes.txt");
		assertThat(request.part("file").text()).isEqualTo("hello");
		assertThat(request.part("purpose").text()).isEqualTo("assistants");
	}

	@Test
	void listPagesNewestFirstWithTheAfterCursor() {
		for (int i = 0; i < 5; i++) {
			upload("file-" + i + ".txt", ("content " + i).getBytes(StandardCharsets.UTF_8), "user_data");
		}
		StepVerifier.create(
				simulator.client().files().list(FilesListParams.builder().limit(2L).build()).map(OpenAIFile::filename))
			.expectNext("file-4.txt", "file-3.txt", "file-2.txt", "file-1.txt", "file-0.txt")
			.expectComplete()
			.verify(TIMEOUT);
		List<RecordedRequest> pages = simulator.simulator().requests().forOperation("listFiles");
		assertThat(pages).hasSize(3);
		assertThat(pages.get(0).queryParameter("after")).isNull();
		assertThat(pages.get(1).queryParameter("after")).isNotNull();
	}

	@Test
	void listFiltersByPurpose() {
		upload("a.txt", new byte[] { 1 }, "assistants");
		upload("b.jsonl", "{}\n".getBytes(StandardCharsets.UTF_8), "batch");
		StepVerifier
			.create(simulator.client()
				.files()
				.list(FilesListParams.builder().purpose("batch").build())
				.map(OpenAIFile::filename))
			.expectNext("b.jsonl")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void retrieveShowsTheExpiryOfExpiresAfter() {
		OpenAIFile file = simulator.client()
			.files()
			.create(CreateFileRequest.builder()
				.file(UploadFile.of(new ByteArrayResource(new byte[] { 1, 2 }), "short.bin"))
				.purpose("user_data")
				.expiresAfter(FileExpirationAfter.builder().seconds(3600L).build())
				.build())
			.block(TIMEOUT);
		StepVerifier.create(simulator.client().files().retrieve(file.id()))
			.assertNext((retrieved) -> assertThat(retrieved.expiresAt()).isEqualTo(retrieved.createdAt() + 3600))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void batchFileMustBeJsonl() {
		StepVerifier
			.create(simulator.client()
				.files()
				.create(CreateFileRequest.builder()
					.file(UploadFile.of(new ByteArrayResource(new byte[] { 1 }), "input.txt"))
					.purpose("batch")
					.build()))
			.expectErrorSatisfies((ex) -> assertThat(ex).hasMessageContaining(".jsonl"))
			.verify(TIMEOUT);
	}

	@Test
	void deletedFileIsNotFound() {
		OpenAIFile file = upload("gone.txt", new byte[] { 1 }, "user_data");
		StepVerifier.create(simulator.client().files().delete(file.id()))
			.assertNext((deleted) -> assertThat(deleted.deleted()).isTrue())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(simulator.client().files().retrieve(file.id()))
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
		StepVerifier.create(simulator.client().files().content(file.id()))
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
	}

	private static OpenAIFile upload(String filename, byte[] content, String purpose) {
		return SimulatorFiles.upload(simulator.client(), filename, content, purpose);
	}

	private static byte[] bytes(Flux<DataBuffer> content) {
		return SimulatorFiles.bytes(content);
	}

}

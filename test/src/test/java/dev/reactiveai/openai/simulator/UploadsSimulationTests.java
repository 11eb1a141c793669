package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.AddUploadPartRequest;
import dev.reactiveai.openai.types.CompleteUploadRequest;
import dev.reactiveai.openai.types.CreateUploadRequest;
import dev.reactiveai.openai.types.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

class UploadsSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void completedUploadBecomesAFileWithThePartsConcatenated() {
		Upload upload = create(15);
		String first = part(upload, "Hello");
		String second = part(upload, ", part");
		String third = part(upload, " two");
		Upload completed = simulator.client()
			.uploads()
			.complete(upload.id(), CompleteUploadRequest.builder().partIds(List.of(first, second, third)).build())
			.block(TIMEOUT);
		assertThat(completed.status().value()).isEqualTo("completed");
		assertThat(completed.file().bytes()).isEqualTo(15);
		assertThat(completed.file().filename()).isEqualTo("greeting.txt");
		byte[] content = SimulatorFiles.bytes(simulator.client().files().content(completed.file().id()));
		assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("Hello, part two");
	}

	@Test
	void partsAreJoinedInTheOrderOfPartIds() {
		Upload upload = create(6);
		String abc = part(upload, "abc");
		String xyz = part(upload, "xyz");
		Upload completed = simulator.client()
			.uploads()
			.complete(upload.id(), CompleteUploadRequest.builder().partIds(List.of(xyz, abc)).build())
			.block(TIMEOUT);
		byte[] content = SimulatorFiles.bytes(simulator.client().files().content(completed.file().id()));
		assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("xyzabc");
	}

	@Test
	void completionIsRefusedWhenThePartsDoNotAddUpToTheDeclaredBytes() {
		Upload upload = create(100);
		String only = part(upload, "too short");
		StepVerifier
			.create(simulator.client()
				.uploads()
				.complete(upload.id(), CompleteUploadRequest.builder().partIds(List.of(only)).build()))
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOf(BadRequestException.class).hasMessageContaining("100 bytes"))
			.verify(TIMEOUT);
	}

	@Test
	void cancelledUploadRefusesMoreParts() {
		Upload upload = create(3);
		StepVerifier.create(simulator.client().uploads().cancel(upload.id()))
			.assertNext((cancelled) -> assertThat(cancelled.status().value()).isEqualTo("cancelled"))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(simulator.client().uploads().parts().create(upload.id(), data("abc")))
			.expectError(BadRequestException.class)
			.verify(TIMEOUT);
	}

	@Test
	void partIsSentAsMultipartData() {
		Upload upload = create(3);
		part(upload, "abc");
		RecordedRequest request = simulator.simulator().requests().forOperation("addUploadPart").get(0);
		assertThat(request.part("data").text()).isEqualTo("abc");
	}

	@Test
	void unknownUploadIsNotFound() {
		StepVerifier.create(simulator.client().uploads().cancel("upload_missing"))
			.expectError(NotFoundException.class)
			.verify(TIMEOUT);
	}

	private static Upload create(long bytes) {
		return simulator.client()
			.uploads()
			.create(CreateUploadRequest.builder()
				.filename("greeting.txt")
				.purpose("assistants")
				.bytes(bytes)
				.mimeType("text/plain")
				.build())
			.block(TIMEOUT);
	}

	private static String part(Upload upload, String text) {
		return simulator.client().uploads().parts().create(upload.id(), data(text)).block(TIMEOUT).id();
	}

	private static AddUploadPartRequest data(String text) {
		return AddUploadPartRequest.builder()
			.data(UploadFile.of(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)), "part"))
			.build();
	}

}

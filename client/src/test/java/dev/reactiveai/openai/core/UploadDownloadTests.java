package dev.reactiveai.openai.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.types.CreateFileRequest;
import dev.reactiveai.openai.types.CreateImageEditRequest;
import dev.reactiveai.openai.types.CreateSkillBody;
import dev.reactiveai.openai.types.CreateTranscriptionRequest;
import dev.reactiveai.openai.types.FileExpirationAfter;
import dev.reactiveai.openai.types.OpenAIFile;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static dev.reactiveai.openai.core.TestClients.fileRequest;
import static dev.reactiveai.openai.core.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads and downloads stream: content flows through in buffers, never whole.
 */
class UploadDownloadTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	private static final String UPLOADED = "{\"id\":\"file-1\",\"object\":\"file\",\"bytes\":5,\"created_at\":1,"
			+ "\"filename\":\"train.jsonl\",\"purpose\":\"fine-tune\"}";

	@TempDir
	Path directory;

	@Test
	void uploadsAFileFromDiskAsMultipart() throws Exception {
		Path file = this.directory.resolve("train.jsonl");
		Files.writeString(file, "{\"prompt\":\"a\"}\n");
		this.api.enqueue(json(UPLOADED));
		StepVerifier.create(this.api.client().files().create(fileRequest(UploadFile.of(file), "fine-tune")))
			.expectNextMatches((OpenAIFile uploaded) -> uploaded.id().equals("file-1"))
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
		String body = request.getBody().utf8();
		assertThat(body).contains("name=\"purpose\"").contains("fine-tune");
		assertThat(body).contains("name=\"file\"; filename=\"train.jsonl\"").contains("{\"prompt\":\"a\"}");
	}

	@Test
	void sendsAFileInsideAUnionAsAFilePart() throws Exception {
		this.api.enqueue(json("{\"created\":1,\"data\":[]}"));
		this.api.enqueue(json("{\"created\":1,\"data\":[]}"));
		UploadFile one = UploadFile.of(new ByteArrayResource("png-1".getBytes()), "a.png");
		UploadFile two = UploadFile.of(new ByteArrayResource("png-2".getBytes()), "b.png");
		for (CreateImageEditRequest request : List.of(
				CreateImageEditRequest.builder().image(one).prompt("Add a hat").build(),
				CreateImageEditRequest.builder().image(List.of(one, two)).prompt("Add a hat").build())) {
			StepVerifier.create(this.api.client().images().edit(request))
				.expectNextCount(1)
				.expectComplete()
				.verify(TIMEOUT);
		}
		assertThat(this.api.takeRequest().getBody().utf8()).contains("name=\"image\"; filename=\"a.png\"")
			.contains("png-1")
			.contains("name=\"prompt\"");
		assertThat(this.api.takeRequest().getBody().utf8()).contains("name=\"image[]\"; filename=\"a.png\"")
			.contains("name=\"image[]\"; filename=\"b.png\"")
			.doesNotContain("\"value\"");
	}

	@Test
	void sendsFieldsAsTheirTextOrJsonAndPropertiesItDoesNotKnowToo() throws Exception {
		this.api.enqueue(json(UPLOADED));
		this.api.enqueue(json("{\"text\":\"hi\"}"));
		UploadFile file = UploadFile.of(new ByteArrayResource("hello".getBytes()), "hi.txt");
		CreateFileRequest upload = CreateFileRequest.builder()
			.file(file)
			.purpose("batch")
			.expiresAfter(FileExpirationAfter.builder().seconds(3600L).build())
			.additionalProperty("extra_field", "more")
			.build();
		StepVerifier.create(this.api.client().files().create(upload))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		String body = this.api.takeRequest().getBody().utf8();
		assertThat(body)
			.contains("name=\"purpose\"\r\nContent-Type: text/plain;charset=UTF-8\r\nContent-Length: 5\r\n\r\nbatch")
			.contains("{\"anchor\":\"created_at\",\"seconds\":3600}")
			.contains("name=\"extra_field\"")
			.contains("more");
		CreateTranscriptionRequest transcription = CreateTranscriptionRequest.builder()
			.file(file)
			.model("gpt-4o-transcribe")
			.chunkingStrategy(CreateTranscriptionRequest.ChunkingStrategy.Auto.AUTO)
			.temperature(0.5)
			.build();
		StepVerifier.create(this.api.client().audio().transcriptions().create(transcription))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		// A union's string variant is sent as its text, not as a JSON string.
		assertThat(this.api.takeRequest().getBody().utf8()).contains("name=\"chunking_strategy\"")
			.contains("\r\n\r\nauto\r\n")
			.doesNotContain("\"auto\"")
			.contains("\r\n\r\n0.5\r\n")
			.contains("\r\n\r\ngpt-4o-transcribe\r\n");
	}

	@Test
	void anEmptyListOfFilesIsSentAsAnEmptyArrayRatherThanLeftOut() throws Exception {
		this.api.enqueue(json("{\"id\":\"skill_1\",\"object\":\"skill\"}"));
		StepVerifier.create(this.api.client().skills().create(CreateSkillBody.builder().files(List.of()).build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.takeRequest().getBody().utf8()).contains("name=\"files\"").contains("\r\n\r\n[]\r\n");
	}

	@Test
	void uploadsAResource() throws Exception {
		this.api.enqueue(json(UPLOADED));
		StepVerifier
			.create(this.api.client()
				.files()
				.create(fileRequest(UploadFile.of(new ByteArrayResource("hello".getBytes()), "hi.txt"), "assistants")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.takeRequest().getBody().utf8()).contains("filename=\"hi.txt\"").contains("hello");
	}

	@Test
	void streamsAnUploadWithoutHoldingItWhole() {
		// Reactor Netty prefetches up to 128 buffers of a body: bounded, whatever the
		// total.
		int chunks = 4096;
		int chunkSize = 16 * 1024;
		AtomicLong received = new AtomicLong();
		AtomicLong maxAhead = new AtomicLong();
		try (LoopbackServer loopback = new LoopbackServer()) {
			loopback.handle((request, response) -> request.receive()
				.doOnNext((buffer) -> received.addAndGet(buffer.readableBytes()))
				.then(response.header("Content-Type", "application/json")
					.sendString(reactor.core.publisher.Mono.just(UPLOADED))
					.then()));
			Flux<DataBuffer> content = Flux.range(0, chunks).map((i) -> {
				maxAhead.accumulateAndGet((long) (i + 1) * chunkSize - received.get(), Math::max);
				byte[] bytes = new byte[chunkSize];
				java.util.Arrays.fill(bytes, (byte) ('a' + (i % 26)));
				return DefaultDataBufferFactory.sharedInstance.wrap(bytes);
			});
			try (OpenAiClient streaming = TestClients.client(loopback.baseUrl(), (options) -> {
			})) {
				StepVerifier.create(streaming.files().create(fileRequest(UploadFile.of(content, "big.bin"), "batch")))
					.expectNextCount(1)
					.expectComplete()
					.verify(Duration.ofSeconds(30));
			}
		}
		// 64 MiB went out, but never more than a small window ahead of what the server
		// had read.
		assertThat(received.get()).isGreaterThan((long) chunks * chunkSize);
		assertThat(maxAhead.get()).isLessThan(16L * 1024 * 1024);
	}

	@Test
	void downloadsContentAsBuffersToAFile() throws Exception {
		byte[] content = new byte[3 * 1024 * 1024];
		new java.util.Random(42).nextBytes(content);
		this.api.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/octet-stream")
			.body(new Buffer().write(content))
			.build());
		Path target = this.directory.resolve("out.bin");
		StepVerifier.create(this.api.client().files().content("file-1", target))
			.expectNext(target)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(Files.readAllBytes(target)).isEqualTo(content);
		assertThat(this.api.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/files/file-1/content");
		try (var files = Files.list(this.directory)) {
			assertThat(files).containsExactly(target);
		}
	}

	@Test
	void downloadsArriveInSeveralBuffers() {
		byte[] content = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
		this.api.enqueue(new MockResponse.Builder().body(new Buffer().write(content)).build());
		AtomicLong bytes = new AtomicLong();
		StepVerifier.create(this.api.client().files().content("file-1").map((buffer) -> {
			bytes.addAndGet(buffer.readableByteCount());
			org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
			return 1;
		}).count()).expectNextMatches((count) -> count > 1).expectComplete().verify(TIMEOUT);
		assertThat(bytes.get()).isEqualTo(content.length);
	}

	@Test
	void aFailedDownloadLeavesNoPartialFile() throws IOException {
		this.api.enqueue(TestClients.error(404, "invalid_request_error", "not_found", "No such file"));
		Path target = this.directory.resolve("missing.bin");
		StepVerifier.create(this.api.client().files().content("file-x", target))
			.expectError(OpenAiException.class)
			.verify(TIMEOUT);
		try (var files = Files.list(this.directory)) {
			assertThat(files).isEmpty();
		}
	}

}

package dev.reactiveai.openai.simulator;

import java.time.Duration;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.types.CreateFileRequest;
import dev.reactiveai.openai.types.OpenAIFile;
import reactor.core.publisher.Flux;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Uploads and downloads for the tests of the groups that read files.
 */
final class SimulatorFiles {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private SimulatorFiles() {
	}

	static OpenAIFile upload(OpenAiClient client, String filename, byte[] content, String purpose) {
		return client.files()
			.create(CreateFileRequest.builder()
				.file(UploadFile.of(new ByteArrayResource(content), filename))
				.purpose(purpose)
				.build())
			.block(TIMEOUT);
	}

	static byte[] bytes(Flux<DataBuffer> content) {
		return DataBufferUtils.join(content).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).block(TIMEOUT);
	}

}

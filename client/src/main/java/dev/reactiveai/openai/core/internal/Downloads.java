package dev.reactiveai.openai.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Writes downloaded content to disk as it arrives.
 */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * Write content to a file, buffer by buffer. The content goes to a temporary file
	 * next to the target, moved into place when complete, so that a failed download never
	 * leaves a partial file behind.
	 * @param content the content, such as a service's {@code content(..)}
	 * @param target the file to write; replaced if it exists
	 * @return completes when the file is in place
	 */
	public static Mono<Path> writeTo(Flux<DataBuffer> content, Path target) {
		return Mono.fromCallable(() -> createTemporaryFile(target))
			.flatMap((temporary) -> DataBufferUtils.write(content, temporary)
				.then(Mono.fromCallable(() -> Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING)))
				.onErrorResume((ex) -> Mono.fromRunnable(() -> deleteQuietly(temporary)).then(Mono.error(ex)))
				.doOnCancel(() -> deleteQuietly(temporary)));
	}

	private static Path createTemporaryFile(Path target) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		return Files.createTempFile(directory, "." + target.getFileName(), ".part");
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the partial download " + file, ex);
		}
	}

}

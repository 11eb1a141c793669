package dev.reactiveai.openai.core;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.Assert;

/**
 * A file to upload. Its content is streamed as the request is written, never read into
 * memory whole.
 */
public final class UploadFile {

	private final String filename;

	private final MediaType contentType;

	private final @Nullable Resource resource;

	private final @Nullable Flux<DataBuffer> content;

	private UploadFile(String filename, @Nullable MediaType contentType, @Nullable Resource resource,
			@Nullable Flux<DataBuffer> content) {
		Assert.hasText(filename, "'filename' must not be empty");
		this.filename = filename;
		this.contentType = (contentType != null) ? contentType
				: MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM);
		this.resource = resource;
		this.content = content;
	}

	/**
	 * Upload a file from disk; it is read again if the call is retried.
	 * @param path the file
	 * @return the upload
	 */
	public static UploadFile of(Path path) {
		Assert.isTrue(Files.isRegularFile(path), () -> "'" + path + "' is not a readable file");
		return new UploadFile(path.getFileName().toString(), null, new FileSystemResource(path), null);
	}

	/**
	 * Upload a resource. Unless it is an {@link InputStreamResource}, it is read again if
	 * the call is retried.
	 * @param resource the resource
	 * @return the upload
	 */
	public static UploadFile of(Resource resource) {
		String filename = resource.getFilename();
		Assert.hasText(filename, "The resource has no file name; use of(resource, filename)");
		return new UploadFile(filename, null, resource, null);
	}

	public static UploadFile of(Resource resource, String filename) {
		return new UploadFile(filename, null, resource, null);
	}

	/**
	 * Upload content that arrives as buffers. It can be sent only once, so the call is
	 * not retried.
	 * @param content the content
	 * @param filename the file name to send
	 * @return the upload
	 */
	public static UploadFile of(Flux<DataBuffer> content, String filename) {
		return new UploadFile(filename, null, null, content);
	}

	/** The same upload with another content type than the one its file name suggests. */
	public UploadFile withContentType(MediaType contentType) {
		return new UploadFile(this.filename, contentType, this.resource, this.content);
	}

	public String filename() {
		return this.filename;
	}

	public MediaType contentType() {
		return this.contentType;
	}

	/**
	 * The resource the content is read from, or null when it arrives as buffers.
	 * @return the resource, or null
	 */
	public @Nullable Resource resource() {
		return this.resource;
	}

	/**
	 * The content as buffers, or null when it is read from a resource.
	 * @return the content, or null
	 */
	public @Nullable Flux<DataBuffer> content() {
		return this.content;
	}

	/** Whether the content can be read a second time. */
	public boolean isReplayable() {
		return this.resource != null && !(this.resource instanceof InputStreamResource);
	}

}

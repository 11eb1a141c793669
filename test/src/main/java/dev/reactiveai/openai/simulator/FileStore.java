package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The files uploaded to the simulator, in memory: what the files, uploads, batches and
 * vector stores groups share.
 */
final class FileStore {

	private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

	void put(StoredFile file) {
		this.files.put(file.id(), file);
	}

	@Nullable StoredFile get(String id) {
		return this.files.get(id);
	}

	@Nullable StoredFile remove(String id) {
		return this.files.remove(id);
	}

	/**
	 * The files, oldest first.
	 * @return a copy
	 */
	List<StoredFile> list() {
		List<StoredFile> all = new ArrayList<>(this.files.values());
		all.sort((a, b) -> (a.createdAt() != b.createdAt()) ? Long.compare(a.createdAt(), b.createdAt())
				: a.id().compareTo(b.id()));
		return all;
	}

	void clear() {
		this.files.clear();
	}

	/**
	 * A stored file.
	 *
	 * @param id the file's id
	 * @param filename its name
	 * @param purpose its purpose, such as {@code batch}
	 * @param createdAt when it was created, in seconds since the epoch
	 * @param content its bytes
	 * @param expiresAt when it expires, in seconds since the epoch, or {@code null} for
	 * never
	 */
	record StoredFile(String id, String filename, String purpose, long createdAt, byte[] content,
			@Nullable Long expiresAt) {

		StoredFile(String id, String filename, String purpose, long createdAt, byte[] content) {
			this(id, filename, purpose, createdAt, content, null);
		}

		/**
		 * The content as text, for the groups that read it (batches, vector stores).
		 * @return the content decoded as UTF-8
		 */
		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

		/**
		 * The file in the API's shape, an {@code OpenAIFile}.
		 * @return the JSON object
		 */
		Map<String, @Nullable Object> json() {
			return JsonObjects.object("id", this.id, "object", "file", "bytes", this.content.length, "created_at",
					this.createdAt, "expires_at", this.expiresAt, "filename", this.filename, "purpose", this.purpose,
					"status", "processed", "status_details", null);
		}

	}

}

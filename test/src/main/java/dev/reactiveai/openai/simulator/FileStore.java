package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The files uploaded to the simulator, in memory: what the files, uploads, batches and
 * vector stores groups share.
 */
final class FileStore {

	private final ResourceStore<StoredFile> files = new ResourceStore<>(StoredFile::id,
			Comparator.comparingLong(StoredFile::createdAt).thenComparing(StoredFile::id), FileStore::notFound);

	void put(StoredFile file) {
		this.files.put(file);
	}

	@Nullable StoredFile get(String id) {
		return this.files.find(id);
	}

	/**
	 * The file with an id.
	 * @param id the id
	 * @return the file
	 * @throws SimulatorException answering the files group's 404 when there is none
	 */
	StoredFile require(String id) {
		return this.files.get(id);
	}

	/**
	 * Checks that every file a request names exists.
	 * @param ids the files' ids
	 * @param param the request's parameter that names them
	 * @throws SimulatorException answering 400 that names the first missing file
	 */
	void requireAll(List<String> ids, String param) {
		for (String id : ids) {
			if (this.files.find(id) == null) {
				throw SimulatorException.invalidRequest("Invalid '" + param + "': no file with id '" + id + "'.",
						param);
			}
		}
	}

	/**
	 * The files group's answer for an id no file has.
	 * @param id the id
	 * @return the 404 answer
	 */
	static SimulatorResponse notFound(String id) {
		return SimulatorResponse.error(404, "invalid_request_error", "No such File object: " + id, "id", null);
	}

	/**
	 * Forgets a file.
	 * @param id the file's id
	 * @return the file
	 * @throws SimulatorException answering the files group's 404 when there is none
	 */
	StoredFile remove(String id) {
		return this.files.remove(id);
	}

	/**
	 * The files, oldest first.
	 * @return a copy
	 */
	List<StoredFile> list() {
		return this.files.list();
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
			// Optional properties without a value are left out, as the description says
			// them: an integer when present (and status_details is deprecated).
			Map<String, @Nullable Object> json = JsonObjects.object("id", this.id, "object", "file", "bytes",
					this.content.length, "created_at", this.createdAt, "expires_at", this.expiresAt, "filename",
					this.filename, "purpose", this.purpose, "status", "processed");
			json.values().removeIf(Objects::isNull);
			return json;
		}

	}

}

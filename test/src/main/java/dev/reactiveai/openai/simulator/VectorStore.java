package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A vector store: its settings, its files and its file batches. A file is attached at
 * once, {@code completed} when its content is UTF-8 text and {@code failed} with
 * {@code unsupported_file} otherwise.
 */
final class VectorStore {

	private final String id;

	private final long createdAt;

	private final ResourceStore<VectorStoreFile> files = new ResourceStore<>(VectorStoreFile::fileId,
			Comparator.comparingLong(VectorStoreFile::createdAt).thenComparingLong(VectorStoreFile::sequence),
			(id) -> SimulatorResponse.notFound("vector store file", id));

	private final ResourceStore<VectorStoreFileBatch> batches = new ResourceStore<>(VectorStoreFileBatch::id,
			Comparator.comparingLong(VectorStoreFileBatch::createdAt).thenComparing(VectorStoreFileBatch::id),
			(id) -> SimulatorResponse.notFound("vector store file batch", id));

	private volatile String name;

	private volatile Map<String, String> metadata = Map.of();

	private volatile @Nullable JsonNode expiresAfter;

	private volatile long lastActiveAt;

	VectorStore(String id, long createdAt, String name) {
		this.id = id;
		this.createdAt = createdAt;
		this.name = name;
		this.lastActiveAt = createdAt;
	}

	String id() {
		return this.id;
	}

	long createdAt() {
		return this.createdAt;
	}

	/** The files, listed oldest first. */
	ResourceStore<VectorStoreFile> files() {
		return this.files;
	}

	ResourceStore<VectorStoreFileBatch> batches() {
		return this.batches;
	}

	/**
	 * Changes what a create or modify request sets: {@code name}, {@code expires_after}
	 * and {@code metadata}, each when the request has it.
	 * @param request the request
	 * @param now the time now, which makes the store active
	 */
	synchronized void update(JsonNode request, long now) {
		if (request.path("name").isString()) {
			this.name = request.path("name").asString();
		}
		if (request.has("expires_after")) {
			this.expiresAfter = request.path("expires_after").isObject() ? request.path("expires_after") : null;
		}
		if (request.path("metadata").isObject()) {
			this.metadata = Metadata.of(request.path("metadata"));
		}
		this.lastActiveAt = now;
	}

	/**
	 * Marks the store as used (a search), which defers its expiry.
	 * @param now the time now
	 */
	void touch(long now) {
		this.lastActiveAt = now;
	}

	/**
	 * Attaches a file: reads its text into chunks, or marks it failed.
	 * @param fileId the file's id
	 * @param stored the file of the files group, {@code null} when there is none
	 * @param chunker how to split its text
	 * @param attributes its attributes, if any
	 * @param batchId the batch it comes with, if any
	 * @param now the time now
	 * @return the attached file
	 */
	VectorStoreFile attach(String fileId, FileStore.@Nullable StoredFile stored, Chunker chunker,
			@Nullable JsonNode attributes, @Nullable String batchId, long now) {
		VectorStoreFile file = new VectorStoreFile(fileId, (stored != null) ? stored.filename() : fileId, now,
				chunker.maxTokens(), chunker.overlapTokens(), batchId);
		if (attributes != null && attributes.isObject()) {
			file.attributes(OpenAiJson.mapper().convertValue(attributes, Map.class));
		}
		String text = (stored != null) ? Chunker.text(stored.content()) : null;
		if (text == null) {
			file.failed("unsupported_file",
					"The file " + fileId + " is not UTF-8 text; the simulator reads text files only.");
		}
		else {
			file.indexed(chunker.chunks(text), text.getBytes(StandardCharsets.UTF_8).length);
		}
		this.files.put(file);
		this.lastActiveAt = now;
		return file;
	}

	Map<String, @Nullable Object> json(long now) {
		List<VectorStoreFile> all = this.files.list();
		JsonNode expiry = this.expiresAfter;
		Long expiresAt = (expiry != null) ? this.lastActiveAt + expiry.path("days").asLong() * 86_400 : null;
		String status = (expiresAt != null && now >= expiresAt) ? "expired" : "completed";
		Map<String, @Nullable Object> json = JsonObjects.object("id", this.id, "object", "vector_store", "created_at",
				this.createdAt, "name", this.name, "usage_bytes",
				all.stream().mapToLong(VectorStoreFile::usageBytes).sum(), "file_counts", VectorStoreFile.counts(all),
				"status", status, "expires_after", expiry, "expires_at", expiresAt, "last_active_at", this.lastActiveAt,
				"metadata", this.metadata);
		if (expiry == null) {
			// Optional and not nullable: left out rather than null.
			json.remove("expires_after");
		}
		return json;
	}

}

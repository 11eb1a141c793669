package dev.reactiveai.openai.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * A file of a vector store: a file of the files group, its text split into chunks, and
 * the attributes that search filters read.
 */
final class VectorStoreFile {

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final String fileId;

	private final String filename;

	private final long createdAt;

	/** Tells apart files attached within the same second, to list them in order. */
	private final long sequence = SEQUENCE.incrementAndGet();

	private final int maxTokens;

	private final int overlapTokens;

	private final @Nullable String batchId;

	private volatile String status = "completed";

	private volatile @Nullable Map<String, @Nullable Object> lastError;

	private volatile @Nullable Map<?, ?> attributes;

	private volatile List<String> chunks = List.of();

	private volatile long usageBytes;

	VectorStoreFile(String fileId, String filename, long createdAt, int maxTokens, int overlapTokens,
			@Nullable String batchId) {
		this.fileId = fileId;
		this.filename = filename;
		this.createdAt = createdAt;
		this.maxTokens = maxTokens;
		this.overlapTokens = overlapTokens;
		this.batchId = batchId;
	}

	String fileId() {
		return this.fileId;
	}

	String filename() {
		return this.filename;
	}

	long createdAt() {
		return this.createdAt;
	}

	long sequence() {
		return this.sequence;
	}

	@Nullable String batchId() {
		return this.batchId;
	}

	String status() {
		return this.status;
	}

	boolean isCompleted() {
		return "completed".equals(this.status);
	}

	List<String> chunks() {
		return this.chunks;
	}

	long usageBytes() {
		return this.usageBytes;
	}

	@Nullable Map<?, ?> attributes() {
		return this.attributes;
	}

	void attributes(@Nullable Map<?, ?> attributes) {
		this.attributes = attributes;
	}

	/**
	 * The file's text was read: it is searchable.
	 * @param chunks its chunks
	 * @param usageBytes the bytes of its text
	 */
	void indexed(List<String> chunks, long usageBytes) {
		this.chunks = List.copyOf(chunks);
		this.usageBytes = usageBytes;
	}

	/**
	 * The file could not be read.
	 * @param code the error's code
	 * @param message what was wrong
	 */
	void failed(String code, String message) {
		this.status = "failed";
		this.lastError = JsonObjects.object("code", code, "message", message);
	}

	Map<String, @Nullable Object> json(String vectorStoreId) {
		return JsonObjects.object("id", this.fileId, "object", "vector_store.file", "usage_bytes", this.usageBytes,
				"created_at", this.createdAt, "vector_store_id", vectorStoreId, "status", this.status, "last_error",
				this.lastError, "chunking_strategy", JsonObjects.object("type", "static", "static", JsonObjects
					.object("max_chunk_size_tokens", this.maxTokens, "chunk_overlap_tokens", this.overlapTokens)),
				"attributes", this.attributes);
	}

	/**
	 * The {@code file_counts} of a store or a batch.
	 * @param files the files counted
	 * @return the counts by status, and the total
	 */
	static Map<String, Object> counts(List<VectorStoreFile> files) {
		Map<String, Object> counts = new LinkedHashMap<>();
		for (String status : List.of("in_progress", "completed", "failed", "cancelled")) {
			counts.put(status, files.stream().filter((file) -> status.equals(file.status)).count());
		}
		counts.put("total", (long) files.size());
		return counts;
	}

}

package dev.reactiveai.openai.simulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A file batch of a vector store: the files attached together. Attaching is immediate, so
 * a batch is {@code completed} when created.
 *
 * @param id the batch's id
 * @param createdAt when it was created, in seconds since the epoch
 */
record VectorStoreFileBatch(String id, long createdAt) {

	Map<String, @Nullable Object> json(VectorStore store) {
		return JsonObjects.object("id", this.id, "object", "vector_store.files_batch", "created_at", this.createdAt,
				"vector_store_id", store.id(), "status", "completed", "file_counts",
				VectorStoreFile.counts(store.files().list((file) -> this.id.equals(file.batchId()))));
	}

}

package dev.reactiveai.openai.simulator;

import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The files of vector stores: a file of the files group attached (its text read into
 * chunks at once), listed newest first by default with a {@code filter} on status,
 * retrieved, its attributes replaced, its chunks read, and detached.
 */
final class VectorStoreFilesHandler implements ResourceHandler {

	private final Simulation simulation;

	VectorStoreFilesHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createVectorStoreFile", this::create);
		routes.add("listVectorStoreFiles", this::list);
		routes.add("getVectorStoreFile", this::retrieve);
		routes.add("updateVectorStoreFileAttributes", this::update);
		routes.add("deleteVectorStoreFile", this::delete);
		routes.add("retrieveVectorStoreFileContent", this::content);
	}

	private SimulatorResponse create(Call call) {
		VectorStore store = store(call);
		JsonNode request = call.json();
		String fileId = request.path("file_id").asString(null);
		if (fileId == null) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'file_id'.", "file_id");
		}
		FileStore.StoredFile stored = this.simulation.files().require(fileId);
		VectorStoreFile file = store.attach(fileId, stored, Chunker.of(request.path("chunking_strategy")),
				request.path("attributes"), null, this.simulation.now());
		return SimulatorResponse.ok(file.json(store.id()));
	}

	private SimulatorResponse list(Call call) {
		VectorStore store = store(call);
		return SimulatorResponse.ok(page(call, store, null));
	}

	private SimulatorResponse retrieve(Call call) {
		VectorStore store = store(call);
		return SimulatorResponse.ok(file(call, store).json(store.id()));
	}

	private SimulatorResponse update(Call call) {
		VectorStore store = store(call);
		VectorStoreFile file = file(call, store);
		JsonNode attributes = call.json().path("attributes");
		file.attributes(attributes.isObject() ? OpenAiJson.mapper().convertValue(attributes, Map.class) : null);
		return SimulatorResponse.ok(file.json(store.id()));
	}

	private SimulatorResponse delete(Call call) {
		VectorStore store = store(call);
		String fileId = store.files().remove(call.variable("file_id")).fileId();
		return SimulatorResponse
			.ok(JsonObjects.object("id", fileId, "object", "vector_store.file.deleted", "deleted", true));
	}

	private SimulatorResponse content(Call call) {
		VectorStoreFile file = file(call, store(call));
		List<Map<String, @Nullable Object>> data = file.chunks()
			.stream()
			.map((chunk) -> JsonObjects.object("type", "text", "text", chunk))
			.toList();
		return SimulatorResponse.ok(JsonObjects.object("object", "vector_store.file_content.page", "data", data,
				"has_more", false, "next_page", null));
	}

	/**
	 * A page of a store's files, those of one batch or all of them, with the call's
	 * {@code filter} on their status.
	 * @param call the list call
	 * @param store the store
	 * @param batchId the batch, or {@code null} for all files
	 * @return the page
	 */
	static Map<String, @Nullable Object> page(Call call, VectorStore store, @Nullable String batchId) {
		String status = call.query("filter");
		return store.files()
			.page(call,
					(file) -> (batchId == null || batchId.equals(file.batchId()))
							&& (status == null || status.equals(file.status())),
					(file) -> file.json(store.id()), "desc");
	}

	private VectorStore store(Call call) {
		return this.simulation.vectorStores().get(call.variable("vector_store_id"));
	}

	private static VectorStoreFile file(Call call, VectorStore store) {
		return store.files().get(call.variable("file_id"));
	}

}

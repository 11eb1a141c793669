package dev.reactiveai.openai.simulator;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Vector stores: created (with files to attach, read at once), listed newest first by
 * default, retrieved, modified, deleted, and searched through the {@link LexicalIndex}.
 * Their files and file batches are the {@link VectorStoreFilesHandler} and
 * {@link VectorStoreFileBatchesHandler}'s.
 */
final class VectorStoresHandler implements ResourceHandler {

	private final Simulation simulation;

	VectorStoresHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createVectorStore", this::create);
		routes.add("listVectorStores", this::list);
		routes.add("getVectorStore", this::retrieve);
		routes.add("modifyVectorStore", this::modify);
		routes.add("deleteVectorStore", this::delete);
		routes.add("searchVectorStore", this::search);
	}

	private SimulatorResponse create(Call call) {
		JsonNode request = call.json();
		List<String> fileIds = JsonObjects.strings(request.path("file_ids"));
		this.simulation.files().requireAll(fileIds, "file_ids");
		long now = this.simulation.now();
		VectorStore store = new VectorStore(this.simulation.ids().next("vs_"), now, request.path("name").asString(""));
		store.update(request, now);
		Chunker chunker = Chunker.of(request.path("chunking_strategy"));
		for (String fileId : fileIds) {
			store.attach(fileId, this.simulation.files().get(fileId), chunker, null, null, this.simulation.now());
		}
		this.simulation.vectorStores().put(store);
		return SimulatorResponse.ok(store.json(now));
	}

	private SimulatorResponse list(Call call) {
		long now = this.simulation.now();
		return SimulatorResponse
			.ok(this.simulation.vectorStores().page(call, (store) -> true, (store) -> store.json(now), "desc"));
	}

	private SimulatorResponse retrieve(Call call) {
		return SimulatorResponse.ok(store(call).json(this.simulation.now()));
	}

	private SimulatorResponse modify(Call call) {
		VectorStore store = store(call);
		store.update(call.json(), this.simulation.now());
		return SimulatorResponse.ok(store.json(this.simulation.now()));
	}

	private SimulatorResponse delete(Call call) {
		String id = this.simulation.vectorStores().remove(call.variable("vector_store_id")).id();
		return SimulatorResponse.ok(JsonObjects.object("id", id, "object", "vector_store.deleted", "deleted", true));
	}

	private SimulatorResponse search(Call call) {
		VectorStore store = store(call);
		JsonNode request = call.json();
		List<String> queries = request.path("query").isArray() ? JsonObjects.strings(request.path("query"))
				: request.path("query").isString() ? List.of(request.path("query").asString()) : List.of();
		if (queries.isEmpty()) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'query'.", "query");
		}
		int maxResults = request.path("max_num_results").asInt(10);
		if (maxResults < 1 || maxResults > 50) {
			return SimulatorResponse.invalidRequest(
					"Invalid 'max_num_results': " + maxResults + " is not between 1 and 50.", "max_num_results");
		}
		double threshold = request.path("ranking_options").path("score_threshold").asDouble(0);
		List<Map<String, @Nullable Object>> data = LexicalIndex
			.search(store.files().list(), String.join(" ", queries), maxResults, threshold, request.path("filters"))
			.stream()
			.map((hit) -> JsonObjects.object("file_id", hit.file().fileId(), "filename", hit.file().filename(), "score",
					hit.roundedScore(), "attributes", hit.file().attributes(), "content",
					List.of(JsonObjects.object("type", "text", "text", hit.text()))))
			.toList();
		store.touch(this.simulation.now());
		return SimulatorResponse.ok(JsonObjects.object("object", "vector_store.search_results.page", "search_query",
				queries, "data", data, "has_more", false, "next_page", null));
	}

	private VectorStore store(Call call) {
		return this.simulation.vectorStores().get(call.variable("vector_store_id"));
	}

}

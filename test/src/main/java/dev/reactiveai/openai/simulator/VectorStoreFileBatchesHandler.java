package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.json.OpenAiJson;
import tools.jackson.databind.JsonNode;

/**
 * The file batches of vector stores: several files attached together (by {@code file_ids}
 * with shared attributes, or {@code files} each with its own), their files listed. As
 * attaching is immediate, a batch is {@code completed} when created and cannot be
 * cancelled any more.
 */
final class VectorStoreFileBatchesHandler implements ResourceHandler {

	private final Simulation simulation;

	VectorStoreFileBatchesHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createVectorStoreFileBatch", this::create);
		routes.add("getVectorStoreFileBatch", this::retrieve);
		routes.add("cancelVectorStoreFileBatch", this::cancel);
		routes.add("listFilesInVectorStoreBatch", this::listFiles);
	}

	private SimulatorResponse create(Call call) {
		VectorStore store = store(call);
		JsonNode request = call.json();
		List<JsonNode> files = new ArrayList<>();
		if (request.path("files").isArray()) {
			request.path("files").forEach(files::add);
		}
		else {
			JsonObjects.strings(request.path("file_ids"))
				.forEach((id) -> files.add(OpenAiJson.mapper()
					.createObjectNode()
					.put("file_id", id)
					.set("attributes", request.path("attributes").isObject() ? request.path("attributes") : null)));
		}
		if (files.isEmpty()) {
			return SimulatorResponse.invalidRequest("Either 'file_ids' or 'files' must be given.", "file_ids");
		}
		this.simulation.files()
			.requireAll(files.stream().map((file) -> file.path("file_id").asString("")).toList(), "file_ids");
		String batchId = this.simulation.ids().next("vsfb_");
		JsonNode chunking = request.path("chunking_strategy");
		for (JsonNode file : files) {
			String fileId = file.path("file_id").asString();
			store.attach(fileId, this.simulation.files().get(fileId),
					Chunker.of(file.path("chunking_strategy").isObject() ? file.path("chunking_strategy") : chunking),
					file.path("attributes"), batchId, this.simulation.now());
		}
		VectorStoreFileBatch batch = store.batches().put(new VectorStoreFileBatch(batchId, this.simulation.now()));
		return SimulatorResponse.ok(batch.json(store));
	}

	private SimulatorResponse retrieve(Call call) {
		VectorStore store = store(call);
		return SimulatorResponse.ok(batch(call, store).json(store));
	}

	private SimulatorResponse cancel(Call call) {
		VectorStoreFileBatch batch = batch(call, store(call));
		return SimulatorResponse
			.invalidRequest("Cannot cancel file batch " + batch.id() + ": its status is 'completed'.", null);
	}

	private SimulatorResponse listFiles(Call call) {
		VectorStore store = store(call);
		return SimulatorResponse.ok(VectorStoreFilesHandler.page(call, store, batch(call, store).id()));
	}

	private VectorStore store(Call call) {
		return this.simulation.vectorStores().get(call.variable("vector_store_id"));
	}

	private static VectorStoreFileBatch batch(Call call, VectorStore store) {
		return store.batches().get(call.variable("batch_id"));
	}

}

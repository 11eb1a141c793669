package dev.reactiveai.openai.simulator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Models: a fixed catalogue of the API's common models. Fine-tuned models ({@code ft:…})
 * can be deleted; the others belong to the system.
 */
final class ModelsHandler implements ResourceHandler {

	private static final List<String> MODELS = List.of("gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini", "gpt-5",
			"gpt-5-mini", "o4-mini", "text-embedding-3-small", "text-embedding-3-large", "omni-moderation-latest",
			"gpt-image-1", "dall-e-3", "whisper-1", "gpt-4o-transcribe", "tts-1", "gpt-4o-mini-tts",
			"ft:gpt-4o-mini-2024-07-18:simulator::sim00001");

	private static final long CREATED = 1_700_000_000L;

	private final Set<String> deleted = ConcurrentHashMap.newKeySet();

	ModelsHandler(Simulation simulation) {
	}

	@Override
	public void register(Routes routes) {
		routes.add("listModels", this::list);
		routes.add("retrieveModel", this::retrieve);
		routes.add("deleteModel", this::delete);
	}

	@Override
	public void reset() {
		this.deleted.clear();
	}

	private SimulatorResponse list(Call call) {
		List<Map<String, ?>> data = MODELS.stream()
			.filter((id) -> !this.deleted.contains(id))
			.map(ModelsHandler::model)
			.toList();
		return SimulatorResponse.ok(JsonObjects.object("object", "list", "data", data));
	}

	private SimulatorResponse retrieve(Call call) {
		return SimulatorResponse.ok(model(existing(call.variable("model"))));
	}

	private SimulatorResponse delete(Call call) {
		String id = existing(call.variable("model"));
		if (!id.startsWith("ft:")) {
			return SimulatorResponse.error(403, "invalid_request_error",
					"You do not have permission to delete the model '" + id
							+ "': only fine-tuned models can be deleted.",
					"model", "model_not_found");
		}
		this.deleted.add(id);
		return SimulatorResponse.ok(JsonObjects.object("id", id, "object", "model", "deleted", true));
	}

	/** The id of a model of the catalogue not deleted yet, or a 404. */
	private String existing(String id) {
		if (!MODELS.contains(id) || this.deleted.contains(id)) {
			throw new SimulatorException(missing(id));
		}
		return id;
	}

	private static Map<String, ?> model(String id) {
		String owner = id.startsWith("ft:") ? "user-simulator" : "system";
		return JsonObjects.object("id", id, "object", "model", "created", CREATED, "owned_by", owner);
	}

	private static SimulatorResponse missing(String id) {
		return SimulatorResponse.error(404, "invalid_request_error",
				"The model '" + id + "' does not exist or you do not have access to it.", "model", "model_not_found");
	}

}

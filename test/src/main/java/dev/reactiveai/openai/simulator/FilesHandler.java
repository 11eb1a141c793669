package dev.reactiveai.openai.simulator;

import java.util.List;
import java.util.Set;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Files: multipart uploads kept in memory with their exact bytes, listed newest first by
 * default with the {@code after} cursor, a {@code limit} of up to 10,000 and a
 * {@code purpose} filter, retrieved, downloaded as {@code application/octet-stream}, and
 * deleted. Files with the purpose {@code batch} expire after 30 days unless
 * {@code expires_after} says otherwise, as the API's do.
 */
final class FilesHandler implements ResourceHandler {

	private static final Set<String> PURPOSES = Set.of("assistants", "batch", "fine-tune", "vision", "user_data",
			"evals");

	private static final long BATCH_EXPIRY = 30L * 24 * 3600;

	private static final int MAX_LIMIT = 10_000;

	private final Simulation simulation;

	FilesHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createFile", this::create);
		routes.add("listFiles", this::list);
		routes.add("retrieveFile", this::retrieve);
		routes.add("deleteFile", this::delete);
		routes.add("downloadFile", this::download);
	}

	private SimulatorResponse create(Call call) {
		RecordedRequest request = call.request();
		RecordedRequest.RecordedPart file = request.part("file");
		if (file == null || file.filename() == null) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'file'.", "file");
		}
		RecordedRequest.RecordedPart purposePart = request.part("purpose");
		if (purposePart == null) {
			return SimulatorResponse.invalidRequest("Missing required parameter: 'purpose'.", "purpose");
		}
		String purpose = purposePart.text();
		if (!PURPOSES.contains(purpose)) {
			return SimulatorResponse.invalidRequest(
					"'" + purpose + "' is not one of " + new java.util.TreeSet<>(PURPOSES) + " - 'purpose'", "purpose");
		}
		if (("batch".equals(purpose) || "fine-tune".equals(purpose)) && !file.filename().endsWith(".jsonl")) {
			return SimulatorResponse
				.invalidRequest("Invalid file format for " + purpose + ". Please upload a .jsonl file.", "file");
		}
		long created = this.simulation.now();
		Long seconds;
		try {
			seconds = expirySeconds(request);
		}
		catch (IllegalArgumentException ex) {
			return SimulatorResponse.invalidRequest(ex.getMessage(), "expires_after");
		}
		if (seconds == null && "batch".equals(purpose)) {
			seconds = BATCH_EXPIRY;
		}
		FileStore.StoredFile stored = new FileStore.StoredFile(this.simulation.ids().next("file-"), file.filename(),
				purpose, created, file.content(), (seconds != null) ? created + seconds : null);
		this.simulation.files().put(stored);
		return SimulatorResponse.ok(stored.json());
	}

	/**
	 * The seconds of {@code expires_after}, sent as a JSON object or as the fields
	 * {@code expires_after[anchor]} and {@code expires_after[seconds]}.
	 */
	static @Nullable Long expirySeconds(RecordedRequest request) {
		String anchor = null;
		String seconds = null;
		RecordedRequest.RecordedPart json = request.part("expires_after");
		if (json != null) {
			JsonNode node = OpenAiJson.mapper().readTree(json.text());
			anchor = node.path("anchor").asString(null);
			seconds = node.path("seconds").isMissingNode() ? null : node.path("seconds").asString();
		}
		else {
			RecordedRequest.RecordedPart anchorPart = request.part("expires_after[anchor]");
			RecordedRequest.RecordedPart secondsPart = request.part("expires_after[seconds]");
			anchor = (anchorPart != null) ? anchorPart.text() : null;
			seconds = (secondsPart != null) ? secondsPart.text() : null;
		}
		if (anchor == null && seconds == null) {
			return null;
		}
		if (!"created_at".equals(anchor)) {
			throw new IllegalArgumentException("Invalid 'expires_after.anchor': expected 'created_at'.");
		}
		try {
			long value = Long.parseLong(String.valueOf(seconds));
			if (value < 3600 || value > 2_592_000) {
				throw new IllegalArgumentException("Invalid 'expires_after.seconds': " + value
						+ " is not between 3600 (one hour) and 2592000 (30 days).");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Invalid 'expires_after.seconds': expected an integer.");
		}
	}

	private SimulatorResponse list(Call call) {
		String purpose = call.query("purpose");
		List<FileStore.StoredFile> files = this.simulation.files()
			.list()
			.stream()
			.filter((file) -> purpose == null || file.purpose().equals(purpose))
			.toList();
		return SimulatorResponse.ok(Pages.page(call, files, FileStore.StoredFile::id, FileStore.StoredFile::json,
				"desc", MAX_LIMIT, MAX_LIMIT));
	}

	private SimulatorResponse retrieve(Call call) {
		return SimulatorResponse.ok(this.simulation.files().require(call.variable("file_id")).json());
	}

	private SimulatorResponse delete(Call call) {
		String id = this.simulation.files().remove(call.variable("file_id")).id();
		return SimulatorResponse.ok(JsonObjects.object("id", id, "object", "file", "deleted", true));
	}

	private SimulatorResponse download(Call call) {
		FileStore.StoredFile file = this.simulation.files().require(call.variable("file_id"));
		return new SimulatorResponse.Bytes("application/octet-stream", file.content());
	}

}

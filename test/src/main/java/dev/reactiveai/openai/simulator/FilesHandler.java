package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
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
		routes.add("POST", "/files", "createFile", this::create);
		routes.add("GET", "/files", "listFiles", this::list);
		routes.add("GET", "/files/{file_id}", "retrieveFile", this::retrieve);
		routes.add("DELETE", "/files/{file_id}", "deleteFile", this::delete);
		routes.add("GET", "/files/{file_id}/content", "downloadFile", this::download);
	}

	private Mono<SimulatorResponse> create(Call call) {
		RecordedRequest request = call.request();
		RecordedRequest.RecordedPart file = request.part("file");
		if (file == null || file.filename() == null) {
			return Mono.just(SimulatorResponse.invalidRequest("Missing required parameter: 'file'.", "file"));
		}
		RecordedRequest.RecordedPart purposePart = request.part("purpose");
		if (purposePart == null) {
			return Mono.just(SimulatorResponse.invalidRequest("Missing required parameter: 'purpose'.", "purpose"));
		}
		String purpose = purposePart.text();
		if (!PURPOSES.contains(purpose)) {
			return Mono.just(SimulatorResponse.invalidRequest(
					"'" + purpose + "' is not one of " + new java.util.TreeSet<>(PURPOSES) + " - 'purpose'",
					"purpose"));
		}
		if (("batch".equals(purpose) || "fine-tune".equals(purpose)) && !file.filename().endsWith(".jsonl")) {
			return Mono.just(SimulatorResponse
				.invalidRequest("Invalid file format for " + purpose + ". Please upload a .jsonl file.", "file"));
		}
		long created = this.simulation.now();
		Long seconds;
		try {
			seconds = expirySeconds(request);
		}
		catch (IllegalArgumentException ex) {
			return Mono.just(SimulatorResponse.invalidRequest(ex.getMessage(), "expires_after"));
		}
		if (seconds == null && "batch".equals(purpose)) {
			seconds = BATCH_EXPIRY;
		}
		FileStore.StoredFile stored = new FileStore.StoredFile(this.simulation.ids().next("file-"), file.filename(),
				purpose, created, file.content(), (seconds != null) ? created + seconds : null);
		this.simulation.files().put(stored);
		return Mono.just(SimulatorResponse.ok(stored.json()));
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

	private Mono<SimulatorResponse> list(Call call) {
		String purpose = call.query("purpose");
		List<FileStore.StoredFile> files = new ArrayList<>(this.simulation.files()
			.list()
			.stream()
			.filter((file) -> purpose == null || file.purpose().equals(purpose))
			.toList());
		if (!"asc".equals(call.query("order"))) {
			Collections.reverse(files);
		}
		String after = call.query("after");
		int start = 0;
		if (after != null) {
			for (int i = 0; i < files.size(); i++) {
				if (files.get(i).id().equals(after)) {
					start = i + 1;
				}
			}
		}
		int limit = limit(call.query("limit"));
		List<FileStore.StoredFile> window = files.subList(Math.min(start, files.size()), files.size());
		boolean hasMore = window.size() > limit;
		List<FileStore.StoredFile> page = hasMore ? window.subList(0, limit) : window;
		return Mono.just(SimulatorResponse
			.ok(JsonObjects.object("object", "list", "data", page.stream().map(FileStore.StoredFile::json).toList(),
					"first_id", page.isEmpty() ? null : page.get(0).id(), "last_id",
					page.isEmpty() ? null : page.get(page.size() - 1).id(), "has_more", hasMore)));
	}

	private static int limit(@Nullable String limit) {
		try {
			return (limit != null) ? Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limit))) : MAX_LIMIT;
		}
		catch (NumberFormatException ex) {
			return MAX_LIMIT;
		}
	}

	private Mono<SimulatorResponse> retrieve(Call call) {
		FileStore.StoredFile file = this.simulation.files().get(call.variable("file_id"));
		return Mono.just((file != null) ? SimulatorResponse.ok(file.json()) : missing(call.variable("file_id")));
	}

	private Mono<SimulatorResponse> delete(Call call) {
		String id = call.variable("file_id");
		if (this.simulation.files().remove(id) == null) {
			return Mono.just(missing(id));
		}
		return Mono.just(SimulatorResponse.ok(JsonObjects.object("id", id, "object", "file", "deleted", true)));
	}

	private Mono<SimulatorResponse> download(Call call) {
		FileStore.StoredFile file = this.simulation.files().get(call.variable("file_id"));
		if (file == null) {
			return Mono.just(missing(call.variable("file_id")));
		}
		return Mono.just(new SimulatorResponse.Bytes("application/octet-stream", file.content()));
	}

	static SimulatorResponse missing(String id) {
		return SimulatorResponse.error(404, "invalid_request_error", "No such File object: " + id, "id", null);
	}

}

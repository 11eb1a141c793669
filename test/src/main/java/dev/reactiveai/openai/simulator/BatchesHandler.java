package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Batches: the lines of a JSONL input file (purpose {@code batch}) run one after the
 * other against the simulator's own operations, right after the batch is created and off
 * the caller's thread. A batch answers {@code validating} when created, then goes
 * {@code in_progress}, {@code finalizing} and {@code completed} within milliseconds, so a
 * caller polls {@code retrieve} as with the API. Answers with a 2xx status go to the
 * output file; answers with an error status, and lines that are not JSON, lack a
 * {@code custom_id}, repeat one or name another endpoint, go to the error file. A batch
 * cancelled while it runs stops before its next line and keeps what it did.
 */
final class BatchesHandler implements ResourceHandler {

	private static final Set<String> ENDPOINTS = Set.of("/v1/responses", "/v1/chat/completions", "/v1/embeddings",
			"/v1/completions", "/v1/moderations");

	private static final long WINDOW = 24 * 3600;

	private final JsonMapper mapper = OpenAiJson.mapper();

	private final Simulation simulation;

	private final ResourceStore<StoredBatch> batches = new ResourceStore<>((batch) -> batch.id,
			Comparator.comparingLong((StoredBatch batch) -> batch.createdAt).thenComparing((batch) -> batch.id),
			BatchesHandler::missing);

	private final Set<Disposable> running = ConcurrentHashMap.newKeySet();

	BatchesHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("createBatch", this::create);
		routes.add("listBatches", this::list);
		routes.add("retrieveBatch", this::retrieve);
		routes.add("cancelBatch", this::cancel);
	}

	@Override
	public void reset() {
		this.running.forEach(Disposable::dispose);
		this.running.clear();
		this.batches.clear();
	}

	private SimulatorResponse create(Call call) {
		JsonNode request = call.json();
		for (String field : List.of("input_file_id", "endpoint", "completion_window")) {
			if (!request.path(field).isString()) {
				return SimulatorResponse.invalidRequest("Missing required parameter: '" + field + "'.", field);
			}
		}
		String endpoint = request.path("endpoint").asString();
		if (!ENDPOINTS.contains(endpoint)) {
			return SimulatorResponse.invalidRequest(
					"Invalid 'endpoint': '" + endpoint + "' is not one of " + new java.util.TreeSet<>(ENDPOINTS) + ".",
					"endpoint");
		}
		if (!"24h".equals(request.path("completion_window").asString())) {
			return SimulatorResponse.invalidRequest("Invalid 'completion_window': only '24h' is supported.",
					"completion_window");
		}
		String inputFileId = request.path("input_file_id").asString();
		FileStore.StoredFile input = this.simulation.files().get(inputFileId);
		if (input == null) {
			return SimulatorResponse.error(404, "invalid_request_error",
					"Invalid 'input_file_id': no file with id '" + inputFileId + "'.", "input_file_id", null);
		}
		if (!"batch".equals(input.purpose())) {
			return SimulatorResponse.invalidRequest("Invalid 'input_file_id': file " + inputFileId + " has purpose '"
					+ input.purpose() + "', a batch needs 'batch'.", "input_file_id");
		}
		Map<String, String> metadata = Metadata.of(request.path("metadata"));
		long created = this.simulation.now();
		StoredBatch batch = new StoredBatch(this.simulation.ids().next("batch_"), endpoint, inputFileId, created,
				metadata);
		this.batches.put(batch);
		Map<String, @Nullable Object> answer = batch.json();
		Disposable run = run(batch, input).subscribeOn(Schedulers.boundedElastic())
			.subscribe(null, (ex) -> batch.fail("server_error", "The simulator failed: " + ex.getMessage(), now()));
		this.running.removeIf(Disposable::isDisposed);
		this.running.add(run);
		return SimulatorResponse.ok(answer);
	}

	private Mono<Void> run(StoredBatch batch, FileStore.StoredFile input) {
		List<String> lines = input.text().lines().filter((line) -> !line.isBlank()).toList();
		if (lines.isEmpty()) {
			batch.fail("empty_file", "The input file " + input.id() + " has no requests.", now());
			return Mono.empty();
		}
		batch.start(lines.size(), now());
		Set<String> customIds = new HashSet<>();
		List<String> output = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		return Flux.range(0, lines.size())
			.takeWhile((index) -> !batch.cancelRequested)
			.concatMap((index) -> runLine(batch, lines.get(index), index + 1, customIds))
			.doOnNext((result) -> {
				if (result.ok) {
					output.add(result.line);
				}
				else {
					errors.add(result.line);
				}
				batch.count(result.ok, result.usage);
			})
			.then(Mono.fromRunnable(() -> finish(batch, output, errors)));
	}

	private Mono<LineResult> runLine(StoredBatch batch, String line, int number, Set<String> customIds) {
		String id = this.simulation.ids().next("batch_req_");
		JsonNode request;
		try {
			request = this.mapper.readTree(line);
		}
		catch (RuntimeException ex) {
			return Mono.just(failed(id, null, "invalid_json", "Line " + number + " is not valid JSON."));
		}
		String customId = request.path("custom_id").asString(null);
		if (customId == null || customId.isEmpty()) {
			return Mono.just(failed(id, null, "missing_custom_id", "Line " + number + " has no 'custom_id'."));
		}
		if (!customIds.add(customId)) {
			return Mono.just(failed(id, customId, "duplicate_custom_id",
					"The custom_id '" + customId + "' of line " + number + " is used by an earlier line."));
		}
		if (!"POST".equals(request.path("method").asString(null))) {
			return Mono.just(failed(id, customId, "invalid_method", "Line " + number + ": 'method' must be 'POST'."));
		}
		String url = request.path("url").asString("");
		if (!url.equals(batch.endpoint)) {
			return Mono.just(failed(id, customId, "mismatched_endpoint", "Line " + number + ": the url '" + url
					+ "' is not the batch's endpoint '" + batch.endpoint + "'."));
		}
		JsonNode body = request.path("body");
		if (!body.isObject()) {
			return Mono.just(failed(id, customId, "invalid_body", "Line " + number + ": 'body' must be an object."));
		}
		if (body.path("stream").asBoolean(false)) {
			return Mono.just(failed(id, customId, "invalid_body",
					"Line " + number + ": streaming is not supported in a batch."));
		}
		if (body.path("model").isString()) {
			batch.model(body.path("model").asString());
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		RecordedRequest dispatched = new RecordedRequest(null, "POST", url.substring("/v1".length()), Map.of(), headers,
				this.mapper.writeValueAsBytes(body), List.of());
		return this.simulation.dispatch(dispatched).map((answer) -> {
			if (!(answer instanceof SimulatorResponse.Json json)) {
				return failed(id, customId, "unsupported_response", "Line " + number + " was not answered with JSON.");
			}
			JsonNode answerBody = this.mapper.valueToTree(json.body());
			Map<String, @Nullable Object> response = JsonObjects.object("status_code", json.status(), "request_id",
					this.simulation.ids().next("req_"), "body", answerBody);
			boolean ok = json.status() >= 200 && json.status() < 300;
			String written = this.mapper.writeValueAsString(
					JsonObjects.object("id", id, "custom_id", customId, "response", response, "error", null));
			return new LineResult(ok, written, ok ? answerBody.path("usage") : null);
		});
	}

	private LineResult failed(String id, @Nullable String customId, String code, String message) {
		String written = this.mapper.writeValueAsString(JsonObjects.object("id", id, "custom_id", customId, "response",
				null, "error", JsonObjects.object("code", code, "message", message)));
		return new LineResult(false, written, null);
	}

	private void finish(StoredBatch batch, List<String> output, List<String> errors) {
		long now = now();
		String outputId = output.isEmpty() ? null : store(batch, "output", output, now);
		String errorId = errors.isEmpty() ? null : store(batch, "error", errors, now);
		batch.finish(outputId, errorId, now);
	}

	private String store(StoredBatch batch, String kind, List<String> lines, long now) {
		String id = this.simulation.ids().next("file-");
		byte[] content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		this.simulation.files()
			.put(new FileStore.StoredFile(id, batch.id + "_" + kind + ".jsonl", "batch_output", now, content,
					now + 30L * 24 * 3600));
		return id;
	}

	private long now() {
		return this.simulation.now();
	}

	private SimulatorResponse list(Call call) {
		return SimulatorResponse.ok(this.batches.page(call, (batch) -> true, StoredBatch::json, "desc"));
	}

	private SimulatorResponse retrieve(Call call) {
		return SimulatorResponse.ok(this.batches.get(call.variable("batch_id")).json());
	}

	private SimulatorResponse cancel(Call call) {
		String id = call.variable("batch_id");
		StoredBatch batch = this.batches.get(id);
		String refused = batch.cancel(now());
		if (refused != null) {
			return SimulatorResponse.error(409, "invalid_request_error",
					"Cannot cancel batch " + id + " with status '" + refused + "'.", null, null);
		}
		return SimulatorResponse.ok(batch.json());
	}

	private static SimulatorResponse missing(String id) {
		return SimulatorResponse.error(404, "invalid_request_error", "No batch found with id '" + id + "'.", "batch_id",
				null);
	}

	private record LineResult(boolean ok, String line, @Nullable JsonNode usage) {

	}

	private static final class StoredBatch {

		private final String id;

		private final String endpoint;

		private final String inputFileId;

		private final long createdAt;

		private final Map<String, String> metadata;

		private final Map<String, @Nullable Object> timestamps = new LinkedHashMap<>();

		private String status = "validating";

		private @Nullable String model;

		private @Nullable String outputFileId;

		private @Nullable String errorFileId;

		private @Nullable Map<String, @Nullable Object> errors;

		private int total;

		private int completed;

		private int failed;

		private long inputTokens;

		private long outputTokens;

		private long cachedTokens;

		private long reasoningTokens;

		private volatile boolean cancelRequested;

		StoredBatch(String id, String endpoint, String inputFileId, long createdAt, Map<String, String> metadata) {
			this.id = id;
			this.endpoint = endpoint;
			this.inputFileId = inputFileId;
			this.createdAt = createdAt;
			this.metadata = metadata;
			for (String name : List.of("in_progress_at", "expires_at", "finalizing_at", "completed_at", "failed_at",
					"expired_at", "cancelling_at", "cancelled_at")) {
				this.timestamps.put(name, null);
			}
			this.timestamps.put("expires_at", createdAt + WINDOW);
		}

		synchronized void start(int total, long now) {
			this.total = total;
			if (!this.cancelRequested) {
				this.status = "in_progress";
				this.timestamps.put("in_progress_at", now);
			}
		}

		synchronized void count(boolean ok, @Nullable JsonNode usage) {
			if (ok) {
				this.completed++;
			}
			else {
				this.failed++;
			}
			if (usage != null && usage.isObject()) {
				this.inputTokens += usage.path("input_tokens").asLong(usage.path("prompt_tokens").asLong(0));
				this.outputTokens += usage.path("output_tokens").asLong(usage.path("completion_tokens").asLong(0));
				this.cachedTokens += usage.path("input_tokens_details")
					.path("cached_tokens")
					.asLong(usage.path("prompt_tokens_details").path("cached_tokens").asLong(0));
				this.reasoningTokens += usage.path("output_tokens_details")
					.path("reasoning_tokens")
					.asLong(usage.path("completion_tokens_details").path("reasoning_tokens").asLong(0));
			}
		}

		synchronized void finish(@Nullable String outputFileId, @Nullable String errorFileId, long now) {
			this.outputFileId = outputFileId;
			this.errorFileId = errorFileId;
			if (this.cancelRequested) {
				this.status = "cancelled";
				this.timestamps.put("cancelled_at", now);
				return;
			}
			this.timestamps.put("finalizing_at", now);
			this.status = "completed";
			this.timestamps.put("completed_at", now);
		}

		synchronized void fail(String code, String message, long now) {
			this.status = "failed";
			this.timestamps.put("failed_at", now);
			this.errors = JsonObjects.object("object", "list", "data",
					List.of(JsonObjects.object("code", code, "message", message, "param", null, "line", null)));
		}

		/**
		 * Asks the batch to stop.
		 * @return {@code null} when it will, or its status when it is over already
		 */
		synchronized @Nullable String cancel(long now) {
			if (!"validating".equals(this.status) && !"in_progress".equals(this.status)) {
				return this.status;
			}
			this.cancelRequested = true;
			this.status = "cancelling";
			this.timestamps.put("cancelling_at", now);
			return null;
		}

		synchronized void model(String model) {
			if (this.model == null) {
				this.model = model;
			}
		}

		synchronized Map<String, @Nullable Object> json() {
			Map<String, @Nullable Object> json = JsonObjects.object("id", this.id, "object", "batch", "endpoint",
					this.endpoint, "model", this.model, "errors", this.errors, "input_file_id", this.inputFileId,
					"completion_window", "24h", "status", this.status, "output_file_id", this.outputFileId,
					"error_file_id", this.errorFileId, "created_at", this.createdAt);
			json.putAll(this.timestamps);
			json.put("request_counts",
					JsonObjects.object("total", this.total, "completed", this.completed, "failed", this.failed));
			json.put("usage",
					JsonObjects.object("input_tokens", this.inputTokens, "input_tokens_details",
							JsonObjects.object("cached_tokens", this.cachedTokens), "output_tokens", this.outputTokens,
							"output_tokens_details", JsonObjects.object("reasoning_tokens", this.reasoningTokens),
							"total_tokens", this.inputTokens + this.outputTokens));
			json.put("metadata", this.metadata);
			return json;
		}

	}

}

package dev.reactiveai.openai.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Vector stores, their files and file batches, and search. A file of the files group is
 * attached as its UTF-8 text, split into chunks of words the size of the chunking
 * strategy (800 tokens with 400 overlapping by default, at about four characters a
 * token), and is {@code completed} at once; a file that is not UTF-8 text is
 * {@code failed} with {@code unsupported_file}. As attaching is immediate, a file batch
 * is {@code completed} when created, and cannot be cancelled any more.
 * <p>
 * Search is lexical, not semantic: a chunk's score is the cosine similarity of the word
 * counts of the query and the chunk, so the chunks that share most words with the query
 * come first. Chunks that share none are left out, as are those at or below
 * {@code ranking_options.score_threshold}; attribute filters ({@code eq}, {@code ne},
 * {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin}, {@code and},
 * {@code or}) apply.
 */
final class VectorStoresHandler implements ResourceHandler {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int DEFAULT_CHUNK_TOKENS = 800;

	private static final int DEFAULT_OVERLAP_TOKENS = 400;

	private static final int CHARS_PER_TOKEN = 4;

	private final Simulation simulation;

	private final Map<String, Store> stores = new ConcurrentHashMap<>();

	VectorStoresHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("POST", "/vector_stores", "createVectorStore", this::create);
		routes.add("GET", "/vector_stores", "listVectorStores", this::list);
		routes.add("GET", "/vector_stores/{vector_store_id}", "getVectorStore", this::retrieve);
		routes.add("POST", "/vector_stores/{vector_store_id}", "modifyVectorStore", this::modify);
		routes.add("DELETE", "/vector_stores/{vector_store_id}", "deleteVectorStore", this::delete);
		routes.add("POST", "/vector_stores/{vector_store_id}/search", "searchVectorStore", this::search);
		routes.add("POST", "/vector_stores/{vector_store_id}/files", "createVectorStoreFile", this::createFile);
		routes.add("GET", "/vector_stores/{vector_store_id}/files", "listVectorStoreFiles", this::listFiles);
		routes.add("GET", "/vector_stores/{vector_store_id}/files/{file_id}", "getVectorStoreFile", this::retrieveFile);
		routes.add("POST", "/vector_stores/{vector_store_id}/files/{file_id}", "updateVectorStoreFileAttributes",
				this::updateFile);
		routes.add("DELETE", "/vector_stores/{vector_store_id}/files/{file_id}", "deleteVectorStoreFile",
				this::deleteFile);
		routes.add("GET", "/vector_stores/{vector_store_id}/files/{file_id}/content", "retrieveVectorStoreFileContent",
				this::fileContent);
		routes.add("POST", "/vector_stores/{vector_store_id}/file_batches", "createVectorStoreFileBatch",
				this::createBatch);
		routes.add("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}", "getVectorStoreFileBatch",
				this::retrieveBatch);
		routes.add("POST", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
				"cancelVectorStoreFileBatch", this::cancelBatch);
		routes.add("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
				"listFilesInVectorStoreBatch", this::listBatchFiles);
	}

	@Override
	public void reset() {
		this.stores.clear();
	}

	// Vector stores

	private Mono<SimulatorResponse> create(Call call) {
		JsonNode request = call.json();
		List<String> fileIds = strings(request.path("file_ids"));
		String unknown = firstUnknown(fileIds);
		if (unknown != null) {
			return Mono.just(SimulatorResponse.invalidRequest("Invalid 'file_ids': no file with id '" + unknown + "'.",
					"file_ids"));
		}
		long now = this.simulation.now();
		Store store = new Store(this.simulation.ids().next("vs_"), now, request.path("name").asString(""));
		store.metadata = metadata(request.path("metadata"));
		store.expiresAfter = request.path("expires_after").isObject() ? request.path("expires_after") : null;
		store.lastActiveAt = now;
		for (String fileId : fileIds) {
			attach(store, fileId, request.path("chunking_strategy"), null, null);
		}
		this.stores.put(store.id, store);
		return Mono.just(SimulatorResponse.ok(store.json(now)));
	}

	private Mono<SimulatorResponse> list(Call call) {
		long now = this.simulation.now();
		List<Store> all = this.stores.values()
			.stream()
			.sorted(Comparator.comparingLong((Store store) -> store.createdAt).thenComparing((store) -> store.id))
			.toList();
		return Mono
			.just(SimulatorResponse.ok(Pages.page(call, all, (store) -> store.id, (store) -> store.json(now), "desc")));
	}

	private Mono<SimulatorResponse> retrieve(Call call) {
		Store store = store(call);
		return Mono.just((store != null) ? SimulatorResponse.ok(store.json(this.simulation.now())) : missing(call));
	}

	private Mono<SimulatorResponse> modify(Call call) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		JsonNode request = call.json();
		synchronized (store) {
			if (request.path("name").isString()) {
				store.name = request.path("name").asString();
			}
			if (request.has("expires_after")) {
				store.expiresAfter = request.path("expires_after").isObject() ? request.path("expires_after") : null;
			}
			if (request.path("metadata").isObject()) {
				store.metadata = metadata(request.path("metadata"));
			}
			store.lastActiveAt = this.simulation.now();
		}
		return Mono.just(SimulatorResponse.ok(store.json(this.simulation.now())));
	}

	private Mono<SimulatorResponse> delete(Call call) {
		String id = call.variable("vector_store_id");
		if (this.stores.remove(id) == null) {
			return Mono.just(missing(call));
		}
		return Mono.just(
				SimulatorResponse.ok(JsonObjects.object("id", id, "object", "vector_store.deleted", "deleted", true)));
	}

	private Mono<SimulatorResponse> search(Call call) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		JsonNode request = call.json();
		List<String> queries = request.path("query").isArray() ? strings(request.path("query"))
				: request.path("query").isString() ? List.of(request.path("query").asString()) : List.of();
		if (queries.isEmpty()) {
			return Mono.just(SimulatorResponse.invalidRequest("Missing required parameter: 'query'.", "query"));
		}
		int maxResults = request.path("max_num_results").asInt(10);
		if (maxResults < 1 || maxResults > 50) {
			return Mono.just(SimulatorResponse.invalidRequest(
					"Invalid 'max_num_results': " + maxResults + " is not between 1 and 50.", "max_num_results"));
		}
		double threshold = request.path("ranking_options").path("score_threshold").asDouble(0);
		Map<String, Integer> query = wordCounts(String.join(" ", queries));
		List<Map<String, @Nullable Object>> results = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		for (VectorStoreFile file : store.files()) {
			if (!"completed".equals(file.status) || !matches(request.path("filters"), file.attributes)) {
				continue;
			}
			for (String chunk : file.chunks) {
				double score = cosine(query, wordCounts(chunk));
				if (score > 0 && score > threshold) {
					results.add(JsonObjects.object("file_id", file.fileId, "filename", file.filename, "score",
							Math.round(score * 10_000) / 10_000.0, "attributes", file.attributes, "content",
							List.of(JsonObjects.object("type", "text", "text", chunk))));
					scores.add(score);
				}
			}
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
		List<Map<String, @Nullable Object>> ranked = order.stream().limit(maxResults).map(results::get).toList();
		store.lastActiveAt = this.simulation.now();
		return Mono.just(SimulatorResponse.ok(JsonObjects.object("object", "vector_store.search_results.page",
				"search_query", queries, "data", ranked, "has_more", false, "next_page", null)));
	}

	// Files

	private Mono<SimulatorResponse> createFile(Call call) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		JsonNode request = call.json();
		String fileId = request.path("file_id").asString(null);
		if (fileId == null) {
			return Mono.just(SimulatorResponse.invalidRequest("Missing required parameter: 'file_id'.", "file_id"));
		}
		if (this.simulation.files().get(fileId) == null) {
			return Mono.just(FilesHandler.missing(fileId));
		}
		VectorStoreFile file = attach(store, fileId, request.path("chunking_strategy"), request.path("attributes"),
				null);
		return Mono.just(SimulatorResponse.ok(file.json(store.id)));
	}

	private Mono<SimulatorResponse> listFiles(Call call) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		return Mono.just(SimulatorResponse.ok(page(call, store, store.files())));
	}

	private Mono<SimulatorResponse> retrieveFile(Call call) {
		return withFile(call, (store, file) -> SimulatorResponse.ok(file.json(store.id)));
	}

	private Mono<SimulatorResponse> updateFile(Call call) {
		return withFile(call, (store, file) -> {
			JsonNode attributes = call.json().path("attributes");
			file.attributes = attributes.isObject() ? OpenAiJson.mapper().convertValue(attributes, Map.class) : null;
			return SimulatorResponse.ok(file.json(store.id));
		});
	}

	private Mono<SimulatorResponse> deleteFile(Call call) {
		return withFile(call, (store, file) -> {
			store.files.remove(file.fileId);
			return SimulatorResponse
				.ok(JsonObjects.object("id", file.fileId, "object", "vector_store.file.deleted", "deleted", true));
		});
	}

	private Mono<SimulatorResponse> fileContent(Call call) {
		return withFile(call, (store, file) -> {
			List<Map<String, @Nullable Object>> data = file.chunks.stream()
				.map((chunk) -> JsonObjects.object("type", "text", "text", chunk))
				.toList();
			return SimulatorResponse.ok(JsonObjects.object("object", "vector_store.file_content.page", "data", data,
					"has_more", false, "next_page", null));
		});
	}

	/** Answers a call about one file of a store, or 404 when either is missing. */
	private Mono<SimulatorResponse> withFile(Call call, BiFunction<Store, VectorStoreFile, SimulatorResponse> answer) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		VectorStoreFile file = store.files.get(call.variable("file_id"));
		return Mono.just((file != null) ? answer.apply(store, file) : missingFile(call));
	}

	// File batches

	private Mono<SimulatorResponse> createBatch(Call call) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		JsonNode request = call.json();
		List<JsonNode> files = new ArrayList<>();
		if (request.path("files").isArray()) {
			request.path("files").forEach(files::add);
		}
		else {
			strings(request.path("file_ids")).forEach((id) -> files.add(OpenAiJson.mapper()
				.createObjectNode()
				.put("file_id", id)
				.set("attributes", request.path("attributes").isObject() ? request.path("attributes") : null)));
		}
		if (files.isEmpty()) {
			return Mono
				.just(SimulatorResponse.invalidRequest("Either 'file_ids' or 'files' must be given.", "file_ids"));
		}
		String unknown = firstUnknown(files.stream().map((file) -> file.path("file_id").asString("")).toList());
		if (unknown != null) {
			return Mono.just(SimulatorResponse.invalidRequest("Invalid 'file_ids': no file with id '" + unknown + "'.",
					"file_ids"));
		}
		String batchId = this.simulation.ids().next("vsfb_");
		JsonNode chunking = request.path("chunking_strategy");
		for (JsonNode file : files) {
			attach(store, file.path("file_id").asString(),
					file.path("chunking_strategy").isObject() ? file.path("chunking_strategy") : chunking,
					file.path("attributes"), batchId);
		}
		FileBatch batch = new FileBatch(batchId, this.simulation.now());
		store.batches.put(batchId, batch);
		return Mono.just(SimulatorResponse.ok(batch.json(store)));
	}

	private Mono<SimulatorResponse> retrieveBatch(Call call) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		FileBatch batch = store.batches.get(call.variable("batch_id"));
		return Mono.just((batch != null) ? SimulatorResponse.ok(batch.json(store)) : missingBatch(call));
	}

	private Mono<SimulatorResponse> cancelBatch(Call call) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		FileBatch batch = store.batches.get(call.variable("batch_id"));
		if (batch == null) {
			return Mono.just(missingBatch(call));
		}
		return Mono.just(SimulatorResponse
			.invalidRequest("Cannot cancel file batch " + batch.id + ": its status is 'completed'.", null));
	}

	private Mono<SimulatorResponse> listBatchFiles(Call call) {
		Store store = store(call);
		if (store == null) {
			return Mono.just(missing(call));
		}
		String batchId = call.variable("batch_id");
		if (!store.batches.containsKey(batchId)) {
			return Mono.just(missingBatch(call));
		}
		return Mono.just(SimulatorResponse
			.ok(page(call, store, store.files().stream().filter((file) -> batchId.equals(file.batchId)).toList())));
	}

	// Helpers

	private VectorStoreFile attach(Store store, String fileId, JsonNode chunking, @Nullable JsonNode attributes,
			@Nullable String batchId) {
		FileStore.StoredFile stored = this.simulation.files().get(fileId);
		int maxTokens = DEFAULT_CHUNK_TOKENS;
		int overlapTokens = DEFAULT_OVERLAP_TOKENS;
		if ("static".equals(chunking.path("type").asString(null))) {
			maxTokens = chunking.path("static").path("max_chunk_size_tokens").asInt(DEFAULT_CHUNK_TOKENS);
			overlapTokens = chunking.path("static").path("chunk_overlap_tokens").asInt(DEFAULT_OVERLAP_TOKENS);
		}
		VectorStoreFile file = new VectorStoreFile(fileId, (stored != null) ? stored.filename() : fileId,
				this.simulation.now(), maxTokens, overlapTokens, batchId);
		if (attributes != null && attributes.isObject()) {
			file.attributes = OpenAiJson.mapper().convertValue(attributes, Map.class);
		}
		String text = (stored != null) ? text(stored.content()) : null;
		if (text == null) {
			file.status = "failed";
			file.lastError = JsonObjects.object("code", "unsupported_file", "message",
					"The file " + fileId + " is not UTF-8 text; the simulator reads text files only.");
		}
		else {
			file.chunks = chunks(text, maxTokens, overlapTokens);
			file.usageBytes = text.getBytes(StandardCharsets.UTF_8).length;
		}
		store.files.put(fileId, file);
		store.lastActiveAt = this.simulation.now();
		return file;
	}

	private static @Nullable String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return (text.indexOf('\0') >= 0) ? null : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Splits a text into chunks of whole words of at most about {@code maxTokens} tokens,
	 * each starting about {@code overlapTokens} tokens before the previous one ends.
	 */
	static List<String> chunks(String text, int maxTokens, int overlapTokens) {
		String[] words = text.strip().split("\\s+");
		List<String> chunks = new ArrayList<>();
		if (text.isBlank()) {
			return chunks;
		}
		int maxChars = maxTokens * CHARS_PER_TOKEN;
		int overlapChars = Math.min(overlapTokens, maxTokens / 2) * CHARS_PER_TOKEN;
		int start = 0;
		while (start < words.length) {
			int end = start;
			int length = 0;
			while (end < words.length && (end == start || length + 1 + words[end].length() <= maxChars)) {
				length += ((end > start) ? 1 : 0) + words[end].length();
				end++;
			}
			chunks.add(String.join(" ", List.of(words).subList(start, end)));
			if (end == words.length) {
				break;
			}
			int next = end;
			int overlap = 0;
			while (next - 1 > start && overlap + words[next - 1].length() + 1 <= overlapChars) {
				overlap += words[next - 1].length() + 1;
				next--;
			}
			start = next;
		}
		return chunks;
	}

	static Map<String, Integer> wordCounts(String text) {
		Map<String, Integer> counts = new HashMap<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			counts.merge(matcher.group(), 1, Integer::sum);
		}
		return counts;
	}

	static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
		double dot = 0;
		for (Map.Entry<String, Integer> entry : a.entrySet()) {
			dot += entry.getValue() * (double) b.getOrDefault(entry.getKey(), 0);
		}
		if (dot == 0) {
			return 0;
		}
		return dot / (norm(a) * norm(b));
	}

	private static double norm(Map<String, Integer> counts) {
		double sum = 0;
		for (int count : counts.values()) {
			sum += (double) count * count;
		}
		return Math.sqrt(sum);
	}

	/** Whether a file's attributes pass a search's {@code filters}. */
	static boolean matches(JsonNode filter, @Nullable Map<?, ?> attributes) {
		if (!filter.isObject()) {
			return true;
		}
		String type = filter.path("type").asString("eq");
		if ("and".equals(type) || "or".equals(type)) {
			boolean and = "and".equals(type);
			for (JsonNode nested : filter.path("filters")) {
				if (matches(nested, attributes) != and) {
					return !and;
				}
			}
			return and;
		}
		Object actual = (attributes != null) ? attributes.get(filter.path("key").asString("")) : null;
		JsonNode expected = filter.path("value");
		return switch (type) {
			case "eq" -> equal(actual, expected);
			case "ne" -> !equal(actual, expected);
			case "in" -> contains(expected, actual);
			case "nin" -> !contains(expected, actual);
			case "gt", "gte", "lt", "lte" -> compare(type, actual, expected);
			default -> false;
		};
	}

	private static boolean equal(@Nullable Object actual, JsonNode expected) {
		if (actual instanceof Number number && expected.isNumber()) {
			return number.doubleValue() == expected.asDouble();
		}
		if (actual instanceof Boolean bool && expected.isBoolean()) {
			return bool == expected.asBoolean();
		}
		return actual instanceof String text && expected.isString() && text.equals(expected.asString());
	}

	private static boolean contains(JsonNode expected, @Nullable Object actual) {
		for (JsonNode value : expected) {
			if (equal(actual, value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean compare(String type, @Nullable Object actual, JsonNode expected) {
		if (!(actual instanceof Number number) || !expected.isNumber()) {
			return false;
		}
		int comparison = Double.compare(number.doubleValue(), expected.asDouble());
		return switch (type) {
			case "gt" -> comparison > 0;
			case "gte" -> comparison >= 0;
			case "lt" -> comparison < 0;
			default -> comparison <= 0;
		};
	}

	private Map<String, @Nullable Object> page(Call call, Store store, List<VectorStoreFile> files) {
		String filter = call.query("filter");
		List<VectorStoreFile> matching = files.stream()
			.filter((file) -> filter == null || filter.equals(file.status))
			.toList();
		return Pages.page(call, matching, (file) -> file.fileId, (file) -> file.json(store.id), "desc");
	}

	private @Nullable String firstUnknown(List<String> fileIds) {
		return fileIds.stream().filter((id) -> this.simulation.files().get(id) == null).findFirst().orElse(null);
	}

	private @Nullable Store store(Call call) {
		return this.stores.get(call.variable("vector_store_id"));
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((element) -> strings.add(element.asString()));
		return strings;
	}

	private static Map<String, String> metadata(JsonNode metadata) {
		Map<String, String> map = new LinkedHashMap<>();
		metadata.properties().forEach((entry) -> map.put(entry.getKey(), entry.getValue().asString()));
		return map;
	}

	private static SimulatorResponse missing(Call call) {
		return SimulatorResponse.notFound("vector store", call.variable("vector_store_id"));
	}

	private static SimulatorResponse missingFile(Call call) {
		return SimulatorResponse.notFound("vector store file", call.variable("file_id"));
	}

	private static SimulatorResponse missingBatch(Call call) {
		return SimulatorResponse.notFound("vector store file batch", call.variable("batch_id"));
	}

	private static Map<String, Object> fileCounts(List<VectorStoreFile> files) {
		Map<String, Object> counts = new LinkedHashMap<>();
		for (String status : List.of("in_progress", "completed", "failed", "cancelled")) {
			counts.put(status, files.stream().filter((file) -> status.equals(file.status)).count());
		}
		counts.put("total", (long) files.size());
		return counts;
	}

	private static final class Store {

		private final String id;

		private final long createdAt;

		private final Map<String, VectorStoreFile> files = new ConcurrentHashMap<>();

		private final Map<String, FileBatch> batches = new ConcurrentHashMap<>();

		private volatile String name;

		private volatile Map<String, String> metadata = Map.of();

		private volatile @Nullable JsonNode expiresAfter;

		private volatile long lastActiveAt;

		Store(String id, long createdAt, String name) {
			this.id = id;
			this.createdAt = createdAt;
			this.name = name;
		}

		/** The files, oldest first. */
		List<VectorStoreFile> files() {
			return this.files.values()
				.stream()
				.sorted(Comparator.comparingLong((VectorStoreFile file) -> file.createdAt)
					.thenComparing((file) -> file.sequence))
				.toList();
		}

		Map<String, @Nullable Object> json(long now) {
			List<VectorStoreFile> files = files();
			JsonNode expiry = this.expiresAfter;
			Long expiresAt = (expiry != null) ? this.lastActiveAt + expiry.path("days").asLong() * 86_400 : null;
			String status = (expiresAt != null && now >= expiresAt) ? "expired" : "completed";
			return JsonObjects.object("id", this.id, "object", "vector_store", "created_at", this.createdAt, "name",
					this.name, "usage_bytes", files.stream().mapToLong((file) -> file.usageBytes).sum(), "file_counts",
					fileCounts(files), "status", status, "expires_after", expiry, "expires_at", expiresAt,
					"last_active_at", this.lastActiveAt, "metadata", this.metadata);
		}

	}

	private static final class VectorStoreFile {

		private static final AtomicLong SEQUENCE = new AtomicLong();

		private final String fileId;

		private final String filename;

		private final long createdAt;

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

		Map<String, @Nullable Object> json(String vectorStoreId) {
			return JsonObjects.object("id", this.fileId, "object", "vector_store.file", "usage_bytes", this.usageBytes,
					"created_at", this.createdAt, "vector_store_id", vectorStoreId, "status", this.status, "last_error",
					this.lastError, "chunking_strategy",
					JsonObjects.object("type", "static", "static", JsonObjects.object("max_chunk_size_tokens",
							this.maxTokens, "chunk_overlap_tokens", this.overlapTokens)),
					"attributes", this.attributes);
		}

	}

	private record FileBatch(String id, long createdAt) {

		Map<String, @Nullable Object> json(Store store) {
			List<VectorStoreFile> files = store.files()
				.stream()
				.filter((file) -> this.id.equals(file.batchId))
				.toList();
			return JsonObjects.object("id", this.id, "object", "vector_store.files_batch", "created_at", this.createdAt,
					"vector_store_id", store.id, "status", "completed", "file_counts", fileCounts(files));
		}

	}

}

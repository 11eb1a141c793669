package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec;
import dev.reactiveai.openai.simulator.spec.SchemaSampler;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;

/**
 * The operations no resource group models, answered from the spec: the success answer
 * (the lowest 2xx) of each, as the media type's {@code example} when it has one that is a
 * JSON document, or else the smallest value its schema accepts. A binary answer is a few
 * bytes of its type, an event stream (for a request that asks for one) the example or
 * sampled event (or, where the spec declares no events, the JSON answer as the one
 * event), and an answer the spec gives no body {@code {}}, or the deletion shape for a
 * {@code DELETE}. Registered last, for the operations that have no route yet, so that no
 * call of the client meets a 404.
 * <p>
 * The spec is read once per JVM ({@link OpenApiSpec#bundled()}), when the first simulator
 * starts; each answer is made once per JVM, when first asked for.
 */
final class SpecExampleResponses implements ResourceHandler {

	private static final String JSON = "application/json";

	private static final String EVENT_STREAM = "text/event-stream";

	/** Answers by {@code METHOD /path media-type}, shared by every simulator. */
	private static final Map<String, Object> answers = new ConcurrentHashMap<>();

	private final Set<String> operationIds = new LinkedHashSet<>();

	@Override
	public void register(Routes routes) {
		OpenApiSpec spec = OpenApiSpec.bundled();
		for (OpenApiSpec.Operation operation : spec.operations()) {
			String operationId = operation.operationId();
			if (operationId != null && !routes.has(operationId)) {
				routes.add(operationId, (call) -> answer(operation, call));
				this.operationIds.add(operationId);
			}
		}
	}

	/**
	 * The operations this answers, those no resource group models.
	 * @return their {@code operationId}s, in the spec's order
	 */
	Set<String> operationIds() {
		return this.operationIds;
	}

	private static SimulatorResponse answer(OpenApiSpec.Operation operation, Call call) {
		Map<String, JsonNode> content = operation.successContent();
		if (content.isEmpty()) {
			return noBody(operation, call);
		}
		String type = mediaType(content, call.request());
		if (content.containsKey(EVENT_STREAM) && (content.size() == 1 || wantsStream(call.request()))) {
			return stream(operation, EVENT_STREAM);
		}
		if (type.contains("json") && wantsStream(call.request())) {
			// A stream the spec declares no events for (legacy completions, runs of
			// assistants): the answer as its one event.
			return stream(operation, type);
		}
		if (type.contains("json")) {
			return new SimulatorResponse.Json(operation.successStatus(),
					withPathId(operation, call, json(operation, type)));
		}
		return new SimulatorResponse.Bytes(type, bytes(type));
	}

	/**
	 * The media type to answer with: the one the request accepts, if it names one of the
	 * answer's types; else JSON, unless the JSON answer is a mere string beside a binary
	 * type (as for a video's content, whose JSON variant the client does not read).
	 */
	private static String mediaType(Map<String, JsonNode> content, RecordedRequest request) {
		List<String> types = new ArrayList<>(content.keySet());
		types.remove(EVENT_STREAM);
		if (types.isEmpty()) {
			return EVENT_STREAM;
		}
		String accept = request.headers().getFirst(HttpHeaders.ACCEPT);
		if (accept != null) {
			for (String type : types) {
				if (accept.contains(type)) {
					return type;
				}
			}
		}
		String json = types.stream().filter((type) -> type.contains("json")).findFirst().orElse(null);
		String binary = types.stream().filter((type) -> !type.contains("json")).findFirst().orElse(null);
		if (json != null && (binary == null || !isPlainString(content.get(json)))) {
			return json;
		}
		return (binary != null) ? binary : types.get(0);
	}

	private static boolean isPlainString(JsonNode mediaType) {
		JsonNode schema = OpenApiSpec.bundled().resolve(mediaType.path("schema"));
		return "string".equals(schema.path("type").asString(""));
	}

	private static Object json(OpenApiSpec.Operation operation, String type) {
		return answers.computeIfAbsent(operation.key() + " " + type,
				(key) -> example(operation.successContent().get(type)));
	}

	/**
	 * The media type's example when it is a JSON document, else a sampled value of its
	 * schema.
	 */
	private static Object example(JsonNode mediaType) {
		JsonNode example = mediaType.get("example");
		if (example == null) {
			for (JsonNode named : mediaType.path("examples")) {
				example = named.get("value");
				break;
			}
		}
		if (example != null && example.isContainer()) {
			return example;
		}
		Object sampled = new SchemaSampler(OpenApiSpec.bundled()).sample(mediaType.path("schema"));
		return (sampled != null) ? sampled : Map.of();
	}

	/**
	 * The answer with the id of the resource the path names, where the answer has an
	 * {@code id} and the path ends with a variable ({@code GET /batches/batch_1} answers
	 * a batch whose id is {@code batch_1}), and, for a deletion, {@code deleted: true}.
	 */
	private static Object withPathId(OpenApiSpec.Operation operation, Call call, Object body) {
		String variable = lastVariable(operation.path());
		if (variable == null || !(body instanceof Map<?, ?> map)) {
			return body;
		}
		Map<Object, Object> copy = new LinkedHashMap<>(map);
		if (map.get("id") instanceof String) {
			copy.put("id", call.variable(variable));
		}
		if ("DELETE".equals(operation.method()) && map.get("deleted") instanceof Boolean) {
			copy.put("deleted", true);
		}
		return copy;
	}

	private static SimulatorResponse stream(OpenApiSpec.Operation operation, String type) {
		Object event = json(operation, type);
		String data = OpenAiJson.mapper().writeValueAsString(event);
		JsonNode tree = OpenAiJson.mapper().valueToTree(event);
		String name = tree.path("type").isString() ? tree.path("type").asString() : null;
		Flux<SimulatorResponse.Event> events = Flux.just(new SimulatorResponse.Event(name, data));
		// Streams whose events carry no type end as chat completions do.
		return new SimulatorResponse.Sse(
				(name != null) ? events : events.concatWithValues(new SimulatorResponse.Event(null, "[DONE]")));
	}

	private static SimulatorResponse noBody(OpenApiSpec.Operation operation, Call call) {
		if (operation.path().endsWith("/content")) {
			return new SimulatorResponse.Bytes("application/octet-stream", bytes("application/octet-stream"));
		}
		String variable = lastVariable(operation.path());
		if ("DELETE".equals(operation.method()) && variable != null) {
			return new SimulatorResponse.Json(operation.successStatus(), JsonObjects.object("id",
					call.variable(variable), "object", deletedObject(operation.path()), "deleted", true));
		}
		return new SimulatorResponse.Json(operation.successStatus(), Map.of());
	}

	/**
	 * The {@code object} of a deletion: {@code container.file.deleted} for
	 * {@code /containers/{container_id}/files/{file_id}}.
	 */
	private static String deletedObject(String path) {
		StringBuilder object = new StringBuilder();
		for (String segment : path.split("/")) {
			if (!segment.isEmpty() && !segment.startsWith("{")) {
				String singular = segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
				object.append(singular).append('.');
			}
		}
		return object.append("deleted").toString();
	}

	private static @Nullable String lastVariable(String path) {
		String last = path.substring(path.lastIndexOf('/') + 1);
		return (last.startsWith("{") && last.endsWith("}")) ? last.substring(1, last.length() - 1) : null;
	}

	private static boolean wantsStream(RecordedRequest request) {
		String accept = request.headers().getFirst(HttpHeaders.ACCEPT);
		return OpenAiSimulator.isStreaming(request) || (accept != null && accept.contains(EVENT_STREAM));
	}

	/** A few bytes of a binary type, with its signature where it has a well-known one. */
	private static byte[] bytes(String type) {
		String lower = type.toLowerCase(Locale.ROOT);
		if (lower.equals("application/zip")) {
			// An empty archive: only the end of central directory record.
			byte[] zip = new byte[22];
			zip[0] = 'P';
			zip[1] = 'K';
			zip[2] = 5;
			zip[3] = 6;
			return zip;
		}
		if (lower.equals("video/mp4")) {
			return concat(new byte[] { 0, 0, 0, 16 }, ascii("ftypisom"), new byte[] { 0, 0, 2, 0 });
		}
		if (lower.equals("image/webp")) {
			return concat(ascii("RIFF"), new byte[] { 4, 0, 0, 0 }, ascii("WEBP"));
		}
		if (lower.equals("image/png")) {
			return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
		}
		if (lower.equals("application/sdp")) {
			return ascii("v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=OpenAI simulator\r\nt=0 0\r\n");
		}
		if (lower.startsWith("audio/")) {
			return concat(ascii("ID3"), new byte[] { 4, 0, 0, 0, 0, 0, 0 });
		}
		return ascii("Content of the OpenAI simulator.\n");
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] result = new byte[length];
		int offset = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, result, offset, part.length);
			offset += part.length;
		}
		return result;
	}

}

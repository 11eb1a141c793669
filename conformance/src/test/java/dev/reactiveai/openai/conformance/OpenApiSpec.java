package dev.reactiveai.openai.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the vendored OpenAPI document, read as plain JSON: what the suite
 * needs to call each one (parameters, request body schemas, answer media types).
 */
final class OpenApiSpec {

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private final JsonNode root;

	private final List<Operation> operations;

	private OpenApiSpec(JsonNode root) {
		this.root = root;
		this.operations = readOperations();
	}

	static OpenApiSpec read(Path file) {
		return new OpenApiSpec(JsonMapper.builder().build().readTree(file.toFile()));
	}

	List<Operation> operations() {
		return this.operations;
	}

	/**
	 * The node a {@code $ref} points at, followed until it is not a reference.
	 * @param node a schema, parameter or any other node
	 * @return the node itself when it is no reference
	 */
	JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int hops = 0; hops < 64 && current.has("$ref"); hops++) {
			current = pointer(current.get("$ref").asString());
		}
		return current;
	}

	private JsonNode pointer(String ref) {
		if (!ref.startsWith("#/")) {
			throw new IllegalStateException("Only local references are supported: " + ref);
		}
		JsonNode target = this.root.at(ref.substring(1));
		if (target.isMissingNode()) {
			throw new IllegalStateException("Unresolvable reference: " + ref);
		}
		return target;
	}

	private List<Operation> readOperations() {
		List<Operation> result = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.root.path("paths").properties()) {
			JsonNode pathItem = resolve(path.getValue());
			for (Map.Entry<String, JsonNode> entry : pathItem.properties()) {
				if (!HTTP_METHODS.contains(entry.getKey())) {
					continue;
				}
				JsonNode operation = entry.getValue();
				Map<String, Parameter> parameters = new LinkedHashMap<>();
				for (JsonNode node : pathItem.path("parameters")) {
					Parameter parameter = parameter(node);
					parameters.put(parameter.in() + ":" + parameter.name(), parameter);
				}
				for (JsonNode node : operation.path("parameters")) {
					Parameter parameter = parameter(node);
					parameters.put(parameter.in() + ":" + parameter.name(), parameter);
				}
				Map<String, JsonNode> requestBodies = new LinkedHashMap<>();
				JsonNode requestBody = resolve(operation.path("requestBody"));
				for (Map.Entry<String, JsonNode> content : requestBody.path("content").properties()) {
					requestBodies.put(content.getKey(), content.getValue().path("schema"));
				}
				List<String> answerTypes = new ArrayList<>();
				for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
					if (response.getKey().startsWith("2")) {
						for (Map.Entry<String, JsonNode> content : resolve(response.getValue()).path("content")
							.properties()) {
							answerTypes.add(content.getKey());
						}
					}
				}
				result.add(new Operation(entry.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
						operation.path("operationId").asString(null), List.copyOf(parameters.values()), requestBodies,
						requestBody.path("required").asBoolean(false), answerTypes));
			}
		}
		return List.copyOf(result);
	}

	private Parameter parameter(JsonNode node) {
		JsonNode parameter = resolve(node);
		return new Parameter(parameter.path("name").asString(""), parameter.path("in").asString(""),
				parameter.path("required").asBoolean(false), parameter.path("schema"), parameter.get("example"));
	}

	/**
	 * One operation of the document.
	 *
	 * @param method the HTTP method, upper case
	 * @param path the path template, as in the document
	 * @param operationId the operation id, if any
	 * @param parameters the path, query and header parameters, path item's first
	 * @param requestBodies the request body schema by media type, in the document's order
	 * @param requestBodyRequired whether the body is required
	 * @param answerTypes the media types of the 2xx answers
	 */
	record Operation(String method, String path, @Nullable String operationId, List<Parameter> parameters,
			Map<String, JsonNode> requestBodies, boolean requestBodyRequired, List<String> answerTypes) {

		/** How the report and the allow-list name the operation. */
		String key() {
			return this.method + " " + this.path;
		}

		String displayName() {
			return key() + ((this.operationId != null) ? " (" + this.operationId + ")" : "");
		}

		List<Parameter> parameters(String in) {
			return this.parameters.stream().filter((parameter) -> parameter.in().equals(in)).toList();
		}

		boolean answersJson() {
			return this.answerTypes.stream().anyMatch((type) -> type.contains("json"));
		}

		boolean answersEventStream() {
			return this.answerTypes.contains("text/event-stream");
		}

	}

	/**
	 * One parameter of an operation.
	 *
	 * @param name its name
	 * @param in where it goes: path, query, header or cookie
	 * @param required whether it is required
	 * @param schema its schema
	 * @param example its example, if any
	 */
	record Parameter(String name, String in, boolean required, JsonNode schema, @Nullable JsonNode example) {
	}

}

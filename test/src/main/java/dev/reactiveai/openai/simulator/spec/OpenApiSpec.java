package dev.reactiveai.openai.simulator.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the OpenAPI document of the OpenAI API, read as plain JSON: their
 * parameters, request body schemas and answers. It supports the simulator, which answers
 * the operations it does not model from it, and the conformance suite, which calls every
 * operation; it is no API of the client.
 * <p>
 * {@link #bundled()} reads the copy in this jar once per JVM, on first use; the document
 * is large (2.7 MB), so callers should ask for it outside of a request's path.
 */
public final class OpenApiSpec {

	/** The copy of the document in this jar. */
	public static final String RESOURCE = "/dev/reactiveai/openai/simulator/openai-openapi.json";

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private final JsonNode root;

	private final List<Operation> operations;

	private OpenApiSpec(JsonNode root) {
		this.root = root;
		this.operations = readOperations();
	}

	/**
	 * Reads a document from a file.
	 * @param file the file
	 * @return the document
	 */
	public static OpenApiSpec read(Path file) {
		return new OpenApiSpec(JsonMapper.builder().build().readTree(file.toFile()));
	}

	/**
	 * The document in this jar ({@value #RESOURCE}), read once per JVM.
	 * @return the document
	 */
	public static OpenApiSpec bundled() {
		return Bundled.SPEC;
	}

	/**
	 * The operations, in the document's order.
	 * @return the operations
	 */
	public List<Operation> operations() {
		return this.operations;
	}

	/**
	 * The node a {@code $ref} points at, followed until it is not a reference.
	 * @param node a schema, parameter or any other node
	 * @return the node itself when it is no reference
	 */
	public JsonNode resolve(JsonNode node) {
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
				@Nullable String successStatus = null;
				for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
					if (response.getKey().startsWith("2")) {
						if (successStatus == null || response.getKey().compareTo(successStatus) < 0) {
							successStatus = response.getKey();
						}
						for (Map.Entry<String, JsonNode> content : resolve(response.getValue()).path("content")
							.properties()) {
							answerTypes.add(content.getKey());
						}
					}
				}
				Map<String, JsonNode> success = new LinkedHashMap<>();
				if (successStatus != null) {
					for (Map.Entry<String, JsonNode> content : resolve(operation.path("responses").path(successStatus))
						.path("content")
						.properties()) {
						success.put(content.getKey(), content.getValue());
					}
				}
				result.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
						operation.path("operationId").asString(null), List.copyOf(parameters.values()), requestBodies,
						requestBody.path("required").asBoolean(false), answerTypes,
						(successStatus != null) ? successStatus(successStatus) : 200, success));
			}
		}
		return List.copyOf(result);
	}

	private static int successStatus(String key) {
		try {
			return Integer.parseInt(key);
		}
		catch (NumberFormatException ex) {
			// "2XX"
			return 200;
		}
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
	 * @param successStatus the lowest 2xx status of the answers, 200 when none is given
	 * @param successContent the media type objects (schema, examples) of that answer by
	 * media type, empty when it declares no body
	 */
	public record Operation(String method, String path, @Nullable String operationId, List<Parameter> parameters,
			Map<String, JsonNode> requestBodies, boolean requestBodyRequired, List<String> answerTypes,
			int successStatus, Map<String, JsonNode> successContent) {

		/**
		 * How reports name the operation: {@code METHOD /path}.
		 * @return the key
		 */
		public String key() {
			return this.method + " " + this.path;
		}

		/**
		 * The key and the operation id.
		 * @return the name
		 */
		public String displayName() {
			return key() + ((this.operationId != null) ? " (" + this.operationId + ")" : "");
		}

		/**
		 * The parameters that go in one place.
		 * @param in {@code path}, {@code query}, {@code header} or {@code cookie}
		 * @return the parameters
		 */
		public List<Parameter> parameters(String in) {
			return this.parameters.stream().filter((parameter) -> parameter.in().equals(in)).toList();
		}

		/**
		 * Whether a 2xx answer is JSON.
		 * @return whether one is
		 */
		public boolean answersJson() {
			return this.answerTypes.stream().anyMatch((type) -> type.contains("json"));
		}

		/**
		 * Whether a 2xx answer is an event stream.
		 * @return whether one is
		 */
		public boolean answersEventStream() {
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
	public record Parameter(String name, String in, boolean required, JsonNode schema, @Nullable JsonNode example) {
	}

	/** The bundled document, read when first asked for. */
	private static final class Bundled {

		private static final OpenApiSpec SPEC = read();

		private static OpenApiSpec read() {
			try (InputStream content = OpenApiSpec.class.getResourceAsStream(RESOURCE)) {
				if (content == null) {
					throw new IllegalStateException("No " + RESOURCE + " on the class path");
				}
				return new OpenApiSpec(JsonMapper.builder().build().readTree(content));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

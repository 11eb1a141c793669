package dev.reactiveai.openai.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks answers against the schemas the API description gives them, with a validator
 * independent of the simulator and of the client's models.
 * <p>
 * The description's {@code oneOf}s are read as {@code anyOf}s: their variants overlap (an
 * object with only optional properties matches several), and the API tells them apart by
 * a discriminator that JSON Schema does not know.
 */
final class AnswerSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final JsonNode components;

	private final Map<JsonNode, Schema> compiled = new ConcurrentHashMap<>();

	private AnswerSchemas(JsonNode components) {
		this.components = components;
	}

	/**
	 * The schemas of the description bundled with the simulator.
	 * @return the schemas
	 */
	static AnswerSchemas bundled() {
		try (InputStream in = Objects.requireNonNull(OpenApiSpec.class.getResourceAsStream(OpenApiSpec.RESOURCE))) {
			JsonNode spec = JsonMapper.shared().readTree(in);
			JsonNode components = spec.get("components").deepCopy();
			anyOfForOneOf(components);
			return new AnswerSchemas(components);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The errors of an answer against its schema.
	 * @param schema the schema of the answer, as the description gives it (references
	 * into its components allowed)
	 * @param answer the answer
	 * @return the errors, empty for a valid answer
	 */
	List<Error> errors(JsonNode schema, JsonNode answer) {
		return this.compiled.computeIfAbsent(schema, this::compile).validate(answer);
	}

	/** The schema as the root of a document that holds the components it refers to. */
	private Schema compile(JsonNode schema) {
		ObjectNode root = (ObjectNode) schema.deepCopy();
		anyOfForOneOf(root);
		root.set("components", this.components);
		return REGISTRY.getSchema(root);
	}

	private static void anyOfForOneOf(JsonNode node) {
		if (node instanceof ObjectNode object && object.has("oneOf")) {
			object.set("anyOf", object.remove("oneOf"));
		}
		node.values().forEach(AnswerSchemas::anyOfForOneOf);
	}

}

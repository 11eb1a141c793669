package dev.reactiveai.openai.simulator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks JSON against a JSON schema (draft 2020-12, the dialect of structured outputs),
 * with a validator independent of the simulator's own sampler.
 */
final class SchemaAssertions {

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	/** Compiled schemas by their JSON, as compiling takes longer than validating. */
	private static final Map<JsonNode, Schema> COMPILED = new ConcurrentHashMap<>();

	private SchemaAssertions() {
	}

	/**
	 * Asserts that a value is valid against a schema.
	 * @param schema the schema
	 * @param value the value
	 */
	static void assertValid(JsonNode schema, JsonNode value) {
		assertThat(errors(schema, value)).as("%s against %s", value, schema).isEmpty();
	}

	/**
	 * The errors of a value against a schema, to prove that the validator finds them.
	 * @param schema the schema
	 * @param value the value
	 * @return the errors, empty for a valid value
	 */
	static List<Error> errors(JsonNode schema, JsonNode value) {
		return COMPILED.computeIfAbsent(schema, REGISTRY::getSchema).validate(value);
	}

}

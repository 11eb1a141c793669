package dev.reactiveai.openai.simulator;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.spec.SchemaSampler;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The plausible values of {@link SchemaSampler}, which the simulator answers structured
 * outputs and tool calls with, checked by an independent validator.
 */
class PlausibleSchemaValuesTests {

	@Test
	void everySeedGivesAValueValidAgainstTheSchema() {
		JsonNode schema = json(StructuredOutputSimulationTests.RECIPE_SCHEMA);
		for (long seed = 0; seed < 100; seed++) {
			SchemaAssertions.assertValid(schema, plausible(schema, seed));
		}
	}

	@Test
	void theSameSeedGivesTheSameValueAndAnotherSeedAnother() {
		JsonNode schema = json(StructuredOutputSimulationTests.RECIPE_SCHEMA);
		assertThat(plausible(schema, 7)).isEqualTo(plausible(schema, 7)).isNotEqualTo(plausible(schema, 8));
	}

	@Test
	void aRecursiveSchemaEndsAndStaysValid() {
		JsonNode schema = json("""
				{"type": "object", "properties": {"name": {"type": "string"},
				  "children": {"type": "array", "items": {"$ref": "#"}},
				  "parent": {"anyOf": [{"$ref": "#"}, {"type": "null"}]}},
				 "required": ["name", "children", "parent"], "additionalProperties": false}
				""");
		for (long seed = 0; seed < 20; seed++) {
			JsonNode tree = plausible(schema, seed);
			SchemaAssertions.assertValid(schema, tree);
			assertThat(tree.toString().length()).isLessThan(200_000);
		}
	}

	@Test
	void boundsUniqueItemsAndMultiplesAreRespected() {
		JsonNode schema = json("""
				{"type": "object", "properties": {
				  "codes": {"type": "array", "items": {"type": "integer", "minimum": 3, "maximum": 6},
				    "minItems": 2, "maxItems": 3, "uniqueItems": true},
				  "price": {"type": "number", "exclusiveMinimum": 0, "maximum": 20, "multipleOf": 0.5},
				  "code": {"type": "string", "pattern": "^[A-Z]{2}-[0-9]{4}$"},
				  "nickname": {"type": "string", "minLength": 3, "maxLength": 8}},
				 "required": ["codes", "price", "code", "nickname"], "additionalProperties": false}
				""");
		for (long seed = 0; seed < 100; seed++) {
			SchemaAssertions.assertValid(schema, plausible(schema, seed));
		}
	}

	@Test
	void formattedStringsHaveTheirFormat() {
		JsonNode schema = json("""
				{"type": "object", "properties": {"when": {"type": "string", "format": "date-time"},
				  "id": {"type": "string", "format": "uuid"}, "contact": {"type": "string", "format": "email"}},
				 "required": ["when", "id", "contact"]}
				""");
		JsonNode value = plausible(schema, 3);
		assertThat(OffsetDateTime.parse(value.path("when").asString())).isNotNull();
		assertThat(UUID.fromString(value.path("id").asString()).version()).isEqualTo(4);
		assertThat(value.path("contact").asString()).matches("[^@]+@[^@]+\\.[a-z]+");
	}

	@Test
	void freeTextFillsTheStringsASchemaLeavesFree() {
		JsonNode schema = json(ToolCallSimulationTests.WEATHER_PARAMETERS);
		@SuppressWarnings("unchecked")
		Map<String, Object> arguments = (Map<String, Object>) SchemaSampler.of(schema)
			.plausible(schema, 1, "Weather in Oslo");
		assertThat(arguments).containsEntry("city", "Weather in Oslo");
		assertThat(arguments.get("unit")).isIn("celsius", "fahrenheit");
	}

	@Test
	void theSmallestValueKeepsToTheRequiredProperties() {
		JsonNode schema = json("""
				{"type": "object", "properties": {"title": {"type": "string"}, "tags": {"type": "array",
				  "items": {"type": "string"}}}, "required": ["title"]}
				""");
		assertThat(SchemaSampler.of(schema).sample(schema)).isEqualTo(Map.of("title", "x"));
	}

	@Test
	void aReferenceOutsideTheSchemaIsRefusedNamingIt() {
		JsonNode schema = json("{\"$ref\": \"https://example.com/schema.json\"}");
		assertThatIllegalArgumentException().isThrownBy(() -> SchemaSampler.of(schema).plausible(schema, 1, null))
			.withMessageContaining("https://example.com/schema.json");
	}

	private static JsonNode plausible(JsonNode schema, long seed) {
		return OpenAiJson.mapper().valueToTree(SchemaSampler.of(schema).plausible(schema, seed, null));
	}

	private static JsonNode json(String text) {
		return OpenAiJson.mapper().readTree(text);
	}

}

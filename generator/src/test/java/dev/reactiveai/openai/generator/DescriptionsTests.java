package dev.reactiveai.openai.generator;

import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Descriptions are found wherever the API description puts them, deprecations are seen,
 * and schemas without a description say what they are for.
 */
class DescriptionsTests {

	private static final JsonNode SPEC = JsonMapper.builder()
		.build()
		.readTree(
				"""
						{
						  "paths": {
						    "/batches": {
						      "post": {
						        "summary": "Creates and executes a batch.",
						        "requestBody": {"content": {"application/json": {"schema": {
						          "type": "object", "properties": {"input_file_id": {"type": "string"}}}}}},
						        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}}}}
						      },
						      "get": {
						        "summary": "List your batches.",
						        "parameters": [{"name": "after", "in": "query", "description": "A cursor.", "schema": {"type": "string"}}],
						        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}}}}
						      }
						    }
						  },
						  "components": {"schemas": {
						    "Batch": {"type": "object", "properties": {"id": {"type": "string"}}},
						    "Temperature": {"description": "What sampling temperature to use.", "type": "number"},
						    "Alias": {"$ref": "#/components/schemas/Temperature"},
						    "Loop": {"$ref": "#/components/schemas/Loop"}
						  }}
						}
						""");

	private final Descriptions descriptions = new Descriptions(new Schemas(SPEC), SPEC);

	private JsonNode json(String json) {
		return JsonMapper.builder().build().readTree(json);
	}

	@Test
	void ownDescriptionComesFirst() {
		assertThat(this.descriptions
			.markdown(json("{\"description\": \"Own.\", \"$ref\": \"#/components/schemas/Temperature\"}")))
			.isEqualTo("Own.");
	}

	@Test
	void descriptionInsideNullableAnyOf() {
		assertThat(this.descriptions.markdown(json("""
				{"anyOf": [{"type": "number", "description": "Inner, full text.\\n\\nSecond paragraph.\\n"},
				           {"type": "null"}]}"""))).isEqualTo("Inner, full text.\n\nSecond paragraph.");
	}

	@Test
	void descriptionInsideNestedNullableWrappers() {
		assertThat(this.descriptions.markdown(json("""
				{"anyOf": [{"oneOf": [{"allOf": [{"$ref": "#/components/schemas/Alias"}], "nullable": true},
				                      {"type": "null"}]},
				           {"type": "null"}]}"""))).isEqualTo("What sampling temperature to use.");
	}

	@Test
	void descriptionOfAReferencedComponent() {
		assertThat(this.descriptions.markdown(json("{\"$ref\": \"#/components/schemas/Alias\"}")))
			.isEqualTo("What sampling temperature to use.");
	}

	@Test
	void realUnionsHaveNoBorrowedDescription() {
		assertThat(this.descriptions.markdown(
				json("""
						{"anyOf": [{"type": "string", "description": "A string."}, {"type": "number", "description": "A number."}]}
						""")))
			.isEmpty();
	}

	@Test
	void titleWhenThereIsNoDescription() {
		assertThat(this.descriptions.markdown(json("{\"title\": \"The response object\", \"type\": \"object\"}")))
			.isEqualTo("The response object");
	}

	@Test
	void referenceCyclesEnd() {
		assertThat(this.descriptions.markdown(json("{\"$ref\": \"#/components/schemas/Loop\"}"))).isEmpty();
	}

	@Test
	void deprecatedByFlagOnTheWrappedSchema() {
		JsonNode schema = json("""
				{"anyOf": [{"type": "string", "deprecated": true,
				            "description": "**Deprecated:** use `summary` instead.\\n\\nA summary."},
				           {"type": "null"}]}""");
		assertThat(this.descriptions.deprecated(schema)).isTrue();
		Descriptions.PropertyDoc doc = this.descriptions.property(schema);
		assertThat(doc.deprecation()).isEqualTo("Use {@code summary} instead.");
		assertThat(doc.summary()).isEqualTo("<strong>Deprecated:</strong> use {@code summary} instead.");
		assertThat(doc.javadoc()).endsWith("<p>\nA summary.");
	}

	@Test
	void deprecatedByText() {
		assertThat(this.descriptions.deprecated(json("{\"description\": \"Deprecated in favor of `tools`.\"}")))
			.isTrue();
		assertThat(this.descriptions.deprecation(json("{\"description\": \"Deprecated in favor of `tools`.\"}")))
			.isEqualTo("Deprecated in favor of {@code tools}.");
		assertThat(this.descriptions.deprecated(json("{\"description\": \"[DEPRECATED] The search query.\"}")))
			.isTrue();
		assertThat(this.descriptions.deprecated(json("""
				{"description": "Stopped by `function_call` (deprecated) if the model called a function."}""")))
			.isFalse();
	}

	@Test
	void deprecationWithoutAReasonSaysSo() {
		JsonNode schema = json("{\"deprecated\": true, \"description\": \"This fingerprint represents the backend.\"}");
		assertThat(this.descriptions.property(schema).deprecation())
			.isEqualTo("The API description marks it deprecated and names no replacement.");
	}

	@Test
	void aReferencedDeprecatedComponentDoesNotDeprecateTheProperty() {
		JsonNode spec = json("""
				{"components": {"schemas": {"Old": {"type": "object", "deprecated": true, "description": "Old."}}}}""");
		Descriptions descriptions = new Descriptions(new Schemas(spec), spec);
		assertThat(descriptions.deprecated(json("{\"$ref\": \"#/components/schemas/Old\"}"))).isFalse();
		assertThat(descriptions.deprecated(json("{\"$ref\": \"#/components/schemas/Old\", \"deprecated\": true}")))
			.isTrue();
	}

	@Test
	void schemasWithoutDescriptionNameTheirOperations() {
		JsonNode body = SPEC.at("/paths/~1batches/post/requestBody/content/application~1json/schema");
		assertThat(this.descriptions.operations(body, null))
			.isEqualTo("The request body of {@code POST /batches}: Creates and executes a batch.");
		assertThat(this.descriptions.operations(json("""
				{"type": "object", "properties": {"after": {"type": "string", "description": "A cursor."}},
				 "required": []}"""), null))
			.isEqualTo("The query parameters of {@code GET /batches}: List your batches.");
		assertThat(this.descriptions.operations(json("{}"), "Batch"))
			.isEqualTo("The response of {@code POST /batches} and {@code GET /batches}.");
		assertThat(this.descriptions.operations(json("{\"type\": \"object\"}"), null)).isNull();
	}

	@Test
	void conventionalPropertiesOfListsAndDeletions() {
		assertThat(Descriptions.conventional("has_more", Set.of("object", "data", "has_more", "first_id")))
			.isEqualTo("Whether the list has more items after this page.");
		assertThat(Descriptions.conventional("deleted", Set.of("id", "object", "deleted")))
			.isEqualTo("Whether the object was deleted.");
		assertThat(Descriptions.conventional("id", Set.of("id", "name"))).isNull();
	}

	@Test
	void enumerations() {
		assertThat(Descriptions.enumeration(java.util.List.of("a"), 3, "and")).isEqualTo("a");
		assertThat(Descriptions.enumeration(java.util.List.of("a", "b", "c"), 3, "or")).isEqualTo("a, b or c");
		assertThat(Descriptions.enumeration(java.util.List.of("a", "b", "c", "d", "e"), 3, "and"))
			.isEqualTo("a, b and 3 more");
	}

}

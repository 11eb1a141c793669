package dev.reactiveai.openai.simulator;

import java.util.List;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredOutputSimulationTests {

	/**
	 * A strict schema with every shape the simulator fills: $defs, enums, unions, arrays.
	 */
	static final String RECIPE_SCHEMA = """
			{
			  "type": "object",
			  "properties": {
			    "title": {"type": "string"},
			    "servings": {"type": "integer", "minimum": 1, "maximum": 12},
			    "difficulty": {"type": "string", "enum": ["easy", "medium", "hard"]},
			    "vegetarian": {"type": "boolean"},
			    "tags": {"type": "array", "items": {"type": "string"}},
			    "ingredients": {"type": "array", "items": {"$ref": "#/$defs/ingredient"}},
			    "author": {"$ref": "#/$defs/person"},
			    "notes": {"anyOf": [{"type": "string"}, {"type": "null"}]},
			    "rating": {"type": ["number", "null"], "minimum": 0, "maximum": 5},
			    "nutrition": {
			      "type": "object",
			      "properties": {"calories": {"type": "integer"}, "source": {"type": "string"}},
			      "required": ["calories", "source"],
			      "additionalProperties": false
			    }
			  },
			  "required": ["title", "servings", "difficulty", "vegetarian", "tags", "ingredients", "author", "notes",
			    "rating", "nutrition"],
			  "additionalProperties": false,
			  "$defs": {
			    "ingredient": {
			      "type": "object",
			      "properties": {"name": {"type": "string"}, "quantity": {"type": "number"},
			        "unit": {"type": ["string", "null"]}},
			      "required": ["name", "quantity", "unit"],
			      "additionalProperties": false
			    },
			    "person": {
			      "type": "object",
			      "properties": {"first_name": {"type": "string"}, "last_name": {"type": "string"}},
			      "required": ["first_name", "last_name"],
			      "additionalProperties": false
			    }
			  }
			}
			""";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void aChatCompletionWithAJsonSchemaAnswersJsonValidAgainstIt() {
		JsonNode schema = json(RECIPE_SCHEMA);
		JsonNode completion = SimulatorHttp
			.post(simulator.simulator(), "/chat/completions", chat("A pasta dish", schema))
			.json();
		JsonNode recipe = json(completion.path("choices").path(0).path("message").path("content").asString());
		SchemaAssertions.assertValid(schema, recipe);
		assertThat(recipe.propertyNames()).containsExactlyInAnyOrder("title", "servings", "difficulty", "vegetarian",
				"tags", "ingredients", "author", "notes", "rating", "nutrition");
		assertThat(recipe.path("tags").size()).isBetween(1, 3);
		assertThat(recipe.path("ingredients").size()).isBetween(1, 3);
		assertThat(recipe.path("ingredients").path(0).path("unit").isString()).isTrue();
		assertThat(recipe.path("notes").isString()).isTrue();
		assertThat(recipe.path("rating").isNumber()).isTrue();
		assertThat(recipe.path("difficulty").asString()).isIn("easy", "medium", "hard");
		assertThat(recipe.path("title").asString()).as("a short title, not a placeholder").contains(" ");
		assertThat(recipe.path("author").path("first_name").asString()).isNotEqualTo("x").isNotBlank();
		assertThat(completion.path("choices").path(0).path("finish_reason").asString()).isEqualTo("stop");
	}

	@Test
	void theSamePromptGetsTheSameJsonAndAnotherPromptOtherJson() {
		JsonNode schema = json(RECIPE_SCHEMA);
		String first = content(chat("A pasta dish", schema));
		String again = content(chat("A pasta dish", schema));
		String other = content(chat("A winter soup", schema));
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		SchemaAssertions.assertValid(schema, json(other));
	}

	@Test
	void aStreamedChatCompletionSendsTheJsonInSeveralDeltas() {
		JsonNode schema = json(RECIPE_SCHEMA);
		ObjectNode request = chat("A pasta dish", schema);
		String whole = content(request);
		request.put("stream", true);
		List<JsonNode> chunks = SimulatorHttp.stream(simulator.simulator(), "/chat/completions", request);
		StringBuilder joined = new StringBuilder();
		int deltas = 0;
		for (JsonNode chunk : chunks) {
			JsonNode content = chunk.path("choices").path(0).path("delta").path("content");
			if (content.isString() && !content.asString().isEmpty()) {
				joined.append(content.asString());
				deltas++;
			}
		}
		assertThat(deltas).isGreaterThan(5);
		assertThat(joined.toString()).isEqualTo(whole);
		SchemaAssertions.assertValid(schema, json(joined.toString()));
	}

	@Test
	void aChatCompletionAskingForAJsonObjectAnswersAnObject() {
		ObjectNode request = chat("Say hello", null);
		request.putObject("response_format").put("type", "json_object");
		JsonNode answer = json(content(request));
		assertThat(answer.isObject()).isTrue();
		assertThat(answer.path("answer").asString()).contains("Say hello");
	}

	@Test
	void aResponseWithAJsonSchemaTextFormatAnswersJsonValidAgainstIt() {
		JsonNode schema = json(RECIPE_SCHEMA);
		JsonNode response = SimulatorHttp.post(simulator.simulator(), "/responses", response("A pasta dish", schema))
			.json();
		JsonNode message = response.path("output").path(0);
		assertThat(message.path("type").asString()).isEqualTo("message");
		String text = message.path("content").path(0).path("text").asString();
		SchemaAssertions.assertValid(schema, json(text));
		assertThat(text).as("the same JSON as a chat completion of the same prompt")
			.isEqualTo(content(chat("A pasta dish", schema)));
	}

	@Test
	void aStreamedResponseSendsTheJsonInSeveralDeltas() {
		JsonNode schema = json(RECIPE_SCHEMA);
		ObjectNode request = response("A pasta dish", schema);
		request.put("stream", true);
		List<JsonNode> events = SimulatorHttp.stream(simulator.simulator(), "/responses", request);
		StringBuilder joined = new StringBuilder();
		String done = null;
		for (JsonNode event : events) {
			if (event.path("type").asString().equals("response.output_text.delta")) {
				joined.append(event.path("delta").asString());
			}
			if (event.path("type").asString().equals("response.output_text.done")) {
				done = event.path("text").asString();
			}
		}
		assertThat(events.stream().filter((event) -> event.path("type").asString().endsWith("text.delta")).count())
			.isGreaterThan(5);
		assertThat(joined.toString()).isEqualTo(done);
		SchemaAssertions.assertValid(schema, json(joined.toString()));
	}

	@Test
	void aSchemaWhoseReferencePointsAtNothingIsRefusedNamingWhereItIs() {
		JsonNode schema = json("""
				{"type": "object", "properties": {"step": {"$ref": "#/$defs/missing"}}, "required": ["step"]}
				""");
		SimulatorHttp.Answer answer = SimulatorHttp.post(simulator.simulator(), "/chat/completions",
				chat("Steps", schema));
		assertThat(answer.status()).isEqualTo(400);
		JsonNode error = answer.json().path("error");
		assertThat(error.path("param").asString()).isEqualTo("response_format.json_schema.schema");
		assertThat(error.path("message").asString()).contains("#/$defs/missing");
	}

	@Test
	void theValidatorRejectsJsonThatBreaksTheSchema() {
		// The other tests rely on the validator: it must tell a broken recipe apart.
		JsonNode broken = json("{\"title\": 3, \"servings\": 40}");
		assertThat(SchemaAssertions.errors(json(RECIPE_SCHEMA), broken)).isNotEmpty();
	}

	private static String content(ObjectNode request) {
		return SimulatorHttp.post(simulator.simulator(), "/chat/completions", request)
			.json()
			.path("choices")
			.path(0)
			.path("message")
			.path("content")
			.asString();
	}

	static ObjectNode chat(String prompt, JsonNode schema) {
		ObjectNode request = OpenAiJson.mapper().createObjectNode();
		request.put("model", "gpt-4o-mini");
		request.putArray("messages").addObject().put("role", "user").put("content", prompt);
		if (schema != null) {
			ObjectNode format = request.putObject("response_format");
			format.put("type", "json_schema");
			format.putObject("json_schema").put("name", "recipe").put("strict", true).set("schema", schema);
		}
		return request;
	}

	private static ObjectNode response(String prompt, JsonNode schema) {
		ObjectNode request = OpenAiJson.mapper().createObjectNode();
		request.put("model", "gpt-4.1-mini");
		request.put("input", prompt);
		request.putObject("text")
			.putObject("format")
			.put("type", "json_schema")
			.put("name", "recipe")
			.put("strict", true)
			.set("schema", schema);
		return request;
	}

	static JsonNode json(String text) {
		return OpenAiJson.mapper().readTree(text);
	}

}

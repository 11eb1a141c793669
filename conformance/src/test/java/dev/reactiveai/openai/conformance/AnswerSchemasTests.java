package dev.reactiveai.openai.conformance;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema check that the simulator's answers go through finds what breaks a schema,
 * through the description's references, and accepts what does not.
 */
class AnswerSchemasTests {

	private static final AnswerSchemas SCHEMAS = AnswerSchemas.bundled();

	private static final JsonNode FILE = json("{\"$ref\": \"#/components/schemas/OpenAIFile\"}");

	@Test
	void acceptsAFileInTheApisShape() {
		assertThat(SCHEMAS.errors(FILE, json("{\"id\": \"file-1\", \"object\": \"file\", \"bytes\": 3,"
				+ " \"created_at\": 1, \"filename\": \"a.txt\", \"purpose\": \"assistants\", \"status\": \"processed\"}")))
			.isEmpty();
	}

	@Test
	void findsAMissingPropertyAndAWrongType() {
		assertThat(SCHEMAS.errors(FILE,
				json("{\"object\": \"file\", \"bytes\": \"three\", \"created_at\": 1,"
						+ " \"filename\": \"a.txt\", \"purpose\": \"assistants\", \"status\": \"processed\"}")))
			.extracting(Object::toString)
			.anySatisfy((error) -> assertThat(error).contains("id"))
			.anySatisfy((error) -> assertThat(error).contains("/bytes"));
	}

	@Test
	void readsTheVariantsOfAOneOfAsAlternatives() {
		// A oneOf whose variants overlap: the answer matches more than one of them.
		JsonNode item = json("{\"$ref\": \"#/components/schemas/ChatCompletionRequestMessage\"}");
		assertThat(SCHEMAS.errors(item, json("{\"role\": \"user\", \"content\": \"Hi\"}"))).isEmpty();
	}

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

}

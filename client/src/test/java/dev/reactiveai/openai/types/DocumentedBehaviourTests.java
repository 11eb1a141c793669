package dev.reactiveai.openai.types;

import dev.reactiveai.openai.json.OpenAiJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the generated Javadoc promises holds: {@link Response#outputText()} is computed
 * from the output, since the API never sends it, and a deprecated property keeps its JSON
 * name although its accessor is declared to carry {@code @Deprecated}.
 */
class DocumentedBehaviourTests {

	private final JsonMapper mapper = OpenAiJson.mapper();

	private static final String RESPONSE = """
			{"id": "resp_1", "object": "response", "created_at": 1741476777, "status": "completed",
			 "error": null, "incomplete_details": null, "instructions": null, "model": "gpt-4o",
			 "tools": [], "parallel_tool_calls": true, "metadata": {}, "tool_choice": "auto",
			 "temperature": 1, "top_p": 1, "output": %s}""";

	private Response response(String output) {
		return this.mapper.readValue(RESPONSE.formatted(output), Response.class);
	}

	@Test
	void outputTextIsTheTextOfTheOutputMessagesConcatenated() {
		Response response = response("""
				[{"type": "reasoning", "id": "rs_1", "summary": []},
				 {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant", "content": [
				   {"type": "output_text", "text": "Hello, ", "annotations": []},
				   {"type": "refusal", "refusal": "no"}]},
				 {"type": "message", "id": "msg_2", "status": "completed", "role": "assistant", "content": [
				   {"type": "output_text", "text": "world.", "annotations": []}]}]""");
		assertThat(response.outputText()).isEqualTo("Hello, world.");
	}

	@Test
	void outputTextIsNullWhenTheOutputHasNoText() {
		assertThat(response("[]").outputText()).isNull();
		assertThat(response("""
				[{"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"}]""").outputText()).isNull();
	}

	@Test
	void outputTextThatTheJsonHasIsKept() {
		Response response = this.mapper.readValue(
				RESPONSE.formatted("[]").replace("\"output\"", "\"output_text\": \"as sent\", \"output\""),
				Response.class);
		assertThat(response.outputText()).isEqualTo("as sent");
	}

	@Test
	@SuppressWarnings("deprecation")
	void aDeprecatedPropertyKeepsItsJsonName() {
		CreateChatCompletionRequest request = this.mapper.readValue(
				"{\"model\": \"gpt-4o\", \"messages\": [], \"max_tokens\": 7}", CreateChatCompletionRequest.class);
		assertThat(request.maxTokens()).isEqualTo(7L);
		JsonNode written = this.mapper.readTree(this.mapper.writeValueAsString(request));
		assertThat(written.get("max_tokens").asLong()).isEqualTo(7L);
		assertThat(written.has("maxTokens")).isFalse();
		assertThat(request.toBuilder().maxTokens(8L).build().maxTokens()).isEqualTo(8L);
	}

}

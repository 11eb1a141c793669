package dev.reactiveai.openai.helpers;

import java.util.Arrays;
import java.util.List;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import mockwebserver3.MockResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers shaped as the API sends them, for the helpers' tests.
 */
final class Fixtures {

	static final JsonMapper MAPPER = OpenAiJson.mapper();

	private Fixtures() {
	}

	/** A chat completion whose only choice has the given message JSON. */
	static String chatJson(String messageJson, String finishReason) {
		return """
				{"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o-mini",
				 "choices": [{"index": 0, "message": %s, "finish_reason": "%s", "logprobs": null}],
				 "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}
				""".formatted(messageJson, finishReason);
	}

	static ChatCompletion chat(String messageJson, String finishReason) {
		return MAPPER.readValue(chatJson(messageJson, finishReason), ChatCompletion.class);
	}

	/** A chat completion whose answer is the given content. */
	static ChatCompletion chatContent(String content, String finishReason) {
		return chat("{\"role\": \"assistant\", \"content\": " + MAPPER.writeValueAsString(content)
				+ ", \"refusal\": null, \"annotations\": []}", finishReason);
	}

	/** A response with the given output items and status. */
	static String responseJson(String outputJson, String status, String incompleteDetails) {
		return """
				{"id": "resp_1", "object": "response", "created_at": 1700000000, "status": "%s", "model": "gpt-4.1",
				 "output": %s, "tools": [], "tool_choice": "auto", "parallel_tool_calls": true, "metadata": {},
				 "error": null, "incomplete_details": %s, "text": {"format": {"type": "text"}}}
				""".formatted(status, outputJson, incompleteDetails);
	}

	static Response response(String outputJson) {
		return MAPPER.readValue(responseJson(outputJson, "completed", "null"), Response.class);
	}

	/** A message output item with one output_text part. */
	static String outputTextMessage(String text) {
		return "{\"type\": \"message\", \"id\": \"msg_1\", \"status\": \"completed\", \"role\": \"assistant\", "
				+ "\"content\": [{\"type\": \"output_text\", \"text\": " + MAPPER.writeValueAsString(text)
				+ ", \"annotations\": [], \"logprobs\": []}]}";
	}

	/** Chunks, one JSON object a line. */
	static List<ChatCompletionChunk> chunks(String lines) {
		return lines.lines()
			.filter((line) -> !line.isBlank())
			.map((line) -> MAPPER.readValue(line, ChatCompletionChunk.class))
			.toList();
	}

	/** Responses events, one JSON object a line. */
	static List<ResponseStreamEvent> events(String lines) {
		return lines.lines()
			.filter((line) -> !line.isBlank())
			.map((line) -> MAPPER.readValue(line, ResponseStreamEvent.class))
			.toList();
	}

	/** An answer of JSON. */
	static MockResponse json(String body) {
		return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
	}

	/** A server-sent event stream of the given data lines, ended with [DONE]. */
	static MockResponse sse(String... data) {
		StringBuilder body = new StringBuilder();
		Arrays.stream(data).forEach((each) -> body.append("data: ").append(each).append("\n\n"));
		body.append("data: [DONE]\n\n");
		return new MockResponse.Builder().setHeader("Content-Type", "text/event-stream").body(body.toString()).build();
	}

}

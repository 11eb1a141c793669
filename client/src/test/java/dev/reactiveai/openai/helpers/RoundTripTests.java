package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCall;
import dev.reactiveai.openai.types.ChatCompletionRequestAssistantMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.FunctionCallOutputItemParam;
import dev.reactiveai.openai.types.FunctionShellCallItemParam;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.InputItem;
import dev.reactiveai.openai.types.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer passed back as the next request's input: a chat message with tool calls as an
 * assistant message, a response's output items as input items.
 */
class RoundTripTests {

	private static final String TOOL_CALL = """
			{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}""";

	@Test
	void aChatAnswerWithToolCallsIsTheNextRequestsAssistantMessage() {
		ChatCompletion completion = Fixtures
			.chat("""
					{"role": "assistant", "content": "Let me look.", "refusal": null,
					 "annotations": [{"type": "url_citation", "url_citation": {"start_index": 0, "end_index": 3, "url": "https://example.com", "title": "x"}}],
					 "tool_calls": [%s,
					                {"id": "call_2", "type": "custom", "custom": {"name": "sql", "input": "select 1"}},
					                {"id": "call_3", "type": "future_tool", "future": {"x": 1}}]}
					"""
				.formatted(TOOL_CALL), "tool_calls");
		ChatCompletionRequestAssistantMessage assistant = ChatMessages.assistant(completion);
		JsonNode json = Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(assistant));
		assertThat(json).isEqualTo(Fixtures.MAPPER.readTree("""
				{"role": "assistant", "content": "Let me look.",
				 "tool_calls": [%s,
				                {"id": "call_2", "type": "custom", "custom": {"name": "sql", "input": "select 1"}},
				                {"id": "call_3", "type": "future_tool", "future": {"x": 1}}]}
				""".formatted(TOOL_CALL)));
		// The tool calls are the answer's own records.
		assertThat(assistant.toolCalls().get(0)).isSameAs(completion.choices().get(0).message().toolCalls().get(0));
	}

	@Test
	void aToolResultFollowsTheCall() {
		ChatCompletionMessageToolCall call = Fixtures.MAPPER.readValue(TOOL_CALL, ChatCompletionMessageToolCall.class);
		List<ChatCompletionRequestMessage> messages = new ArrayList<>();
		messages.add(ChatCompletionRequestUserMessage.builder().content("Weather in Paris?").build());
		messages.add(ChatMessages.assistant(Fixtures
			.chat("{\"role\": \"assistant\", \"content\": null, \"tool_calls\": [" + TOOL_CALL + "]}", "tool_calls")));
		messages.add(ChatMessages.toolResult(call, "{\"celsius\": 21}"));
		CreateChatCompletionRequest next = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(messages)
			.build();
		JsonNode sent = Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(next)).get("messages");
		assertThat(sent.get(1).has("content")).isFalse();
		assertThat(sent.get(1).get("tool_calls").get(0).get("id").asString()).isEqualTo("call_1");
		assertThat(sent.get(2)).isEqualTo(Fixtures.MAPPER
			.readTree("{\"role\": \"tool\", \"tool_call_id\": \"call_1\", \"content\": \"{\\\"celsius\\\": 21}\"}"));
	}

	@Test
	void outputItemsThatAreInputItemsPassAsTheyAre() {
		Response response = Fixtures.response("[" + Fixtures.outputTextMessage("Hi") + ","
				+ "{\"type\": \"reasoning\", \"id\": \"rs_1\", \"summary\": []},"
				+ "{\"type\": \"function_call\", \"id\": \"fc_1\", \"call_id\": \"call_1\", \"name\": \"f\", \"arguments\": \"{}\", \"status\": \"completed\"}]");
		List<InputItem> inputs = ResponseItems.inputs(response);
		assertThat(inputs).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(inputs.get(i)).isSameAs(response.output().get(i));
		}
	}

	@Test
	void outputOnlyItemsAreReadAsTheInputItemsTheyAre() {
		String output = """
				[{"type": "function_call_output", "id": "fco_1", "call_id": "call_1", "output": "21C", "status": "completed"},
				 {"type": "shell_call", "id": "sh_1", "call_id": "call_s", "action": {"commands": ["ls"], "timeout_ms": 1000, "max_output_length": 100}, "status": "completed"},
				 {"type": "a_future_item", "id": "fi_1", "payload": {"a": [1, 2]}}]""";
		Response response = Fixtures.response(output);
		List<InputItem> inputs = ResponseItems.inputs(response);
		assertThat(inputs.get(0)).isInstanceOf(FunctionCallOutputItemParam.class);
		assertThat(inputs.get(1)).isInstanceOf(FunctionShellCallItemParam.class);
		assertThat(inputs.get(2)).isInstanceOf(InputItem.Unknown.class);
		// Sent back, the items are the JSON they came as.
		CreateResponse next = CreateResponse.builder().model("gpt-4.1").input(inputs).build();
		JsonNode sent = Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(next)).get("input");
		assertThat(sent).isEqualTo(Fixtures.MAPPER.readTree(output));
	}

	@Test
	void aFunctionCallOutputAnswersTheCall() {
		FunctionToolCall call = Fixtures.MAPPER.readValue("{\"type\": \"function_call\", \"id\": \"fc_1\", "
				+ "\"call_id\": \"call_9\", \"name\": \"f\", \"arguments\": \"{}\"}", FunctionToolCall.class);
		JsonNode json = Fixtures.MAPPER.valueToTree(ResponseItems.functionCallOutput(call, "done"));
		assertThat(json).isEqualTo(Fixtures.MAPPER
			.readTree("{\"type\": \"function_call_output\", \"call_id\": \"call_9\", \"output\": \"done\"}"));
	}

}

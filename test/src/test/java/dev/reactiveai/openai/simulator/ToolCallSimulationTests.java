package dev.reactiveai.openai.simulator;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ToolCallSimulationTests {

	static final String BOOKING_PARAMETERS = """
			{
			  "type": "object",
			  "properties": {
			    "city": {"type": "string"},
			    "nights": {"type": "integer", "minimum": 1, "maximum": 14},
			    "room": {"type": "string", "enum": ["single", "double", "suite"]},
			    "guests": {"type": "array", "minItems": 1,
			      "items": {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
			        "required": ["name", "age"], "additionalProperties": false}},
			    "breakfast": {"type": "boolean"},
			    "check_in": {"type": "string", "format": "date"}
			  },
			  "required": ["city", "nights", "room", "guests", "breakfast", "check_in"],
			  "additionalProperties": false
			}
			""";

	static final String WEATHER_PARAMETERS = """
			{"type": "object", "properties": {"city": {"type": "string"},
			  "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
			 "required": ["city", "unit"], "additionalProperties": false}
			""";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void aChatToolCallCarriesArgumentsValidAgainstTheToolsParameters() {
		ObjectNode request = chat("Book me a hotel in Porto");
		chatTool(request, "book_hotel", BOOKING_PARAMETERS);
		JsonNode message = SimulatorHttp.post(simulator.simulator(), "/chat/completions", request)
			.json()
			.path("choices")
			.path(0)
			.path("message");
		JsonNode call = message.path("tool_calls").path(0);
		assertThat(call.path("function").path("name").asString()).isEqualTo("book_hotel");
		JsonNode arguments = json(call.path("function").path("arguments").asString());
		SchemaAssertions.assertValid(json(BOOKING_PARAMETERS), arguments);
		assertThat(arguments.path("city").asString()).as("free text carries the prompt")
			.isEqualTo("Book me a hotel in Porto");
		assertThat(arguments.path("check_in").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void aStreamedChatToolCallSendsArgumentsThatJoinToValidJson() {
		ObjectNode request = chat("Book me a hotel in Porto");
		chatTool(request, "book_hotel", BOOKING_PARAMETERS);
		request.put("stream", true);
		StringBuilder arguments = new StringBuilder();
		int deltas = 0;
		for (JsonNode chunk : SimulatorHttp.stream(simulator.simulator(), "/chat/completions", request)) {
			JsonNode delta = chunk.path("choices").path(0).path("delta").path("tool_calls").path(0);
			if (!delta.path("function").path("arguments").asString("").isEmpty()) {
				arguments.append(delta.path("function").path("arguments").asString());
				deltas++;
			}
		}
		assertThat(deltas).isGreaterThan(3);
		SchemaAssertions.assertValid(json(BOOKING_PARAMETERS), json(arguments.toString()));
	}

	@Test
	void theFunctionThePromptMentionsIsCalledAmongSeveral() {
		ObjectNode request = chat("What is the weather like in Oslo?");
		chatTool(request, "book_hotel", BOOKING_PARAMETERS);
		chatTool(request, "get_weather", WEATHER_PARAMETERS);
		assertThat(calledFunction(request)).isEqualTo("get_weather");
		ObjectNode unrelated = chat("Hello there");
		chatTool(unrelated, "book_hotel", BOOKING_PARAMETERS);
		chatTool(unrelated, "get_weather", WEATHER_PARAMETERS);
		assertThat(calledFunction(unrelated)).as("none mentioned: the first").isEqualTo("book_hotel");
	}

	@Test
	void aPromptThatMentionsSeveralFunctionsCallsThemAllInOneAnswerUnlessParallelCallsAreOff() {
		ObjectNode request = chat("Book me a hotel in Oslo and tell me the weather there");
		chatTool(request, "book_hotel", BOOKING_PARAMETERS);
		chatTool(request, "get_weather", WEATHER_PARAMETERS);
		JsonNode message = SimulatorHttp.post(simulator.simulator(), "/chat/completions", request)
			.json()
			.path("choices")
			.path(0)
			.path("message");
		JsonNode calls = message.path("tool_calls");
		assertThat(calls).hasSize(2);
		assertThat(calls.path(0).path("function").path("name").asString()).isEqualTo("book_hotel");
		assertThat(calls.path(1).path("function").path("name").asString()).isEqualTo("get_weather");
		assertThat(calls.path(0).path("id").asString()).isNotEqualTo(calls.path(1).path("id").asString());
		SchemaAssertions.assertValid(json(WEATHER_PARAMETERS),
				json(calls.path(1).path("function").path("arguments").asString()));

		request.put("stream", true);
		StringBuilder[] arguments = { new StringBuilder(), new StringBuilder() };
		for (JsonNode chunk : SimulatorHttp.stream(simulator.simulator(), "/chat/completions", request)) {
			for (JsonNode delta : chunk.path("choices").path(0).path("delta").path("tool_calls")) {
				arguments[delta.path("index").asInt()].append(delta.path("function").path("arguments").asString(""));
			}
		}
		SchemaAssertions.assertValid(json(BOOKING_PARAMETERS), json(arguments[0].toString()));
		SchemaAssertions.assertValid(json(WEATHER_PARAMETERS), json(arguments[1].toString()));

		request.remove("stream");
		request.put("parallel_tool_calls", false);
		assertThat(SimulatorHttp.post(simulator.simulator(), "/chat/completions", request)
			.json()
			.path("choices")
			.path(0)
			.path("message")
			.path("tool_calls")).hasSize(1);
	}

	@Test
	void toolOutputsThatEndTheInputAreAllQuoted() {
		ObjectNode request = response("Weather and hotel?");
		ArrayNode input = request.putArray("input");
		input.addObject().put("role", "user").put("content", "Weather and hotel in Oslo?");
		input.addObject().put("type", "function_call_output").put("call_id", "call_1").put("output", "snow");
		input.addObject().put("type", "function_call_output").put("call_id", "call_2").put("output", "booked");
		JsonNode output = SimulatorHttp.post(simulator.simulator(), "/responses", request).json().path("output");
		assertThat(output.path(0).path("content").path(0).path("text").asString())
			.startsWith("The tools answered: snow; booked.");
	}

	@Test
	void toolChoiceNamesTheFunctionToCallOrForbidsTools() {
		ObjectNode named = chat("What is the weather like in Oslo?");
		chatTool(named, "book_hotel", BOOKING_PARAMETERS);
		chatTool(named, "get_weather", WEATHER_PARAMETERS);
		named.putObject("tool_choice").put("type", "function").putObject("function").put("name", "book_hotel");
		assertThat(calledFunction(named)).isEqualTo("book_hotel");
		ObjectNode none = chat("What is the weather like in Oslo?");
		chatTool(none, "get_weather", WEATHER_PARAMETERS);
		none.put("tool_choice", "none");
		JsonNode message = SimulatorHttp.post(simulator.simulator(), "/chat/completions", none)
			.json()
			.path("choices")
			.path(0)
			.path("message");
		assertThat(message.path("tool_calls").isMissingNode()).isTrue();
		assertThat(message.path("content").asString()).startsWith("You said: \"What is the weather like in Oslo?\"");
	}

	@Test
	void aToolChoiceNamingAFunctionNotOfferedIsRefused() {
		ObjectNode request = chat("Weather?");
		chatTool(request, "get_weather", WEATHER_PARAMETERS);
		request.putObject("tool_choice").put("type", "function").putObject("function").put("name", "get_time");
		SimulatorHttp.Answer answer = SimulatorHttp.post(simulator.simulator(), "/chat/completions", request);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().path("error").path("param").asString()).isEqualTo("tool_choice");
		assertThat(answer.json().path("error").path("message").asString()).contains("get_time");
	}

	@Test
	void aChatToolResultIsAnsweredWithTextThatQuotesIt() {
		ObjectNode request = chat("What is the weather like in Oslo?");
		chatTool(request, "get_weather", WEATHER_PARAMETERS);
		ArrayNode messages = (ArrayNode) request.path("messages");
		ObjectNode assistant = messages.addObject().put("role", "assistant");
		ObjectNode call = assistant.putArray("tool_calls").addObject().put("id", "call_1").put("type", "function");
		call.putObject("function").put("name", "get_weather").put("arguments", "{\"city\": \"Oslo\"}");
		messages.addObject().put("role", "tool").put("tool_call_id", "call_1").put("content", "3 degrees, snow");
		JsonNode choice = SimulatorHttp.post(simulator.simulator(), "/chat/completions", request)
			.json()
			.path("choices")
			.path(0);
		assertThat(choice.path("finish_reason").asString()).isEqualTo("stop");
		assertThat(choice.path("message").path("content").asString()).startsWith("The tool answered: 3 degrees, snow.");
	}

	@Test
	void aResponseFunctionCallCarriesArgumentsValidAgainstTheToolsParameters() {
		ObjectNode request = response("Book me a hotel in Porto");
		request.putArray("tools")
			.addObject()
			.put("type", "function")
			.put("name", "book_hotel")
			.put("strict", true)
			.set("parameters", json(BOOKING_PARAMETERS));
		request.put("tool_choice", "required");
		JsonNode call = SimulatorHttp.post(simulator.simulator(), "/responses", request).json().path("output").path(0);
		assertThat(call.path("type").asString()).isEqualTo("function_call");
		assertThat(call.path("name").asString()).isEqualTo("book_hotel");
		SchemaAssertions.assertValid(json(BOOKING_PARAMETERS), json(call.path("arguments").asString()));
	}

	@Test
	void aResponseToAFunctionCallOutputQuotesIt() {
		ObjectNode request = response("unused");
		ArrayNode input = request.putArray("input");
		input.addObject().put("role", "user").put("content", "What is the weather like in Oslo?");
		input.addObject()
			.put("type", "function_call")
			.put("call_id", "call_1")
			.put("name", "get_weather")
			.put("arguments", "{}");
		input.addObject().put("type", "function_call_output").put("call_id", "call_1").put("output", "3 degrees, snow");
		request.putArray("tools")
			.addObject()
			.put("type", "function")
			.put("name", "get_weather")
			.set("parameters", json(WEATHER_PARAMETERS));
		JsonNode output = SimulatorHttp.post(simulator.simulator(), "/responses", request).json().path("output");
		assertThat(output.path(0).path("type").asString()).isEqualTo("message");
		assertThat(output.path(0).path("content").path(0).path("text").asString())
			.startsWith("The tool answered: 3 degrees, snow.")
			.contains("What is the weather like in Oslo?");
	}

	private static String calledFunction(ObjectNode request) {
		return SimulatorHttp.post(simulator.simulator(), "/chat/completions", request)
			.json()
			.path("choices")
			.path(0)
			.path("message")
			.path("tool_calls")
			.path(0)
			.path("function")
			.path("name")
			.asString();
	}

	static ObjectNode chat(String prompt) {
		ObjectNode request = OpenAiJson.mapper().createObjectNode();
		request.put("model", "gpt-4o-mini");
		request.putArray("messages").addObject().put("role", "user").put("content", prompt);
		return request;
	}

	static void chatTool(ObjectNode request, String name, String parameters) {
		ArrayNode tools = request.has("tools") ? (ArrayNode) request.get("tools") : request.putArray("tools");
		tools.addObject()
			.put("type", "function")
			.putObject("function")
			.put("name", name)
			.put("strict", true)
			.set("parameters", json(parameters));
	}

	static ObjectNode response(String prompt) {
		ObjectNode request = OpenAiJson.mapper().createObjectNode();
		request.put("model", "gpt-4.1-mini");
		request.put("input", prompt);
		return request;
	}

	private static JsonNode json(String text) {
		return OpenAiJson.mapper().readTree(text);
	}

}

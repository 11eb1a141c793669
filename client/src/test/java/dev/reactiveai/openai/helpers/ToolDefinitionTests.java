package dev.reactiveai.openai.helpers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.reactiveai.openai.core.MockApi;
import dev.reactiveai.openai.core.TestClients;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCall;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Function tools from records: the definitions the model sees, and the arguments of its
 * calls read back into the record.
 */
class ToolDefinitionTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	enum Unit {

		CELSIUS, FAHRENHEIT

	}

	@JsonClassDescription("The current weather in a city")
	record GetWeather(@JsonPropertyDescription("The city, such as Paris") String city, Optional<Unit> unit) {
	}

	@JsonTypeName("lookup-order")
	record OrderLookup(String orderId) {
	}

	record HTTPRequest(String url) {
	}

	private static final ToolDefinition<GetWeather> WEATHER = ToolDefinition.of(GetWeather.class);

	@Test
	void theNameIsTheClassInSnakeCaseOrItsJsonTypeName() {
		assertThat(WEATHER.name()).isEqualTo("get_weather");
		assertThat(ToolDefinition.of(HTTPRequest.class).name()).isEqualTo("http_request");
		assertThat(ToolDefinition.of(OrderLookup.class).name()).isEqualTo("lookup-order");
		assertThat(WEATHER.withName("weather").name()).isEqualTo("weather");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> WEATHER.withName("get weather"))
			.withMessageContaining("not 'get weather'");
	}

	@Test
	void theChatToolIsStrictWithTheDescriptionOutOfTheSchema() {
		JsonNode tool = Fixtures.MAPPER.valueToTree(WEATHER.chatTool());
		assertThat(tool).isEqualTo(Fixtures.MAPPER.readTree(
				"""
						{"type": "function",
						 "function": {"name": "get_weather", "description": "The current weather in a city", "strict": true,
						              "parameters": {"type": "object",
						                             "properties": {"city": {"type": "string", "description": "The city, such as Paris"},
						                                            "unit": {"anyOf": [{"type": "null"},
						                                                               {"type": "string", "enum": ["CELSIUS", "FAHRENHEIT"]}]}},
						                             "required": ["city", "unit"], "additionalProperties": false}}}
						"""));
		StrictSchemaAssert.assertStrict(WEATHER.parameters());
	}

	@Test
	void theResponsesToolIsTheSameFunction() {
		JsonNode tool = Fixtures.MAPPER.valueToTree(WEATHER.functionTool());
		assertThat(tool.get("type").asString()).isEqualTo("function");
		assertThat(tool.get("name").asString()).isEqualTo("get_weather");
		assertThat(tool.get("description").asString()).isEqualTo("The current weather in a city");
		assertThat(tool.get("strict").asBoolean()).isTrue();
		assertThat(tool.get("parameters")).isEqualTo(Fixtures.MAPPER.valueToTree(WEATHER.parameters()));
	}

	@Test
	void argumentsOfAChatToolCallAreReadIntoTheRecord() {
		ChatCompletionMessageToolCall call = Fixtures.MAPPER.readValue(
				"""
						{"id": "call_1", "type": "function",
						 "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\", \\"unit\\": \\"CELSIUS\\"}"}}
						""",
				ChatCompletionMessageToolCall.class);
		assertThat(WEATHER.arguments(call)).isEqualTo(new GetWeather("Paris", Optional.of(Unit.CELSIUS)));
	}

	@Test
	void argumentsOfAResponsesFunctionCallAreReadIntoTheRecord() {
		FunctionToolCall call = Fixtures.MAPPER.readValue("""
				{"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather",
				 "arguments": "{\\"city\\": \\"Oslo\\", \\"unit\\": null}", "status": "completed"}
				""", FunctionToolCall.class);
		assertThat(WEATHER.arguments(call)).isEqualTo(new GetWeather("Oslo", Optional.empty()));
	}

	@Test
	void badArgumentsFailNamingTheToolAndQuotingThem() {
		assertThatExceptionOfType(ToolArgumentsException.class).isThrownBy(() -> WEATHER.arguments("{\"city\": "))
			.withMessageStartingWith(
					"The arguments of tool 'get_weather' are not JSON of " + GetWeather.class.getName())
			.withMessageEndingWith("They read: {\"city\": ")
			.satisfies((ex) -> assertThat(ex.toolName()).isEqualTo("get_weather"));
		assertThatExceptionOfType(ToolArgumentsException.class)
			.isThrownBy(() -> WEATHER.arguments("{\"city\": \"Paris\", \"unit\": \"KELVIN\"}"))
			.withMessageContaining("KELVIN");
	}

	@Test
	void aCallForAnotherToolIsRefused() {
		ChatCompletionMessageToolCall call = ChatCompletionMessageToolCall.builder()
			.id("call_1")
			.function(ChatCompletionMessageToolCall.Function.builder().name("send_email").arguments("{}").build())
			.build();
		assertThat(WEATHER.handles("send_email")).isFalse();
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> WEATHER.arguments(call))
			.withMessage("The call is for tool 'send_email', not for 'get_weather': dispatch calls by name "
					+ "(ToolDefinition.handles)");
	}

	@Test
	void toolsAreFoundByNameAndNamesMustDiffer() {
		ToolDefinition<OrderLookup> orders = ToolDefinition.of(OrderLookup.class);
		Map<String, ToolDefinition<?>> tools = ToolDefinition.byName(WEATHER, orders);
		assertThat(tools).containsOnlyKeys("get_weather", "lookup-order");
		assertThat(tools.get("lookup-order")).isSameAs(orders);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(
					() -> ToolDefinition.byName(WEATHER, ToolDefinition.of(HTTPRequest.class).withName("get_weather")))
			.withMessageContaining("Two tools are named 'get_weather'");
	}

	@Test
	void aToolCallOfAChatAnswerIsReadInARoundTrip() throws InterruptedException {
		this.api.enqueue(Fixtures.json(Fixtures.chatJson(
				"""
						{"role": "assistant", "content": null,
						 "tool_calls": [{"id": "call_7", "type": "function",
						                 "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Rome\\",\\"unit\\":null}"}}]}
						""",
				"tool_calls")));
		CreateChatCompletionRequest request = TestClients.chatRequest("Weather in Rome?")
			.toBuilder()
			.tools(List.of(WEATHER.chatTool()))
			.build();
		StepVerifier.create(this.api.client().chat().completions().create(request))
			.assertNext((ChatCompletion completion) -> {
				var call = (ChatCompletionMessageToolCall) completion.choices().get(0).message().toolCalls().get(0);
				assertThat(WEATHER.handles(call.function().name())).isTrue();
				assertThat(WEATHER.arguments(call).city()).isEqualTo("Rome");
			})
			.expectComplete()
			.verify(TIMEOUT);
		JsonNode sent = Fixtures.MAPPER.readTree(this.api.takeRequest().getBody().utf8());
		assertThat(sent.get("tools").get(0).get("function").get("strict").asBoolean()).isTrue();
		assertThat(sent.get("tools").get(0).get("function").get("parameters").get("additionalProperties").asBoolean())
			.isFalse();
	}

	@Test
	void aResponseFunctionCallIsFoundAmongTheOutput() {
		Response response = Fixtures.response("""
				[{"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather",
				  "arguments": "{\\"city\\": \\"Lima\\", \\"unit\\": \\"FAHRENHEIT\\"}", "status": "completed"}]
				""");
		FunctionToolCall call = (FunctionToolCall) response.output().get(0);
		assertThat(WEATHER.arguments(call).unit()).contains(Unit.FAHRENHEIT);
	}

}

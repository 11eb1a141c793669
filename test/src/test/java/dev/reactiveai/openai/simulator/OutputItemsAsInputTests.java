package dev.reactiveai.openai.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.ApplyPatchToolCallItemParam;
import dev.reactiveai.openai.types.ApplyPatchToolCallOutputItemParam;
import dev.reactiveai.openai.types.CompactionSummaryItemParam;
import dev.reactiveai.openai.types.ComputerCallOutputItemParam;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.CustomToolCallOutput;
import dev.reactiveai.openai.types.FunctionCallOutputItemParam;
import dev.reactiveai.openai.types.FunctionShellCallItemParam;
import dev.reactiveai.openai.types.FunctionShellCallOutputItemParam;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.InputItem;
import dev.reactiveai.openai.types.MCPApprovalResponse;
import dev.reactiveai.openai.types.OutputItem;
import dev.reactiveai.openai.types.OutputMessage;
import dev.reactiveai.openai.types.ReasoningItem;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ToolSearchCallItemParam;
import dev.reactiveai.openai.types.ToolSearchOutputItemParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A response's output items pass into the next request as they are, with
 * {@code asInput()} or the builder's {@code addInputs(response.output())}: what is
 * written is what the API's input item schema takes, with the ids, call ids and outputs
 * kept.
 */
class OutputItemsAsInputTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final JsonMapper MAPPER = OpenAiJson.mapper();

	/** The description's component schemas, as JSON Schema definitions. */
	private static final JsonNode DEFINITIONS = definitions();

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@AfterEach
	void reset() {
		simulator.simulator().reset();
	}

	static Stream<Arguments> outputItems() {
		return Stream.of(
				Arguments.of("""
						{"type": "function_call_output", "id": "fco_1", "call_id": "call_1", "output": "3 degrees",
						 "status": "completed", "created_by": "user_1"}""", FunctionCallOutputItemParam.class,
						"FunctionCallOutputItemParam"),
				Arguments.of(
						"""
								{"type": "computer_call_output", "id": "cuo_1", "call_id": "call_2",
								 "output": {"type": "computer_screenshot", "image_url": "https://example.com/s.png"},
								 "acknowledged_safety_checks": [{"id": "sc_1", "code": "malicious_instructions", "message": "m"}],
								 "status": "completed", "created_by": "user_1"}""",
						ComputerCallOutputItemParam.class, "ComputerCallOutputItemParam"),
				Arguments.of("""
						{"type": "tool_search_call", "id": "tsc_1", "call_id": "call_3", "execution": "server",
						 "arguments": {}, "status": "completed", "created_by": "model"}""",
						ToolSearchCallItemParam.class, "ToolSearchCallItemParam"),
				Arguments.of("""
						{"type": "tool_search_output", "id": "tso_1", "call_id": "call_3", "execution": "server",
						 "tools": [{"type": "function", "name": "get_weather", "strict": true,
						   "parameters": {"type": "object", "properties": {}}}],
						 "status": "completed", "created_by": "model"}""", ToolSearchOutputItemParam.class,
						"ToolSearchOutputItemParam"),
				Arguments.of("""
						{"type": "compaction", "id": "cmp_1", "encrypted_content": "gAAAA", "created_by": "model"}""",
						CompactionSummaryItemParam.class, "CompactionSummaryItemParam"),
				Arguments.of("""
						{"type": "shell_call", "id": "sh_1", "call_id": "call_4",
						 "action": {"commands": ["ls -l"], "timeout_ms": 1000, "max_output_length": 4096},
						 "status": "completed", "environment": {"type": "local"}, "created_by": "model"}""",
						FunctionShellCallItemParam.class, "FunctionShellCallItemParam"),
				Arguments.of("""
						{"type": "shell_call_output", "id": "sho_1", "call_id": "call_4", "status": "completed",
						 "output": [{"stdout": "total 0", "stderr": "", "outcome": {"type": "exit", "exit_code": 0},
						   "created_by": "user_1"}],
						 "max_output_length": 4096, "created_by": "user_1"}""", FunctionShellCallOutputItemParam.class,
						"FunctionShellCallOutputItemParam"),
				Arguments.of("""
						{"type": "apply_patch_call", "id": "apc_1", "call_id": "call_5", "status": "completed",
						 "operation": {"type": "update_file", "path": "README.md", "diff": "@@ -1 +1 @@"},
						 "created_by": "model"}""", ApplyPatchToolCallItemParam.class, "ApplyPatchToolCallItemParam"),
				Arguments.of("""
						{"type": "apply_patch_call_output", "id": "apo_1", "call_id": "call_5", "status": "completed",
						 "output": "patched", "created_by": "user_1"}""", ApplyPatchToolCallOutputItemParam.class,
						"ApplyPatchToolCallOutputItemParam"),
				Arguments.of("""
						{"type": "mcp_approval_response", "id": "mcpr_1", "approval_request_id": "mcpa_1",
						 "approve": true, "reason": "trusted"}""", MCPApprovalResponse.class, "MCPApprovalResponse"),
				Arguments.of("""
						{"type": "custom_tool_call_output", "id": "ctco_1", "call_id": "call_6", "output": "done",
						 "status": "completed", "created_by": "user_1"}""", CustomToolCallOutput.class,
						"CustomToolCallOutput"),
				Arguments.of("""
						{"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
						 "content": [{"type": "output_text", "text": "Hi", "annotations": [], "logprobs": []}]}""",
						OutputMessage.class, "OutputMessage"),
				Arguments.of("""
						{"type": "function_call", "id": "fc_1", "call_id": "call_7", "name": "get_weather",
						 "arguments": "{}", "status": "completed"}""", FunctionToolCall.class, "FunctionToolCall"),
				Arguments.of("""
						{"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "Thinking"}],
						 "encrypted_content": "gAAAB"}""", ReasoningItem.class, "ReasoningItem"));
	}

	@ParameterizedTest
	@MethodSource("outputItems")
	void anOutputItemPassesAsTheInputItemOfItsType(String json, Class<?> inputType, String inputSchema) {
		OutputItem output = MAPPER.readValue(json, OutputItem.class);
		assertThat(output).isNotInstanceOf(OutputItem.Unknown.class);
		InputItem input = output.asInput();
		assertThat(input).isInstanceOf(inputType);
		// Read back from text, as numbers written from a long are read as the JSON's
		// numbers.
		JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(input));
		ObjectNode expected = (ObjectNode) MAPPER.readTree(json);
		// What only an answer has is left out, at the top and in a list's items.
		expected.remove("created_by");
		expected.path("output").forEach((chunk) -> {
			if (chunk instanceof ObjectNode object) {
				object.remove("created_by");
			}
		});
		if (inputType == CustomToolCallOutput.class) {
			expected.remove("status");
		}
		assertThat(written).isEqualTo(expected);
		assertThat(written.has("created_by")).isFalse();
		assertValid(inputSchema, written);
		assertThat(MAPPER.readValue(MAPPER.writeValueAsString(input), InputItem.class)).isEqualTo(input);
	}

	@Test
	void theValidatorRejectsAnInputItemWithoutWhatItsSchemaRequires() {
		JsonNode withoutCallId = MAPPER.readTree("{\"type\": \"function_call_output\", \"output\": \"3 degrees\"}");
		assertThat(SchemaAssertions.errors(schema("FunctionCallOutputItemParam"), withoutCallId)).isNotEmpty();
	}

	@Test
	void anItemOfATypeThisVersionDoesNotKnowPassesAsItCame() {
		String json = "{\"type\":\"hologram_call\",\"id\":\"hc_1\",\"beam\":3}";
		InputItem input = MAPPER.readValue(json, OutputItem.class).asInput();
		assertThat(input).isInstanceOf(InputItem.Unknown.class);
		assertThat(MAPPER.writeValueAsString(input)).isEqualTo(json);
	}

	@Test
	void anOutputItemThatIsAnInputItemPassesAsItIs() {
		OutputItem call = MAPPER.readValue("""
				{"type": "function_call", "id": "fc_1", "call_id": "call_7", "name": "get_weather",
				 "arguments": "{}", "status": "completed"}""", OutputItem.class);
		assertThat(call.asInput()).isSameAs(call);
	}

	@Test
	void theWholeOutputOfAResponsePassesIntoTheNextRequest() {
		String answer = """
				{"id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "gpt-4.1-mini",
				 "output": [
				   {"type": "reasoning", "id": "rs_1", "summary": []},
				   {"type": "shell_call", "id": "sh_1", "call_id": "call_4", "status": "completed",
				    "action": {"commands": ["ls"], "timeout_ms": 1000, "max_output_length": 4096}, "created_by": "model"},
				   {"type": "shell_call_output", "id": "sho_1", "call_id": "call_4", "status": "completed",
				    "output": [{"stdout": "a.txt", "stderr": "", "outcome": {"type": "exit", "exit_code": 0},
				      "created_by": "model"}], "max_output_length": 4096, "created_by": "model"},
				   {"type": "function_call", "id": "fc_1", "call_id": "call_7", "name": "get_weather",
				    "arguments": "{\\"city\\":\\"Oslo\\"}", "status": "completed"},
				   {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
				    "content": [{"type": "output_text", "text": "Checking.", "annotations": [], "logprobs": []}]}
				 ]}""";
		simulator.simulator().script().stub("POST", "/responses", 200, answer);
		Response first = simulator.client()
			.responses()
			.create(CreateResponse.builder().model("gpt-4.1-mini").input("List the files").build())
			.block(TIMEOUT);
		assertThat(first).isNotNull();
		assertThat(first.output()).hasSize(5);
		simulator.simulator().reset();
		CreateResponse next = CreateResponse.builder()
			.model("gpt-4.1-mini")
			.addUserMessage("List the files")
			.addInputs(first.output())
			.addInput(FunctionCallOutputItemParam.builder().callId("call_7").output("3 degrees, snow").build())
			.build();
		Response second = simulator.client().responses().create(next).block(TIMEOUT);
		assertThat(second).isNotNull();
		assertThat(second.outputText()).startsWith("The tool answered: 3 degrees, snow.");
		JsonNode sent = simulator.simulator().requests().forOperation("createResponse").get(0).json();
		JsonNode input = sent.path("input");
		assertThat(input.valueStream().map((item) -> item.path("type").asString())).containsExactly("message",
				"reasoning", "shell_call", "shell_call_output", "function_call", "message", "function_call_output");
		assertThat(input.path(2).path("call_id").asString()).isEqualTo("call_4");
		assertThat(input.path(3).path("output").path(0).path("stdout").asString()).isEqualTo("a.txt");
		assertThat(input.path(3).toString()).doesNotContain("created_by");
		assertThat(input.path(4).path("id").asString()).isEqualTo("fc_1");
		// Each item against its own schema: the description's InputItem is a oneOf whose
		// branches overlap (an easy input message is an input message too), which only
		// its discriminator tells apart.
		List<String> schemas = List.of("EasyInputMessage", "ReasoningItem", "FunctionShellCallItemParam",
				"FunctionShellCallOutputItemParam", "FunctionToolCall", "OutputMessage", "FunctionCallOutputItemParam");
		for (int i = 0; i < schemas.size(); i++) {
			assertValid(schemas.get(i), input.path(i));
		}
	}

	/**
	 * Asserts that JSON is valid against a component's schema, naming only the errors.
	 * The description requires an MCP approval response's {@code request_id}, which it
	 * does not declare (the property is {@code approval_request_id}): that one error is
	 * the description's.
	 */
	private static void assertValid(String component, JsonNode json) {
		List<String> errors = SchemaAssertions.errors(schema(component), json)
			.stream()
			.map(Object::toString)
			.filter((error) -> !(component.equals("MCPApprovalResponse") && error.contains("request_id")
					&& !error.contains("approval_request_id")))
			.toList();
		assertThat(errors).as("%s against %s", json, component).isEmpty();
	}

	/** A schema that is the description's component of that name. */
	private static JsonNode schema(String component) {
		ObjectNode schema = MAPPER.createObjectNode();
		schema.set("$defs", DEFINITIONS);
		schema.put("$ref", "#/$defs/" + component);
		return schema;
	}

	/**
	 * Drops the OpenAPI 3.0 form of exclusive bounds ({@code "exclusiveMinimum": true})
	 * that a few schemas of the description keep, which JSON Schema 2020-12 spells as a
	 * number.
	 */
	private static void withoutBooleanBounds(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
				if (object.path(bound).isBoolean()) {
					object.remove(bound);
				}
			}
		}
		node.forEach(OutputItemsAsInputTests::withoutBooleanBounds);
	}

	private static JsonNode definitions() {
		try (InputStream spec = OpenApiSpec.class.getResourceAsStream(OpenApiSpec.RESOURCE)) {
			assertThat(spec).as(OpenApiSpec.RESOURCE).isNotNull();
			String schemas = MAPPER.readTree(spec).path("components").path("schemas").toString();
			JsonNode definitions = MAPPER.readTree(schemas.replace("#/components/schemas/", "#/$defs/"));
			withoutBooleanBounds(definitions);
			return definitions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

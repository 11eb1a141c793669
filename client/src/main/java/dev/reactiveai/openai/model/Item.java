// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Content item used to generate a response.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = Item.Deserializer.class)
public sealed interface Item extends InputItem permits InputMessage, OutputMessage, FileSearchToolCall,
		ComputerToolCall, ComputerCallOutputItemParam, WebSearchToolCall, FunctionToolCall, FunctionCallOutputItemParam,
		ToolSearchCallItemParam, ToolSearchOutputItemParam, ReasoningItem, CompactionSummaryItemParam, ImageGenToolCall,
		CodeInterpreterToolCall, LocalShellToolCall, LocalShellToolCallOutput, FunctionShellCallItemParam,
		FunctionShellCallOutputItemParam, ApplyPatchToolCallItemParam, ApplyPatchToolCallOutputItemParam, MCPListTools,
		MCPApprovalRequest, MCPApprovalResponse, MCPToolCall, CustomToolCallOutput, CustomToolCall, Item.Unknown {

	/**
	 * A {@link Item} that this version of the client does not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements Item {
	}

	/**
	 * Reads a {@link Item} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<Item> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<Item>variants(Unknown::new)
				.discriminator("type")
				.when("message", InputMessage.class)
				.when("file_search_call", FileSearchToolCall.class)
				.when("computer_call", ComputerToolCall.class)
				.when("computer_call_output", ComputerCallOutputItemParam.class)
				.when("web_search_call", WebSearchToolCall.class)
				.when("function_call", FunctionToolCall.class)
				.when("function_call_output", FunctionCallOutputItemParam.class)
				.when("tool_search_call", ToolSearchCallItemParam.class)
				.when("tool_search_output", ToolSearchOutputItemParam.class)
				.when("reasoning", ReasoningItem.class)
				.when("compaction", CompactionSummaryItemParam.class)
				.when("image_generation_call", ImageGenToolCall.class)
				.when("code_interpreter_call", CodeInterpreterToolCall.class)
				.when("local_shell_call", LocalShellToolCall.class)
				.when("local_shell_call_output", LocalShellToolCallOutput.class)
				.when("shell_call", FunctionShellCallItemParam.class)
				.when("shell_call_output", FunctionShellCallOutputItemParam.class)
				.when("apply_patch_call", ApplyPatchToolCallItemParam.class)
				.when("apply_patch_call_output", ApplyPatchToolCallOutputItemParam.class)
				.when("mcp_list_tools", MCPListTools.class)
				.when("mcp_approval_request", MCPApprovalRequest.class)
				.when("mcp_approval_response", MCPApprovalResponse.class)
				.when("mcp_call", MCPToolCall.class)
				.when("custom_tool_call_output", CustomToolCallOutput.class)
				.when("custom_tool_call", CustomToolCall.class));
		}

	}

}

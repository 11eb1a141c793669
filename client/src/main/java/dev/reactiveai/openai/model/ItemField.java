// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An item representing a message, tool call, tool output, reasoning, or other response
 * element.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 * <p>
 * The API description deprecates these variants: {@link LocalShellToolCall},
 * {@link LocalShellToolCallOutput}.
 */
@JsonDeserialize(using = ItemField.Deserializer.class)
public sealed interface ItemField
		permits Message, FunctionToolCall, ToolSearchCall, ToolSearchOutput, FunctionToolCallOutput, FileSearchToolCall,
		WebSearchToolCall, ImageGenToolCall, ComputerToolCall, ComputerToolCallOutputResource, ReasoningItem,
		CompactionBody, CodeInterpreterToolCall, LocalShellToolCall, LocalShellToolCallOutput, FunctionShellCall,
		FunctionShellCallOutput, ApplyPatchToolCall, ApplyPatchToolCallOutput, MCPListTools, MCPApprovalRequest,
		MCPApprovalResponseResource, MCPToolCall, CustomToolCall, CustomToolCallOutput, ItemField.Unknown {

	/**
	 * A {@link ItemField} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ItemField {
	}

	/**
	 * Reads a {@link ItemField} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ItemField> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ItemField>variants(Unknown::new)
				.discriminator("type")
				.when("message", Message.class)
				.when("function_call", FunctionToolCall.class)
				.when("tool_search_call", ToolSearchCall.class)
				.when("tool_search_output", ToolSearchOutput.class)
				.when("function_call_output", FunctionToolCallOutput.class)
				.when("file_search_call", FileSearchToolCall.class)
				.when("web_search_call", WebSearchToolCall.class)
				.when("image_generation_call", ImageGenToolCall.class)
				.when("computer_call", ComputerToolCall.class)
				.when("computer_call_output", ComputerToolCallOutputResource.class)
				.when("reasoning", ReasoningItem.class)
				.when("compaction", CompactionBody.class)
				.when("code_interpreter_call", CodeInterpreterToolCall.class)
				.when("local_shell_call", LocalShellToolCall.class)
				.when("local_shell_call_output", LocalShellToolCallOutput.class)
				.when("shell_call", FunctionShellCall.class)
				.when("shell_call_output", FunctionShellCallOutput.class)
				.when("apply_patch_call", ApplyPatchToolCall.class)
				.when("apply_patch_call_output", ApplyPatchToolCallOutput.class)
				.when("mcp_list_tools", MCPListTools.class)
				.when("mcp_approval_request", MCPApprovalRequest.class)
				.when("mcp_approval_response", MCPApprovalResponseResource.class)
				.when("mcp_call", MCPToolCall.class)
				.when("custom_tool_call", CustomToolCall.class)
				.when("custom_tool_call_output", CustomToolCallOutput.class));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link OutputMessage}, {@link FileSearchToolCall},
 * {@link FunctionToolCall}, {@link FunctionToolCallOutputResource},
 * {@link WebSearchToolCall}, {@link ComputerToolCall},
 * {@link ComputerToolCallOutputResource} or 18 more.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = OutputItem.Deserializer.class)
public sealed interface OutputItem permits OutputMessage, FileSearchToolCall, FunctionToolCall,
		FunctionToolCallOutputResource, WebSearchToolCall, ComputerToolCall, ComputerToolCallOutputResource,
		ReasoningItem, ToolSearchCall, ToolSearchOutput, CompactionBody, ImageGenToolCall, CodeInterpreterToolCall,
		LocalShellToolCall, LocalShellToolCallOutput, FunctionShellCall, FunctionShellCallOutput, ApplyPatchToolCall,
		ApplyPatchToolCallOutput, MCPToolCall, MCPListTools, MCPApprovalRequest, MCPApprovalResponseResource,
		CustomToolCall, CustomToolCallOutputResource, OutputItem.Unknown {

	/**
	 * A {@link OutputItem} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements OutputItem {
	}

	/**
	 * Reads a {@link OutputItem} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<OutputItem> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<OutputItem>variants(Unknown::new)
				.discriminator("type")
				.when("message", OutputMessage.class)
				.when("file_search_call", FileSearchToolCall.class)
				.when("function_call", FunctionToolCall.class)
				.when("function_call_output", FunctionToolCallOutputResource.class)
				.when("web_search_call", WebSearchToolCall.class)
				.when("computer_call", ComputerToolCall.class)
				.when("computer_call_output", ComputerToolCallOutputResource.class)
				.when("reasoning", ReasoningItem.class)
				.when("tool_search_call", ToolSearchCall.class)
				.when("tool_search_output", ToolSearchOutput.class)
				.when("compaction", CompactionBody.class)
				.when("image_generation_call", ImageGenToolCall.class)
				.when("code_interpreter_call", CodeInterpreterToolCall.class)
				.when("local_shell_call", LocalShellToolCall.class)
				.when("local_shell_call_output", LocalShellToolCallOutput.class)
				.when("shell_call", FunctionShellCall.class)
				.when("shell_call_output", FunctionShellCallOutput.class)
				.when("apply_patch_call", ApplyPatchToolCall.class)
				.when("apply_patch_call_output", ApplyPatchToolCallOutput.class)
				.when("mcp_call", MCPToolCall.class)
				.when("mcp_list_tools", MCPListTools.class)
				.when("mcp_approval_request", MCPApprovalRequest.class)
				.when("mcp_approval_response", MCPApprovalResponseResource.class)
				.when("custom_tool_call", CustomToolCall.class)
				.when("custom_tool_call_output", CustomToolCallOutputResource.class));
		}

	}

}

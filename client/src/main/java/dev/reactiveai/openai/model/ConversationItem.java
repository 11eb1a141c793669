// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A single item within a conversation. The set of possible types are the same as the
 * {@code output} type of a <a href=
 * "https://platform.openai.com/docs/api-reference/responses/object#responses/object-output">Response
 * object</a>.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ConversationItem.Deserializer.class)
public sealed interface ConversationItem permits Message, FunctionToolCallResource, FunctionToolCallOutputResource,
		FileSearchToolCall, WebSearchToolCall, ImageGenToolCall, ComputerToolCall, ComputerToolCallOutputResource,
		ToolSearchCall, ToolSearchOutput, ReasoningItem, CompactionBody, CodeInterpreterToolCall, LocalShellToolCall,
		LocalShellToolCallOutput, FunctionShellCall, FunctionShellCallOutput, ApplyPatchToolCall,
		ApplyPatchToolCallOutput, MCPListTools, MCPApprovalRequest, MCPApprovalResponseResource, MCPToolCall,
		CustomToolCall, CustomToolCallOutput, ConversationItem.Unknown {

	/**
	 * A {@link ConversationItem} that this version of the client does not recognize, kept
	 * as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ConversationItem {
	}

	/**
	 * Reads a {@link ConversationItem} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ConversationItem> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ConversationItem>variants(Unknown::new)
				.discriminator("type")
				.when("message", Message.class)
				.when("function_call", FunctionToolCallResource.class)
				.when("function_call_output", FunctionToolCallOutputResource.class)
				.when("file_search_call", FileSearchToolCall.class)
				.when("web_search_call", WebSearchToolCall.class)
				.when("image_generation_call", ImageGenToolCall.class)
				.when("computer_call", ComputerToolCall.class)
				.when("computer_call_output", ComputerToolCallOutputResource.class)
				.when("tool_search_call", ToolSearchCall.class)
				.when("tool_search_output", ToolSearchOutput.class)
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

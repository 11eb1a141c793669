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
@JsonDeserialize(using = ItemResource.Deserializer.class)
public sealed interface ItemResource permits InputMessageResource, OutputMessage, FileSearchToolCall, ComputerToolCall,
		ComputerToolCallOutputResource, WebSearchToolCall, FunctionToolCallResource, FunctionToolCallOutputResource,
		ToolSearchCall, ToolSearchOutput, ReasoningItem, CompactionBody, ImageGenToolCall, CodeInterpreterToolCall,
		LocalShellToolCall, LocalShellToolCallOutput, FunctionShellCall, FunctionShellCallOutput, ApplyPatchToolCall,
		ApplyPatchToolCallOutput, MCPListTools, MCPApprovalRequest, MCPApprovalResponseResource, MCPToolCall,
		CustomToolCallResource, CustomToolCallOutputResource, ItemResource.Unknown {

	/**
	 * A {@link ItemResource} that this version of the client does not recognize, kept as
	 * it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ItemResource {
	}

	/**
	 * Reads a {@link ItemResource} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ItemResource> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ItemResource>variants(Unknown::new)
				.discriminator("type")
				.when("message", InputMessageResource.class)
				.when("file_search_call", FileSearchToolCall.class)
				.when("computer_call", ComputerToolCall.class)
				.when("computer_call_output", ComputerToolCallOutputResource.class)
				.when("web_search_call", WebSearchToolCall.class)
				.when("function_call", FunctionToolCallResource.class)
				.when("function_call_output", FunctionToolCallOutputResource.class)
				.when("tool_search_call", ToolSearchCall.class)
				.when("tool_search_output", ToolSearchOutput.class)
				.when("reasoning", ReasoningItem.class)
				.when("compaction", CompactionBody.class)
				.when("image_generation_call", ImageGenToolCall.class)
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
				.when("custom_tool_call", CustomToolCallResource.class)
				.when("custom_tool_call_output", CustomToolCallOutputResource.class));
		}

	}

}

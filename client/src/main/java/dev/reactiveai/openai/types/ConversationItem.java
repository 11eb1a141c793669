// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements ConversationItem, UnknownVariant {
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
				.object(Message.class,
						VariantShape.declaring("type", "id", "status", "role", "content", "phase")
							.requiring("type", "id", "status", "role", "content")
							.values("type", "message")
							.values("role", "unknown", "user", "assistant", "system", "critic", "discriminator",
									"developer", "tool")
							.values("phase", "commentary", "final_answer")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(FunctionToolCallResource.class, VariantShape
					.declaring("id", "type", "call_id", "namespace", "name", "arguments", "status", "created_by")
					.requiring("type", "call_id", "name", "arguments", "id", "status")
					.values("type", "function_call")
					.values("status", "in_progress", "completed", "incomplete"))
				.object(FunctionToolCallOutputResource.class,
						VariantShape.declaring("id", "type", "call_id", "output", "status", "created_by")
							.requiring("type", "call_id", "output", "id", "status")
							.values("type", "function_call_output")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(FileSearchToolCall.class,
						VariantShape.declaring("id", "type", "status", "queries", "results")
							.requiring("id", "type", "status", "queries")
							.values("type", "file_search_call")
							.values("status", "in_progress", "searching", "completed", "incomplete", "failed"))
				.object(WebSearchToolCall.class,
						VariantShape.declaring("id", "type", "status", "action")
							.requiring("id", "type", "status", "action")
							.values("type", "web_search_call")
							.values("status", "in_progress", "searching", "completed", "failed"))
				.object(ImageGenToolCall.class,
						VariantShape.declaring("type", "id", "status", "result")
							.requiring("type", "id", "status", "result")
							.values("type", "image_generation_call")
							.values("status", "in_progress", "completed", "generating", "failed"))
				.object(ComputerToolCall.class,
						VariantShape
							.declaring("type", "id", "call_id", "action", "actions", "pending_safety_checks", "status")
							.requiring("type", "id", "call_id", "pending_safety_checks", "status")
							.values("type", "computer_call")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ComputerToolCallOutputResource.class, VariantShape
					.declaring("type", "id", "call_id", "acknowledged_safety_checks", "output", "status", "created_by")
					.requiring("type", "call_id", "output", "id", "status")
					.values("type", "computer_call_output")
					.values("status", "completed", "incomplete", "failed"))
				.object(ToolSearchCall.class,
						VariantShape
							.declaring("type", "id", "call_id", "execution", "arguments", "status", "created_by")
							.requiring("type", "id", "call_id", "execution", "arguments", "status")
							.values("type", "tool_search_call")
							.values("execution", "server", "client")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ToolSearchOutput.class,
						VariantShape.declaring("type", "id", "call_id", "execution", "tools", "status", "created_by")
							.requiring("type", "id", "call_id", "execution", "tools", "status")
							.values("type", "tool_search_output")
							.values("execution", "server", "client")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ReasoningItem.class,
						VariantShape.declaring("type", "id", "encrypted_content", "summary", "content", "status")
							.requiring("id", "summary", "type")
							.values("type", "reasoning")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(CompactionBody.class,
						VariantShape.declaring("type", "id", "encrypted_content", "created_by")
							.requiring("type", "id", "encrypted_content")
							.values("type", "compaction"))
				.object(CodeInterpreterToolCall.class,
						VariantShape.declaring("type", "id", "status", "container_id", "code", "outputs")
							.requiring("type", "id", "status", "container_id", "code", "outputs")
							.values("type", "code_interpreter_call")
							.values("status", "in_progress", "completed", "incomplete", "interpreting", "failed"))
				.object(LocalShellToolCall.class,
						VariantShape.declaring("type", "id", "call_id", "action", "status")
							.requiring("type", "id", "call_id", "action", "status")
							.values("type", "local_shell_call")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(LocalShellToolCallOutput.class,
						VariantShape.declaring("type", "id", "output", "status")
							.requiring("id", "type", "call_id", "output")
							.values("type", "local_shell_call_output")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(FunctionShellCall.class,
						VariantShape.declaring("type", "id", "call_id", "action", "status", "environment", "created_by")
							.requiring("type", "id", "call_id", "action", "status", "environment")
							.values("type", "shell_call")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(FunctionShellCallOutput.class,
						VariantShape
							.declaring("type", "id", "call_id", "status", "output", "max_output_length", "created_by")
							.requiring("type", "id", "call_id", "status", "output", "max_output_length")
							.values("type", "shell_call_output")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ApplyPatchToolCall.class,
						VariantShape.declaring("type", "id", "call_id", "status", "operation", "created_by")
							.requiring("type", "id", "call_id", "status", "operation")
							.values("type", "apply_patch_call")
							.values("status", "in_progress", "completed"))
				.object(ApplyPatchToolCallOutput.class,
						VariantShape.declaring("type", "id", "call_id", "status", "output", "created_by")
							.requiring("type", "id", "call_id", "status")
							.values("type", "apply_patch_call_output")
							.values("status", "completed", "failed"))
				.object(MCPListTools.class,
						VariantShape.declaring("type", "id", "server_label", "tools", "error")
							.requiring("type", "id", "server_label", "tools")
							.values("type", "mcp_list_tools"))
				.object(MCPApprovalRequest.class,
						VariantShape.declaring("type", "id", "server_label", "name", "arguments")
							.requiring("type", "id", "server_label", "name", "arguments")
							.values("type", "mcp_approval_request"))
				.object(MCPApprovalResponseResource.class,
						VariantShape.declaring("type", "id", "approval_request_id", "approve", "reason")
							.requiring("type", "id", "request_id", "approve", "approval_request_id")
							.values("type", "mcp_approval_response"))
				.object(MCPToolCall.class,
						VariantShape
							.declaring("type", "id", "server_label", "name", "arguments", "output", "error", "status",
									"approval_request_id")
							.requiring("type", "id", "server_label", "name", "arguments")
							.values("type", "mcp_call")
							.values("status", "in_progress", "completed", "incomplete", "calling", "failed"))
				.object(CustomToolCall.class,
						VariantShape.declaring("type", "id", "call_id", "namespace", "name", "input")
							.requiring("type", "call_id", "name", "input")
							.values("type", "custom_tool_call"))
				.object(CustomToolCallOutput.class,
						VariantShape.declaring("type", "id", "call_id", "output")
							.requiring("type", "call_id", "output")
							.values("type", "custom_tool_call_output")));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	 * This item as an item of a next request's input, to pass an answer's items back as
	 * they are, without copying them: the item itself when it is an {@link InputItem} as
	 * it is (a message, a function call, reasoning), else the input item of its
	 * {@code type} read from its JSON, without the properties only an answer has
	 * ({@code created_by}); an {@code Unknown} passes as it came.
	 * @return the input item
	 */
	InputItem asInput();

	/**
	 * A {@link OutputItem} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements OutputItem, UnknownVariant {
		/**
		 * The same JSON, as an input item this version does not recognize either.
		 * @return the input item
		 */
		@Override
		public InputItem.Unknown asInput() {
			return new InputItem.Unknown(this.json);
		}
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
				.object(OutputMessage.class,
						VariantShape.declaring("id", "type", "role", "content", "phase", "status")
							.requiring("id", "type", "role", "content", "status")
							.values("type", "message")
							.values("role", "assistant")
							.values("phase", "commentary", "final_answer")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(FileSearchToolCall.class,
						VariantShape.declaring("id", "type", "status", "queries", "results")
							.requiring("id", "type", "status", "queries")
							.values("type", "file_search_call")
							.values("status", "in_progress", "searching", "completed", "incomplete", "failed"))
				.object(FunctionToolCall.class,
						VariantShape.declaring("id", "type", "call_id", "namespace", "name", "arguments", "status")
							.requiring("type", "call_id", "name", "arguments")
							.values("type", "function_call")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(FunctionToolCallOutputResource.class,
						VariantShape.declaring("id", "type", "call_id", "output", "status", "created_by")
							.requiring("type", "call_id", "output", "id", "status")
							.values("type", "function_call_output")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(WebSearchToolCall.class,
						VariantShape.declaring("id", "type", "status", "action")
							.requiring("id", "type", "status", "action")
							.values("type", "web_search_call")
							.values("status", "in_progress", "searching", "completed", "failed"))
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
				.object(ReasoningItem.class,
						VariantShape.declaring("type", "id", "encrypted_content", "summary", "content", "status")
							.requiring("id", "summary", "type")
							.values("type", "reasoning")
							.values("status", "in_progress", "completed", "incomplete"))
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
				.object(CompactionBody.class,
						VariantShape.declaring("type", "id", "encrypted_content", "created_by")
							.requiring("type", "id", "encrypted_content")
							.values("type", "compaction"))
				.object(ImageGenToolCall.class,
						VariantShape.declaring("type", "id", "status", "result")
							.requiring("type", "id", "status", "result")
							.values("type", "image_generation_call")
							.values("status", "in_progress", "completed", "generating", "failed"))
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
				.object(MCPToolCall.class,
						VariantShape
							.declaring("type", "id", "server_label", "name", "arguments", "output", "error", "status",
									"approval_request_id")
							.requiring("type", "id", "server_label", "name", "arguments")
							.values("type", "mcp_call")
							.values("status", "in_progress", "completed", "incomplete", "calling", "failed"))
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
				.object(CustomToolCall.class,
						VariantShape.declaring("type", "id", "call_id", "namespace", "name", "input")
							.requiring("type", "call_id", "name", "input")
							.values("type", "custom_tool_call"))
				.object(CustomToolCallOutputResource.class,
						VariantShape.declaring("type", "id", "call_id", "output", "status", "created_by")
							.requiring("type", "call_id", "output", "id", "status")
							.values("type", "custom_tool_call_output")
							.values("status", "in_progress", "completed", "incomplete")));
		}

	}

}

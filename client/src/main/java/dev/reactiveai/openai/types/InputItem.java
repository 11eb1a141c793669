// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link EasyInputMessage}, {@link Item} or
 * {@link ItemReferenceParam}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = InputItem.Deserializer.class)
public sealed interface InputItem permits EasyInputMessage, Item, ItemReferenceParam, InputItem.Unknown {

	/**
	 * A {@link InputItem} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements InputItem, UnknownVariant {
	}

	/**
	 * Reads a {@link InputItem} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<InputItem> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<InputItem>variants(Unknown::new)
				.discriminator("type")
				.object(EasyInputMessage.class,
						VariantShape.declaring("role", "content", "phase", "type")
							.requiring("role", "content")
							.values("type", "message")
							.values("role", "user", "assistant", "system", "developer")
							.values("phase", "commentary", "final_answer"))
				.object(InputMessage.class,
						VariantShape.declaring("type", "role", "status", "content")
							.requiring("role", "content")
							.values("type", "message")
							.values("role", "user", "system", "developer")
							.values("status", "in_progress", "completed", "incomplete"))
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
				.object(ComputerToolCall.class,
						VariantShape
							.declaring("type", "id", "call_id", "action", "actions", "pending_safety_checks", "status")
							.requiring("type", "id", "call_id", "pending_safety_checks", "status")
							.values("type", "computer_call")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ComputerCallOutputItemParam.class,
						VariantShape
							.declaring("id", "call_id", "type", "output", "acknowledged_safety_checks", "status")
							.requiring("call_id", "type", "output")
							.values("type", "computer_call_output")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(WebSearchToolCall.class,
						VariantShape.declaring("id", "type", "status", "action")
							.requiring("id", "type", "status", "action")
							.values("type", "web_search_call")
							.values("status", "in_progress", "searching", "completed", "failed"))
				.object(FunctionToolCall.class,
						VariantShape.declaring("id", "type", "call_id", "namespace", "name", "arguments", "status")
							.requiring("type", "call_id", "name", "arguments")
							.values("type", "function_call")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(FunctionCallOutputItemParam.class,
						VariantShape.declaring("id", "call_id", "type", "output", "status")
							.requiring("call_id", "type", "output")
							.values("type", "function_call_output")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ToolSearchCallItemParam.class,
						VariantShape.declaring("id", "call_id", "type", "execution", "arguments", "status")
							.requiring("type", "arguments")
							.values("type", "tool_search_call")
							.values("execution", "server", "client")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ToolSearchOutputItemParam.class,
						VariantShape.declaring("id", "call_id", "type", "execution", "tools", "status")
							.requiring("type", "tools")
							.values("type", "tool_search_output")
							.values("execution", "server", "client")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ReasoningItem.class,
						VariantShape.declaring("type", "id", "encrypted_content", "summary", "content", "status")
							.requiring("id", "summary", "type")
							.values("type", "reasoning")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(CompactionSummaryItemParam.class,
						VariantShape.declaring("id", "type", "encrypted_content")
							.requiring("type", "encrypted_content")
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
				.object(FunctionShellCallItemParam.class,
						VariantShape.declaring("id", "call_id", "type", "action", "status", "environment")
							.requiring("call_id", "type", "action")
							.values("type", "shell_call")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(FunctionShellCallOutputItemParam.class,
						VariantShape.declaring("id", "call_id", "type", "output", "status", "max_output_length")
							.requiring("call_id", "type", "output")
							.values("type", "shell_call_output")
							.values("status", "in_progress", "completed", "incomplete"))
				.object(ApplyPatchToolCallItemParam.class,
						VariantShape.declaring("type", "id", "call_id", "status", "operation")
							.requiring("type", "call_id", "status", "operation")
							.values("type", "apply_patch_call")
							.values("status", "in_progress", "completed"))
				.object(ApplyPatchToolCallOutputItemParam.class,
						VariantShape.declaring("type", "id", "call_id", "status", "output")
							.requiring("type", "call_id", "status")
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
				.object(MCPApprovalResponse.class,
						VariantShape.declaring("type", "id", "approval_request_id", "approve", "reason")
							.requiring("type", "request_id", "approve", "approval_request_id")
							.values("type", "mcp_approval_response"))
				.object(MCPToolCall.class,
						VariantShape
							.declaring("type", "id", "server_label", "name", "arguments", "output", "error", "status",
									"approval_request_id")
							.requiring("type", "id", "server_label", "name", "arguments")
							.values("type", "mcp_call")
							.values("status", "in_progress", "completed", "incomplete", "calling", "failed"))
				.object(CustomToolCallOutput.class,
						VariantShape.declaring("type", "id", "call_id", "output")
							.requiring("type", "call_id", "output")
							.values("type", "custom_tool_call_output"))
				.object(CustomToolCall.class,
						VariantShape.declaring("type", "id", "call_id", "namespace", "name", "input")
							.requiring("type", "call_id", "name", "input")
							.values("type", "custom_tool_call"))
				.object(ItemReferenceParam.class,
						VariantShape.declaring("type", "id").requiring("id").values("type", "item_reference"))
				.union(Item.class));
		}

	}

}

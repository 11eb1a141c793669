// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
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
	record Unknown(@JsonValue JsonNode json) implements InputItem {
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
				.when("message", EasyInputMessage.class)
				.when("item_reference", ItemReferenceParam.class)
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
				.when("custom_tool_call", CustomToolCall.class)
				.union(Item.class));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A single item within a Realtime conversation.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RealtimeConversationItem.Deserializer.class)
public sealed interface RealtimeConversationItem permits RealtimeConversationItemMessageSystem,
		RealtimeConversationItemMessageUser, RealtimeConversationItemMessageAssistant,
		RealtimeConversationItemFunctionCall, RealtimeConversationItemFunctionCallOutput, RealtimeMCPApprovalResponse,
		RealtimeMCPListTools, RealtimeMCPToolCall, RealtimeMCPApprovalRequest, RealtimeConversationItem.Unknown {

	/**
	 * A {@link RealtimeConversationItem} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RealtimeConversationItem, UnknownVariant {
	}

	/**
	 * Reads a {@link RealtimeConversationItem} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RealtimeConversationItem> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<RealtimeConversationItem>variants(Unknown::new)
				.discriminator("type")
				.object(RealtimeConversationItemMessageSystem.class,
						VariantShape.declaring("id", "object", "type", "status", "role", "content")
							.requiring("type", "role", "content")
							.values("type", "message")
							.values("object", "realtime.item")
							.values("role", "system")
							.values("status", "completed", "incomplete", "in_progress"))
				.object(RealtimeConversationItemMessageUser.class,
						VariantShape.declaring("id", "object", "type", "status", "role", "content")
							.requiring("type", "role", "content")
							.values("type", "message")
							.values("object", "realtime.item")
							.values("role", "user")
							.values("status", "completed", "incomplete", "in_progress"))
				.object(RealtimeConversationItemMessageAssistant.class,
						VariantShape.declaring("id", "object", "type", "status", "role", "content")
							.requiring("type", "role", "content")
							.values("type", "message")
							.values("object", "realtime.item")
							.values("role", "assistant")
							.values("status", "completed", "incomplete", "in_progress"))
				.object(RealtimeConversationItemFunctionCall.class,
						VariantShape.declaring("id", "object", "type", "status", "call_id", "name", "arguments")
							.requiring("type", "name", "arguments")
							.values("type", "function_call")
							.values("object", "realtime.item")
							.values("status", "completed", "incomplete", "in_progress"))
				.object(RealtimeConversationItemFunctionCallOutput.class,
						VariantShape.declaring("id", "object", "type", "status", "call_id", "output")
							.requiring("type", "call_id", "output")
							.values("type", "function_call_output")
							.values("object", "realtime.item")
							.values("status", "completed", "incomplete", "in_progress"))
				.object(RealtimeMCPApprovalResponse.class,
						VariantShape.declaring("type", "id", "approval_request_id", "approve", "reason")
							.requiring("type", "id", "approval_request_id", "approve")
							.values("type", "mcp_approval_response"))
				.object(RealtimeMCPListTools.class,
						VariantShape.declaring("type", "id", "server_label", "tools")
							.requiring("type", "server_label", "tools")
							.values("type", "mcp_list_tools"))
				.object(RealtimeMCPToolCall.class,
						VariantShape
							.declaring("type", "id", "server_label", "name", "arguments", "approval_request_id",
									"output", "error")
							.requiring("type", "id", "server_label", "name", "arguments")
							.values("type", "mcp_call"))
				.object(RealtimeMCPApprovalRequest.class,
						VariantShape.declaring("type", "id", "server_label", "name", "arguments")
							.requiring("type", "id", "server_label", "name", "arguments")
							.values("type", "mcp_approval_request")));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
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
	record Unknown(@JsonValue JsonNode json) implements RealtimeConversationItem {
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
				.when("message", RealtimeConversationItemMessageSystem.class)
				.when("function_call", RealtimeConversationItemFunctionCall.class)
				.when("function_call_output", RealtimeConversationItemFunctionCallOutput.class)
				.when("mcp_approval_response", RealtimeMCPApprovalResponse.class)
				.when("mcp_list_tools", RealtimeMCPListTools.class)
				.when("mcp_call", RealtimeMCPToolCall.class)
				.when("mcp_approval_request", RealtimeMCPApprovalRequest.class));
		}

	}

}

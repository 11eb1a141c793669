// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link ChatCompletionRequestDeveloperMessage},
 * {@link ChatCompletionRequestSystemMessage}, {@link ChatCompletionRequestUserMessage},
 * {@link ChatCompletionRequestAssistantMessage}, {@link ChatCompletionRequestToolMessage}
 * or {@link ChatCompletionRequestFunctionMessage}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ChatCompletionRequestMessage.Deserializer.class)
@SuppressWarnings("deprecation")
public sealed interface ChatCompletionRequestMessage permits ChatCompletionRequestDeveloperMessage,
		ChatCompletionRequestSystemMessage, ChatCompletionRequestUserMessage, ChatCompletionRequestAssistantMessage,
		ChatCompletionRequestToolMessage, ChatCompletionRequestFunctionMessage, ChatCompletionRequestMessage.Unknown {

	/**
	 * A {@link ChatCompletionRequestMessage} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ChatCompletionRequestMessage, UnknownVariant {
	}

	/**
	 * Reads a {@link ChatCompletionRequestMessage} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ChatCompletionRequestMessage> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ChatCompletionRequestMessage>variants(Unknown::new)
				.discriminator("role")
				.object(ChatCompletionRequestDeveloperMessage.class,
						VariantShape.declaring("content", "role", "name")
							.requiring("content", "role")
							.values("role", "developer"))
				.object(ChatCompletionRequestSystemMessage.class,
						VariantShape.declaring("content", "role", "name")
							.requiring("content", "role")
							.values("role", "system"))
				.object(ChatCompletionRequestUserMessage.class,
						VariantShape.declaring("content", "role", "name")
							.requiring("content", "role")
							.values("role", "user"))
				.object(ChatCompletionRequestAssistantMessage.class,
						VariantShape
							.declaring("content", "refusal", "role", "name", "audio", "tool_calls", "function_call")
							.requiring("role")
							.values("role", "assistant"))
				.object(ChatCompletionRequestToolMessage.class,
						VariantShape.declaring("role", "content", "tool_call_id")
							.requiring("role", "content", "tool_call_id")
							.values("role", "tool"))
				.object(ChatCompletionRequestFunctionMessage.class,
						VariantShape.declaring("role", "content", "name")
							.requiring("role", "content", "name")
							.values("role", "function")));
		}

	}

}

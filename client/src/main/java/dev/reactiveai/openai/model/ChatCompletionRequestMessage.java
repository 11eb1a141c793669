// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ChatCompletionRequestMessage.Deserializer.class)
public sealed interface ChatCompletionRequestMessage permits ChatCompletionRequestDeveloperMessage,
		ChatCompletionRequestSystemMessage, ChatCompletionRequestUserMessage, ChatCompletionRequestAssistantMessage,
		ChatCompletionRequestToolMessage, ChatCompletionRequestFunctionMessage, ChatCompletionRequestMessage.Unknown {

	/**
	 * A {@link ChatCompletionRequestMessage} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ChatCompletionRequestMessage {
	}

	/**
	 * Reads a {@link ChatCompletionRequestMessage} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ChatCompletionRequestMessage> {

		public Deserializer() {
			super(UnionDeserializer.<ChatCompletionRequestMessage>variants(Unknown::new)
				.discriminator("role")
				.when("developer", ChatCompletionRequestDeveloperMessage.class)
				.when("system", ChatCompletionRequestSystemMessage.class)
				.when("user", ChatCompletionRequestUserMessage.class)
				.when("assistant", ChatCompletionRequestAssistantMessage.class)
				.when("tool", ChatCompletionRequestToolMessage.class)
				.when("function", ChatCompletionRequestFunctionMessage.class));
		}

	}

}

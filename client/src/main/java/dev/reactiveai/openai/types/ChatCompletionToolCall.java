// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link ChatCompletionMessageToolCall} or
 * {@link ChatCompletionMessageCustomToolCall}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ChatCompletionToolCall.Deserializer.class)
public sealed interface ChatCompletionToolCall
		permits ChatCompletionMessageToolCall, ChatCompletionMessageCustomToolCall, ChatCompletionToolCall.Unknown {

	/**
	 * A {@link ChatCompletionToolCall} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ChatCompletionToolCall, UnknownVariant {
	}

	/**
	 * Reads a {@link ChatCompletionToolCall} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ChatCompletionToolCall> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ChatCompletionToolCall>variants(Unknown::new)
				.discriminator("type")
				.object(ChatCompletionMessageToolCall.class,
						VariantShape.declaring("id", "type", "function")
							.requiring("id", "type", "function")
							.values("type", "function"))
				.object(ChatCompletionMessageCustomToolCall.class,
						VariantShape.declaring("id", "type", "custom")
							.requiring("id", "type", "custom")
							.values("type", "custom")));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link ChatCompletionRequestMessageContentPartText} or
 * {@link ChatCompletionRequestMessageContentPartRefusal}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ChatCompletionRequestAssistantMessageContentPart.Deserializer.class)
public sealed interface ChatCompletionRequestAssistantMessageContentPart
		permits ChatCompletionRequestMessageContentPartText, ChatCompletionRequestMessageContentPartRefusal,
		ChatCompletionRequestAssistantMessageContentPart.Unknown {

	/**
	 * A {@link ChatCompletionRequestAssistantMessageContentPart} that this version of the
	 * client does not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(
			@JsonValue JsonNode json) implements ChatCompletionRequestAssistantMessageContentPart, UnknownVariant {
	}

	/**
	 * Reads a {@link ChatCompletionRequestAssistantMessageContentPart} into the variant
	 * its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ChatCompletionRequestAssistantMessageContentPart> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ChatCompletionRequestAssistantMessageContentPart>variants(Unknown::new)
				.discriminator("type")
				.object(ChatCompletionRequestMessageContentPartText.class,
						VariantShape.declaring("type", "text").requiring("type", "text").values("type", "text"))
				.object(ChatCompletionRequestMessageContentPartRefusal.class,
						VariantShape.declaring("type", "refusal")
							.requiring("type", "refusal")
							.values("type", "refusal")));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link ChatCompletionRequestMessageContentPartText},
 * {@link ChatCompletionRequestMessageContentPartImage},
 * {@link ChatCompletionRequestMessageContentPartAudio} or
 * {@link ChatCompletionRequestMessageContentPartFile}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ChatCompletionRequestUserMessageContentPart.Deserializer.class)
public sealed interface ChatCompletionRequestUserMessageContentPart permits ChatCompletionRequestMessageContentPartText,
		ChatCompletionRequestMessageContentPartImage, ChatCompletionRequestMessageContentPartAudio,
		ChatCompletionRequestMessageContentPartFile, ChatCompletionRequestUserMessageContentPart.Unknown {

	/**
	 * A {@link ChatCompletionRequestUserMessageContentPart} that this version of the
	 * client does not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ChatCompletionRequestUserMessageContentPart, UnknownVariant {
	}

	/**
	 * Reads a {@link ChatCompletionRequestUserMessageContentPart} into the variant its
	 * JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ChatCompletionRequestUserMessageContentPart> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ChatCompletionRequestUserMessageContentPart>variants(Unknown::new)
				.discriminator("type")
				.object(ChatCompletionRequestMessageContentPartText.class,
						VariantShape.declaring("type", "text").requiring("type", "text").values("type", "text"))
				.object(ChatCompletionRequestMessageContentPartImage.class,
						VariantShape.declaring("type", "image_url")
							.requiring("type", "image_url")
							.values("type", "image_url"))
				.object(ChatCompletionRequestMessageContentPartAudio.class,
						VariantShape.declaring("type", "input_audio")
							.requiring("type", "input_audio")
							.values("type", "input_audio"))
				.object(ChatCompletionRequestMessageContentPartFile.class,
						VariantShape.declaring("type", "file").requiring("type", "file").values("type", "file")));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link OutputTextContent} or {@link RefusalContent}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = OutputMessageContent.Deserializer.class)
public sealed interface OutputMessageContent permits OutputTextContent, RefusalContent, OutputMessageContent.Unknown {

	/**
	 * A {@link OutputMessageContent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements OutputMessageContent, UnknownVariant {
	}

	/**
	 * Reads a {@link OutputMessageContent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<OutputMessageContent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<OutputMessageContent>variants(Unknown::new)
				.discriminator("type")
				.object(OutputTextContent.class,
						VariantShape.declaring("type", "text", "annotations", "logprobs")
							.requiring("type", "text", "annotations", "logprobs")
							.values("type", "output_text"))
				.object(RefusalContent.class,
						VariantShape.declaring("type", "refusal")
							.requiring("type", "refusal")
							.values("type", "refusal")));
		}

	}

}

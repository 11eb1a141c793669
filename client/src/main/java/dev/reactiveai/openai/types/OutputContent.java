// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link OutputTextContent}, {@link RefusalContent} or
 * {@link ReasoningTextContent}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = OutputContent.Deserializer.class)
public sealed interface OutputContent extends Content
		permits OutputTextContent, RefusalContent, ReasoningTextContent, OutputContent.Unknown {

	/**
	 * A {@link OutputContent} that this version of the client does not recognize, kept as
	 * it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements OutputContent, UnknownVariant {
	}

	/**
	 * Reads a {@link OutputContent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<OutputContent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<OutputContent>variants(Unknown::new)
				.discriminator("type")
				.object(OutputTextContent.class,
						VariantShape.declaring("type", "text", "annotations", "logprobs")
							.requiring("type", "text", "annotations", "logprobs")
							.values("type", "output_text"))
				.object(RefusalContent.class,
						VariantShape.declaring("type", "refusal")
							.requiring("type", "refusal")
							.values("type", "refusal"))
				.object(ReasoningTextContent.class,
						VariantShape.declaring("type", "text")
							.requiring("type", "text")
							.values("type", "reasoning_text")));
		}

	}

}

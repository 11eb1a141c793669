// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Multi-modal input and output contents.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = Content.Deserializer.class)
public sealed interface Content permits InputContent, OutputContent, Content.Unknown {

	/**
	 * A {@link Content} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements Content, UnknownVariant {
	}

	/**
	 * Reads a {@link Content} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<Content> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<Content>variants(Unknown::new)
				.discriminator("type")
				.object(InputTextContent.class,
						VariantShape.declaring("type", "text").requiring("type", "text").values("type", "input_text"))
				.object(InputImageContent.class,
						VariantShape.declaring("type", "image_url", "file_id", "detail")
							.requiring("type", "detail")
							.values("type", "input_image")
							.values("detail", "low", "high", "auto", "original"))
				.object(InputFileContent.class,
						VariantShape.declaring("type", "file_id", "filename", "file_data", "file_url", "detail")
							.requiring("type")
							.values("type", "input_file")
							.values("detail", "low", "high"))
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
							.values("type", "reasoning_text"))
				.union(InputContent.class)
				.union(OutputContent.class));
		}

	}

}

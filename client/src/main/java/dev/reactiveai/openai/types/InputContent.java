// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link InputTextContent}, {@link InputImageContent} or
 * {@link InputFileContent}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = InputContent.Deserializer.class)
public sealed interface InputContent extends Content
		permits InputTextContent, InputImageContent, InputFileContent, InputContent.Unknown {

	/**
	 * A {@link InputContent} that this version of the client does not recognize, kept as
	 * it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements InputContent, UnknownVariant {
	}

	/**
	 * Reads a {@link InputContent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<InputContent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<InputContent>variants(Unknown::new)
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
							.values("detail", "low", "high")));
		}

	}

}

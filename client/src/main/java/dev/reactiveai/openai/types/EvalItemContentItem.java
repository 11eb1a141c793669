// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A single content item: input text, output text, input image, or input audio.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = EvalItemContentItem.Deserializer.class)
public sealed interface EvalItemContentItem extends EvalItemContent permits EvalItemContentItem.StringValue,
		InputTextContent, EvalItemContentOutputText, EvalItemInputImage, InputAudio, EvalItemContentItem.Unknown {

	/**
	 * A {@link EvalItemContentItem} that is a {@code String}.
	 *
	 * @param value the value
	 */
	record StringValue(@JsonValue String value) implements EvalItemContentItem {
		/**
		 * Creates a {@link StringValue}, rejecting a null value.
		 * @param value the value
		 */
		public StringValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link EvalItemContentItem} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements EvalItemContentItem, UnknownVariant {
	}

	/**
	 * Reads a {@link EvalItemContentItem} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<EvalItemContentItem> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<EvalItemContentItem>variants(Unknown::new)
				.discriminator("type")
				.object(InputTextContent.class,
						VariantShape.declaring("type", "text").requiring("type", "text").values("type", "input_text"))
				.object(EvalItemContentOutputText.class,
						VariantShape.declaring("type", "text").requiring("type", "text").values("type", "output_text"))
				.object(EvalItemInputImage.class,
						VariantShape.declaring("type", "image_url", "detail")
							.requiring("type", "image_url")
							.values("type", "input_image"))
				.object(InputAudio.class,
						VariantShape.declaring("type", "input_audio")
							.requiring("type", "input_audio")
							.values("type", "input_audio"))
				.string(String.class, StringValue::new));
		}

	}

}

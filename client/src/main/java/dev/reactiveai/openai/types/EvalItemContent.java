// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Inputs to the model - can contain template strings. Supports text, output text, input
 * images, and input audio, either as a single item or an array of items.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = EvalItemContent.Deserializer.class)
public sealed interface EvalItemContent
		permits EvalItemContentItem, EvalItemContent.EvalItemContentItemList, EvalItemContent.Unknown {

	/**
	 * A {@link EvalItemContent} that is a {@code List<EvalItemContentItem>}.
	 *
	 * @param value the value
	 */
	record EvalItemContentItemList(@JsonValue List<EvalItemContentItem> value) implements EvalItemContent {
		/**
		 * Creates a {@link EvalItemContentItemList}, rejecting a null value.
		 * @param value the value
		 */
		public EvalItemContentItemList {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link EvalItemContent} that this version of the client does not recognize, kept
	 * as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements EvalItemContent, UnknownVariant {
	}

	/**
	 * Reads a {@link EvalItemContent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<EvalItemContent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<EvalItemContent>variants(Unknown::new)
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
				.array(new TypeReference<List<EvalItemContentItem>>() {
				}, EvalItemContentItemList::new)
				.union(EvalItemContentItem.class));
		}

	}

}

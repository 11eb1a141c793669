// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code POST /images/generations}: Creates an image given a prompt.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ImageGenStreamEvent.Deserializer.class)
public sealed interface ImageGenStreamEvent
		permits ImageGenPartialImageEvent, ImageGenCompletedEvent, ImageGenStreamEvent.Unknown {

	/**
	 * A {@link ImageGenStreamEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ImageGenStreamEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link ImageGenStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ImageGenStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ImageGenStreamEvent>variants(Unknown::new)
				.discriminator("type")
				.object(ImageGenPartialImageEvent.class,
						VariantShape
							.declaring("type", "b64_json", "created_at", "size", "quality", "background",
									"output_format", "partial_image_index")
							.requiring("type", "b64_json", "created_at", "size", "quality", "background",
									"output_format", "partial_image_index")
							.values("type", "image_generation.partial_image"))
				.object(ImageGenCompletedEvent.class,
						VariantShape
							.declaring("type", "b64_json", "created_at", "size", "quality", "background",
									"output_format", "usage")
							.requiring("type", "b64_json", "created_at", "size", "quality", "background",
									"output_format", "usage")
							.values("type", "image_generation.completed")));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code POST /images/edits}: Creates an edited or extended image given
 * one or more source images and a prompt.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ImageEditStreamEvent.Deserializer.class)
public sealed interface ImageEditStreamEvent
		permits ImageEditPartialImageEvent, ImageEditCompletedEvent, ImageEditStreamEvent.Unknown {

	/**
	 * A {@link ImageEditStreamEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ImageEditStreamEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link ImageEditStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ImageEditStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ImageEditStreamEvent>variants(Unknown::new)
				.discriminator("type")
				.object(ImageEditPartialImageEvent.class,
						VariantShape
							.declaring("type", "b64_json", "created_at", "size", "quality", "background",
									"output_format", "partial_image_index")
							.requiring("type", "b64_json", "created_at", "size", "quality", "background",
									"output_format", "partial_image_index")
							.values("type", "image_edit.partial_image"))
				.object(ImageEditCompletedEvent.class,
						VariantShape
							.declaring("type", "b64_json", "created_at", "size", "quality", "background",
									"output_format", "usage")
							.requiring("type", "b64_json", "created_at", "size", "quality", "background",
									"output_format", "usage")
							.values("type", "image_edit.completed")));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Reference an input image by either URL or uploaded file ID. Provide exactly one of
 * {@code image_url} or {@code file_id}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ImageRefParam.Deserializer.class)
public sealed interface ImageRefParam permits ImageRefParam.AnyValue, ImageRefParam.Unknown {

	/**
	 * A {@link ImageRefParam} that is a {@code Object}.
	 *
	 * @param value the value
	 */
	record AnyValue(@JsonValue Object value) implements ImageRefParam {
		/**
		 * Creates a {@link AnyValue}, rejecting a null value.
		 * @param value the value
		 */
		public AnyValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link ImageRefParam} that this version of the client does not recognize, kept as
	 * it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ImageRefParam, UnknownVariant {
	}

	/**
	 * Reads a {@link ImageRefParam} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ImageRefParam> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ImageRefParam>variants(Unknown::new).objectValue(Object.class, AnyValue::new));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object specifying the format that the model must output.
 * <p>
 * Configuring {@code { "type": "json_schema" }} enables Structured Outputs, which ensures
 * the model will match your supplied JSON schema. Learn more in the
 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured Outputs
 * guide</a>.
 * <p>
 * The default format is {@code { "type": "text" }} with no additional options.
 * <p>
 * <strong>Not recommended for gpt-4o and newer models:</strong>
 * <p>
 * Setting to {@code { "type": "json_object" }} enables the older JSON mode, which ensures
 * the message the model generates is valid JSON. Using {@code json_schema} is preferred
 * for models that support it.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = TextResponseFormatConfiguration.Deserializer.class)
public sealed interface TextResponseFormatConfiguration permits ResponseFormatText, TextResponseFormatJsonSchema,
		ResponseFormatJsonObject, TextResponseFormatConfiguration.Unknown {

	/**
	 * A {@link TextResponseFormatConfiguration} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements TextResponseFormatConfiguration, UnknownVariant {
	}

	/**
	 * Reads a {@link TextResponseFormatConfiguration} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<TextResponseFormatConfiguration> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<TextResponseFormatConfiguration>variants(Unknown::new)
				.discriminator("type")
				.object(ResponseFormatText.class,
						VariantShape.declaring("type").requiring("type").values("type", "text"))
				.object(TextResponseFormatJsonSchema.class,
						VariantShape.declaring("type", "description", "name", "schema", "strict")
							.requiring("type", "schema", "name")
							.values("type", "json_schema"))
				.object(ResponseFormatJsonObject.class,
						VariantShape.declaring("type").requiring("type").values("type", "json_object")));
		}

	}

}

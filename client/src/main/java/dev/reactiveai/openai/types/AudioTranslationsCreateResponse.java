// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code POST /audio/translations}: Translates audio into English.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = AudioTranslationsCreateResponse.Deserializer.class)
public sealed interface AudioTranslationsCreateResponse permits CreateTranslationResponseJson,
		CreateTranslationResponseVerboseJson, AudioTranslationsCreateResponse.Unknown {

	/**
	 * A {@link AudioTranslationsCreateResponse} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements AudioTranslationsCreateResponse, UnknownVariant {
	}

	/**
	 * Reads a {@link AudioTranslationsCreateResponse} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<AudioTranslationsCreateResponse> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<AudioTranslationsCreateResponse>variants(Unknown::new)
				.object(CreateTranslationResponseJson.class, VariantShape.declaring("text").requiring("text"))
				.object(CreateTranslationResponseVerboseJson.class,
						VariantShape.declaring("language", "duration", "text", "segments")
							.requiring("language", "duration", "text")));
		}

	}

}

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
 * A value in one of the forms {@code string}, {@link InputTextContent},
 * {@link InputImageContent} or {@link InputFileContent}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ResponsePromptVariablesValue.Deserializer.class)
public sealed interface ResponsePromptVariablesValue permits ResponsePromptVariablesValue.StringValue, InputTextContent,
		InputImageContent, InputFileContent, ResponsePromptVariablesValue.Unknown {

	/**
	 * A {@link ResponsePromptVariablesValue} that is a {@code String}.
	 *
	 * @param value the value
	 */
	record StringValue(@JsonValue String value) implements ResponsePromptVariablesValue {
		/**
		 * Creates a {@link StringValue}, rejecting a null value.
		 * @param value the value
		 */
		public StringValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link ResponsePromptVariablesValue} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ResponsePromptVariablesValue, UnknownVariant {
	}

	/**
	 * Reads a {@link ResponsePromptVariablesValue} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ResponsePromptVariablesValue> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ResponsePromptVariablesValue>variants(Unknown::new)
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
				.string(String.class, StringValue::new));
		}

	}

}

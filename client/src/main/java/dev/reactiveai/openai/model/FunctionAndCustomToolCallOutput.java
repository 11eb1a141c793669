// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link InputTextContent}, {@link InputImageContent} or
 * {@link InputFileContent}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = FunctionAndCustomToolCallOutput.Deserializer.class)
public sealed interface FunctionAndCustomToolCallOutput
		permits InputTextContent, InputImageContent, InputFileContent, FunctionAndCustomToolCallOutput.Unknown {

	/**
	 * A {@link FunctionAndCustomToolCallOutput} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements FunctionAndCustomToolCallOutput {
	}

	/**
	 * Reads a {@link FunctionAndCustomToolCallOutput} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<FunctionAndCustomToolCallOutput> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<FunctionAndCustomToolCallOutput>variants(Unknown::new)
				.discriminator("type")
				.when("input_text", InputTextContent.class)
				.when("input_image", InputImageContent.class)
				.when("input_file", InputFileContent.class));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Multi-modal input and output contents.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = Content.Deserializer.class)
public sealed interface Content permits InputContent, OutputContent, Content.Unknown {

	/**
	 * A {@link Content} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements Content {
	}

	/**
	 * Reads a {@link Content} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<Content> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<Content>variants(Unknown::new)
				.discriminator("type")
				.when("input_text", InputTextContent.class)
				.when("input_image", InputImageContent.class)
				.when("input_file", InputFileContent.class)
				.when("output_text", OutputTextContent.class)
				.when("refusal", RefusalContent.class)
				.when("reasoning_text", ReasoningTextContent.class)
				.union(InputContent.class)
				.union(OutputContent.class));
		}

	}

}

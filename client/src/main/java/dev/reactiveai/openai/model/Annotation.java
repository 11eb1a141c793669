// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An annotation that applies to a span of output text.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = Annotation.Deserializer.class)
public sealed interface Annotation
		permits FileCitationBody, UrlCitationBody, ContainerFileCitationBody, FilePath, Annotation.Unknown {

	/**
	 * A {@link Annotation} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements Annotation {
	}

	/**
	 * Reads a {@link Annotation} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<Annotation> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<Annotation>variants(Unknown::new)
				.discriminator("type")
				.when("file_citation", FileCitationBody.class)
				.when("url_citation", UrlCitationBody.class)
				.when("container_file_citation", ContainerFileCitationBody.class)
				.when("file_path", FilePath.class));
		}

	}

}

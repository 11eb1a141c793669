// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements Annotation, UnknownVariant {
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
				.object(FileCitationBody.class,
						VariantShape.declaring("type", "file_id", "index", "filename")
							.requiring("type", "file_id", "index", "filename")
							.values("type", "file_citation"))
				.object(UrlCitationBody.class,
						VariantShape.declaring("type", "url", "start_index", "end_index", "title")
							.requiring("type", "url", "start_index", "end_index", "title")
							.values("type", "url_citation"))
				.object(ContainerFileCitationBody.class,
						VariantShape
							.declaring("type", "container_id", "file_id", "start_index", "end_index", "filename")
							.requiring("type", "container_id", "file_id", "start_index", "end_index", "filename")
							.values("type", "container_file_citation"))
				.object(FilePath.class,
						VariantShape.declaring("type", "file_id", "index")
							.requiring("type", "file_id", "index")
							.values("type", "file_path")));
		}

	}

}

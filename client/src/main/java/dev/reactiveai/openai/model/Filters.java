// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@link ComparisonFilter} or {@link CompoundFilter}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = Filters.Deserializer.class)
public sealed interface Filters permits ComparisonFilter, CompoundFilter, Filters.Unknown {

	/**
	 * A {@link Filters} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements Filters {
	}

	/**
	 * Reads a {@link Filters} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<Filters> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<Filters>variants(Unknown::new)
				.object(ComparisonFilter.class, "type", "key", "value")
				.object(CompoundFilter.class, "type", "filters"));
		}

	}

}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements Filters, UnknownVariant {
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
				.discriminator("type")
				.object(ComparisonFilter.class,
						VariantShape.declaring("type", "key", "value")
							.requiring("type", "key", "value")
							.values("type", "eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"))
				.object(CompoundFilter.class,
						VariantShape.declaring("type", "filters")
							.requiring("type", "filters")
							.values("type", "and", "or")));
		}

	}

}

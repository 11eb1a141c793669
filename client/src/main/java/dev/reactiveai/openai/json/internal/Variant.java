package dev.reactiveai.openai.json.internal;

import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;

/**
 * Reads JSON as one variant of a union.
 *
 * @param <T> the union type
 */
@FunctionalInterface
interface Variant<T> {

	T read(JsonNode json, DeserializationContext context);

}

package dev.reactiveai.openai.json;

import tools.jackson.databind.JsonNode;

/**
 * The variant of a union that holds JSON this version of the client does not recognize,
 * kept as it came and written back unchanged. Every generated union has one, named
 * {@code Unknown}.
 */
public interface UnknownVariant {

	/**
	 * The JSON as it came.
	 * @return the JSON
	 */
	JsonNode json();

}

package dev.reactiveai.openai.simulator;

import java.util.Map;

import dev.reactiveai.openai.simulator.spec.SchemaSampler;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The JSON the simulator answers a schema with, plausible values that the schema accepts,
 * the same for the same prompt: the answer of a request for structured output, and the
 * arguments of a tool call. A schema whose {@code $ref} points at nothing is refused with
 * a 400 that names where the request gives it.
 */
final class SchemaValues {

	private static final int MAX_FREE_TEXT = 60;

	private SchemaValues() {
	}

	/**
	 * A structured output: strings a reader would expect of each property's name.
	 * @param schema the schema (a missing node for none, which gives {@code {}})
	 * @param prompt the prompt, the seed of the values
	 * @param param where the request gives the schema
	 * @return the JSON as text
	 */
	static String json(JsonNode schema, String prompt, String param) {
		if (!schema.isObject()) {
			return "{}";
		}
		return JsonObjects.text(sample(schema, prompt, null, param));
	}

	/**
	 * The arguments of a tool call: a JSON object with every parameter, the free strings
	 * carrying the prompt (its first 60 characters), as a model passes a user's words on
	 * to a tool, so that an application can tell calls apart.
	 * @param parameters the function's parameters schema (a missing node for none, which
	 * gives {@code {}})
	 * @param prompt the prompt that led to the call
	 * @param param where the request gives the schema
	 * @return the JSON object as text
	 */
	static String arguments(JsonNode parameters, String prompt, String param) {
		if (!parameters.isObject()) {
			return "{}";
		}
		String freeText = prompt.strip();
		if (freeText.length() > MAX_FREE_TEXT) {
			freeText = freeText.substring(0, MAX_FREE_TEXT);
		}
		Object arguments = sample(parameters, prompt, freeText, param);
		return JsonObjects.text((arguments instanceof Map) ? arguments : Map.of());
	}

	private static @Nullable Object sample(JsonNode schema, String prompt, @Nullable String freeText, String param) {
		try {
			return SchemaSampler.of(schema).plausible(schema, prompt.hashCode(), freeText);
		}
		catch (IllegalArgumentException ex) {
			throw SimulatorException.invalidRequest("Invalid schema in '" + param + "': " + ex.getMessage(), param);
		}
	}

}

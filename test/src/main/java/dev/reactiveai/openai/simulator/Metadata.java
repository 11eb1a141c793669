package dev.reactiveai.openai.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The {@code metadata} of a resource: string values by key, as a request sets them.
 */
final class Metadata {

	private Metadata() {
	}

	/**
	 * The metadata a request gives.
	 * @param metadata the request's {@code metadata}, possibly missing
	 * @return the values by key, in the request's order; empty for none
	 */
	static Map<String, String> of(JsonNode metadata) {
		Map<String, String> values = new LinkedHashMap<>();
		metadata.properties().forEach((entry) -> values.put(entry.getKey(), entry.getValue().asString()));
		return values;
	}

}

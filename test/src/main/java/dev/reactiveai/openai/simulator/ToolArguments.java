package dev.reactiveai.openai.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The arguments of a simulated tool call: a value for every required parameter of the
 * function's JSON schema (every parameter when none is required), strings taken from the
 * prompt so that an application can tell calls apart.
 */
final class ToolArguments {

	private static final int MAX_STRING = 60;

	private ToolArguments() {
	}

	/**
	 * The arguments, as the JSON text the API sends.
	 * @param parameters the function's parameters schema (may be missing)
	 * @param prompt the prompt that led to the call
	 * @return a JSON object as text
	 */
	static String fromSchema(JsonNode parameters, String prompt) {
		return OpenAiJson.mapper().writeValueAsString(object(parameters, prompt.strip(), 0));
	}

	private static Map<String, @Nullable Object> object(JsonNode schema, String prompt, int depth) {
		Map<String, @Nullable Object> arguments = new LinkedHashMap<>();
		JsonNode properties = schema.path("properties");
		JsonNode required = schema.path("required");
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			boolean isRequired = required.isEmpty() || contains(required, property.getKey());
			if (isRequired) {
				arguments.put(property.getKey(), value(property.getValue(), prompt, depth + 1));
			}
		}
		return arguments;
	}

	private static @Nullable Object value(JsonNode schema, String prompt, int depth) {
		if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
			return OpenAiJson.mapper().treeToValue(schema.path("enum").get(0), Object.class);
		}
		String type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
				: schema.path("type").asString("string");
		return switch (type) {
			case "integer" -> 1;
			case "number" -> 1.0;
			case "boolean" -> true;
			case "array" -> List.of();
			case "object" -> (depth < 4) ? object(schema, prompt, depth) : Map.of();
			case "null" -> null;
			default -> (prompt.length() > MAX_STRING) ? prompt.substring(0, MAX_STRING) : prompt;
		};
	}

	private static boolean contains(JsonNode array, String value) {
		for (JsonNode element : array) {
			if (value.equals(element.asString())) {
				return true;
			}
		}
		return false;
	}

}

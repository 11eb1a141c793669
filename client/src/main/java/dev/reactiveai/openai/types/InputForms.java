// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import dev.reactiveai.openai.json.OpenAiJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an answer's item as the request's item of its {@code type}, through the JSON the
 * client writes: their nested types differ, their JSON is what the API takes back.
 */
final class InputForms {

	private static final JsonMapper MAPPER = OpenAiJson.mapper();

	private InputForms() {
	}

	/**
	 * The item as another type of the same JSON.
	 * @param item the answer's item
	 * @param type the request's item type
	 * @param outputOnly the paths of the properties to leave out ({@code created_by},
	 * {@code output[].created_by}: in each item of the list {@code output})
	 * @param <T> the request's item type
	 * @return the request's item
	 */
	static <T> T convert(Object item, Class<T> type, String... outputOnly) {
		JsonNode json = MAPPER.valueToTree(item);
		for (String path : outputOnly) {
			remove(json, path);
		}
		return MAPPER.treeToValue(json, type);
	}

	private static void remove(JsonNode json, String path) {
		int dot = path.indexOf('.');
		if (dot < 0) {
			if (json instanceof ObjectNode object) {
				object.remove(path);
			}
			return;
		}
		String name = path.substring(0, dot);
		String rest = path.substring(dot + 1);
		if (name.endsWith("[]")) {
			for (JsonNode element : json.path(name.substring(0, name.length() - 2))) {
				remove(element, rest);
			}
		}
		else {
			remove(json.path(name), rest);
		}
	}

}

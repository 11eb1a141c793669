package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * JSON written as maps and lists, in the order their properties are given, and read from
 * requests.
 */
final class JsonObjects {

	private JsonObjects() {
	}

	/**
	 * An object from alternating names and values.
	 * @param namesAndValues {@code "id", id, "object", "file", ...}; a value may be
	 * {@code null}
	 * @return the object
	 */
	static Map<String, @Nullable Object> object(@Nullable Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Names and values must alternate");
		}
		Map<String, @Nullable Object> object = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			object.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return object;
	}

	/**
	 * The elements of a JSON array as strings.
	 * @param array the array, or any other node for none
	 * @return the strings
	 */
	static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		if (array.isArray()) {
			array.forEach((element) -> strings.add(element.asString()));
		}
		return strings;
	}

	/**
	 * A value as JSON text with a space after each {@code :} and {@code ,}, as models
	 * write it: {@code {"title": "Notes", "tags": ["a", "b"]}}. The spaces let a stream
	 * send it in several deltas, as it sends prose.
	 * @param value a map, list, string, number, boolean or {@code null}
	 * @return the text
	 */
	static String text(@Nullable Object value) {
		StringBuilder text = new StringBuilder();
		write(value, text);
		return text.toString();
	}

	private static void write(@Nullable Object value, StringBuilder text) {
		if (value instanceof Map<?, ?> map) {
			text.append('{');
			String separator = "";
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				text.append(separator).append(OpenAiJson.mapper().writeValueAsString(String.valueOf(entry.getKey())));
				text.append(": ");
				write(entry.getValue(), text);
				separator = ", ";
			}
			text.append('}');
		}
		else if (value instanceof List<?> list) {
			text.append('[');
			String separator = "";
			for (Object element : list) {
				text.append(separator);
				write(element, text);
				separator = ", ";
			}
			text.append(']');
		}
		else {
			text.append(OpenAiJson.mapper().writeValueAsString(value));
		}
	}

}

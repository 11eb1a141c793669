package dev.reactiveai.openai.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * JSON objects written as maps, in the order their properties are given.
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

}

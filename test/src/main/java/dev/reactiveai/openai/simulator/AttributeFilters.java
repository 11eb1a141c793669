package dev.reactiveai.openai.simulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The attribute filters of vector store search: comparisons ({@code eq}, {@code ne},
 * {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin}) of one
 * attribute with a value, and their {@code and} and {@code or}.
 */
final class AttributeFilters {

	private AttributeFilters() {
	}

	/**
	 * Whether a file's attributes pass a filter.
	 * @param filter the filter, anything but an object for none
	 * @param attributes the file's attributes, if any
	 * @return whether they pass
	 */
	static boolean matches(JsonNode filter, @Nullable Map<?, ?> attributes) {
		if (!filter.isObject()) {
			return true;
		}
		String type = filter.path("type").asString("eq");
		if ("and".equals(type) || "or".equals(type)) {
			boolean and = "and".equals(type);
			for (JsonNode nested : filter.path("filters")) {
				if (matches(nested, attributes) != and) {
					return !and;
				}
			}
			return and;
		}
		Object actual = (attributes != null) ? attributes.get(filter.path("key").asString("")) : null;
		JsonNode expected = filter.path("value");
		return switch (type) {
			case "eq" -> equal(actual, expected);
			case "ne" -> !equal(actual, expected);
			case "in" -> contains(expected, actual);
			case "nin" -> !contains(expected, actual);
			case "gt", "gte", "lt", "lte" -> compare(type, actual, expected);
			default -> false;
		};
	}

	private static boolean equal(@Nullable Object actual, JsonNode expected) {
		if (actual instanceof Number number && expected.isNumber()) {
			return number.doubleValue() == expected.asDouble();
		}
		if (actual instanceof Boolean bool && expected.isBoolean()) {
			return bool == expected.asBoolean();
		}
		return actual instanceof String text && expected.isString() && text.equals(expected.asString());
	}

	private static boolean contains(JsonNode expected, @Nullable Object actual) {
		for (JsonNode value : expected) {
			if (equal(actual, value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean compare(String type, @Nullable Object actual, JsonNode expected) {
		if (!(actual instanceof Number number) || !expected.isNumber()) {
			return false;
		}
		int comparison = Double.compare(number.doubleValue(), expected.asDouble());
		return switch (type) {
			case "gt" -> comparison > 0;
			case "gte" -> comparison >= 0;
			case "lt" -> comparison < 0;
			default -> comparison <= 0;
		};
	}

}

package dev.reactiveai.openai.helpers;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a schema against strict mode's documented rules, written apart from the
 * production check so that the two do not share a mistake: every object closed and with
 * every property required, only supported keywords, references that resolve, a root that
 * is an object.
 */
final class StrictSchemaAssert {

	private static final Set<String> KEYWORDS = Set.of("type", "description", "title", "enum", "const", "anyOf", "$ref",
			"properties", "required", "additionalProperties", "items", "minItems", "maxItems", "pattern", "format",
			"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf");

	private static final Set<String> FORMATS = Set.of("date-time", "time", "date", "duration", "email", "hostname",
			"ipv4", "ipv6", "uuid");

	private StrictSchemaAssert() {
	}

	static void assertStrict(Map<String, Object> schema) {
		assertThat(schema.get("type")).as("root type").isEqualTo("object");
		assertThat(schema).as("root").doesNotContainKey("anyOf").doesNotContainKey("$schema");
		Map<String, Object> defs = map(schema.getOrDefault("$defs", Map.of()));
		defs.forEach((name, def) -> walk(map(def), "#/$defs/" + name, defs));
		walk(schema, "#", defs);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static void walk(Map<String, Object> schema, String path, Map<String, Object> defs) {
		assertThat(schema).as(path + " is not empty").isNotEmpty();
		for (String keyword : schema.keySet()) {
			if (!(path.equals("#") && keyword.equals("$defs"))) {
				assertThat(KEYWORDS).as(path + " keyword " + keyword).contains(keyword);
			}
		}
		if (schema.containsKey("$ref")) {
			String ref = (String) schema.get("$ref");
			assertThat(ref.equals("#") || (ref.startsWith("#/$defs/") && defs.containsKey(ref.substring(8))))
				.as(path + " $ref " + ref + " resolves")
				.isTrue();
			return;
		}
		if (schema.containsKey("anyOf")) {
			List<?> anyOf = (List<?>) schema.get("anyOf");
			for (int i = 0; i < anyOf.size(); i++) {
				walk(map(anyOf.get(i)), path + "/anyOf/" + i, defs);
			}
			return;
		}
		if (schema.containsKey("format")) {
			assertThat(FORMATS).as(path + " format").contains((String) schema.get("format"));
		}
		Object type = schema.get("type");
		boolean object = "object".equals(type) || (type instanceof List<?> types && types.contains("object"));
		boolean array = "array".equals(type) || (type instanceof List<?> types && types.contains("array"));
		if (object) {
			assertThat(schema.get("additionalProperties")).as(path + " additionalProperties").isEqualTo(false);
			Map<String, Object> properties = map(schema.get("properties"));
			assertThat(properties).as(path + " properties").isNotEmpty();
			List<Object> required = List.copyOf((List<?>) schema.get("required"));
			assertThat(required).as(path + " required").containsExactlyInAnyOrderElementsOf(properties.keySet());
			properties.forEach((name, property) -> walk(map(property), path + "/properties/" + name, defs));
		}
		else {
			assertThat(schema).as(path + " is not an object").doesNotContainKey("additionalProperties");
		}
		if (array) {
			walk(map(schema.get("items")), path + "/items", defs);
		}
	}

}

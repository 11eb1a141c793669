package dev.reactiveai.openai.simulator.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the smallest value that a JSON schema accepts: only the required properties, each
 * from its {@code const}, first {@code enum} value, {@code default} or {@code example},
 * or else a plain value of its type that respects its format and bounds. A union takes
 * its first variant that is not {@code null}; an {@code allOf} merges its parts. Binary
 * strings become {@link #FILE}, which the conformance suite's mapper turns into an
 * upload. It supports the simulator, which answers with such values where the document
 * has no example, and the conformance suite, which calls every operation with them; it is
 * no API of the client. It is safe to use from several threads.
 */
public final class SchemaSampler {

	/** The value of a binary string (a file to upload). */
	public static final String FILE = "conformance-upload.txt";

	private static final int MAX_DEPTH = 24;

	private static final List<String> PATTERN_CANDIDATES = List.of("x", "x_1", "abc", "a1", "1", "x-1", "A", "ab12",
			"https://example.com", "user@example.com", "+14155550123", "00:00", "2024-01-01");

	private final OpenApiSpec spec;

	private final JsonMapper mapper = JsonMapper.builder().build();

	/**
	 * A sampler of the schemas of a document.
	 * @param spec the document, whose references the schemas may use
	 */
	public SchemaSampler(OpenApiSpec spec) {
		this.spec = spec;
	}

	/**
	 * A value of the schema.
	 * @param schema the schema
	 * @return the value: a map, list, string, number or boolean; {@code null} only when
	 * the schema allows nothing else
	 */
	public @Nullable Object sample(JsonNode schema) {
		return sample(schema, 0);
	}

	private @Nullable Object sample(JsonNode node, int depth) {
		JsonNode schema = this.spec.resolve(node);
		if (depth > MAX_DEPTH) {
			return null;
		}
		if (schema.has("const")) {
			return plain(schema.get("const"));
		}
		JsonNode enumeration = schema.path("enum");
		for (JsonNode value : enumeration) {
			if (!value.isNull()) {
				return plain(value);
			}
		}
		if (schema.has("allOf") || schema.has("properties") && (schema.has("oneOf") || schema.has("anyOf"))) {
			return sample(merged(schema), depth + 1);
		}
		for (String union : List.of("oneOf", "anyOf")) {
			if (schema.has(union) && !schema.has("properties")) {
				for (JsonNode variant : schema.get(union)) {
					if (!isNullOnly(this.spec.resolve(variant))) {
						return sample(variant, depth + 1);
					}
				}
				return null;
			}
		}
		return switch (type(schema)) {
			case "object" -> object(schema, depth);
			case "array" -> array(schema, depth);
			case "string" -> string(schema);
			case "integer" -> number(schema, true);
			case "number" -> number(schema, false);
			case "boolean" -> schema.path("default").isBoolean() ? schema.get("default").asBoolean() : false;
			case "null" -> null;
			default -> "x";
		};
	}

	private Map<String, Object> object(JsonNode schema, int depth) {
		Map<String, Object> result = new LinkedHashMap<>();
		JsonNode properties = schema.path("properties");
		for (JsonNode required : schema.path("required")) {
			String name = required.asString();
			JsonNode property = properties.get(name);
			if (property == null) {
				property = schema.path("additionalProperties").isObject() ? schema.get("additionalProperties")
						: this.mapper.createObjectNode();
			}
			Object value = sample(property, depth + 1);
			if (value != null) {
				result.put(name, value);
			}
		}
		int minProperties = schema.path("minProperties").asInt(0);
		for (int i = 1; result.size() < minProperties && i < 100; i++) {
			JsonNode additional = schema.path("additionalProperties").isObject() ? schema.get("additionalProperties")
					: this.mapper.createObjectNode();
			Object value = sample(additional, depth + 1);
			result.put("key_" + i, (value != null) ? value : "x");
		}
		return result;
	}

	private List<Object> array(JsonNode schema, int depth) {
		int count = schema.path("minItems").asInt(0);
		List<Object> result = new ArrayList<>();
		JsonNode items = this.spec.resolve(schema.path("items"));
		if (schema.path("uniqueItems").asBoolean(false) && items.has("enum")) {
			for (JsonNode value : items.get("enum")) {
				if (result.size() < count && !value.isNull()) {
					result.add(plain(value));
				}
			}
			return result;
		}
		for (int i = 0; i < count; i++) {
			Object value = sample(items, depth + 1);
			result.add((value != null) ? value : "x");
		}
		return result;
	}

	private Object string(JsonNode schema) {
		String format = schema.path("format").asString("");
		if ("binary".equals(format) || schema.has("contentMediaType") && !schema.has("contentEncoding")) {
			return FILE;
		}
		for (JsonNode candidate : List.of(schema.path("default"), schema.path("example"),
				schema.path("examples").path(0))) {
			if (candidate.isString()) {
				return candidate.asString();
			}
		}
		String value = switch (format) {
			case "date-time" -> "2024-01-01T00:00:00Z";
			case "date" -> "2024-01-01";
			case "time" -> "00:00:00Z";
			case "uri", "url", "iri" -> "https://example.com";
			case "email" -> "user@example.com";
			case "uuid" -> "00000000-0000-4000-8000-000000000000";
			case "byte" -> "eA==";
			default -> "x";
		};
		String pattern = schema.path("pattern").asString(null);
		if (pattern != null) {
			value = matching(pattern, value);
		}
		int minLength = schema.path("minLength").asInt(0);
		StringBuilder padded = new StringBuilder(value);
		while (padded.length() < minLength) {
			padded.append('x');
		}
		int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
		return (padded.length() > maxLength) ? padded.substring(0, maxLength) : padded.toString();
	}

	private static String matching(String pattern, String preferred) {
		try {
			Pattern compiled = Pattern.compile(pattern);
			if (compiled.matcher(preferred).find()) {
				return preferred;
			}
			for (String candidate : PATTERN_CANDIDATES) {
				if (compiled.matcher(candidate).find()) {
					return candidate;
				}
			}
		}
		catch (PatternSyntaxException ex) {
			// An ECMA pattern that Java cannot read: keep the plain value.
		}
		return preferred;
	}

	private Number number(JsonNode schema, boolean integer) {
		double value = 1;
		if (schema.path("default").isNumber()) {
			value = schema.get("default").asDouble();
		}
		else if (schema.path("example").isNumber()) {
			value = schema.get("example").asDouble();
		}
		if (schema.path("minimum").isNumber() && value < schema.get("minimum").asDouble()) {
			value = schema.get("minimum").asDouble();
		}
		if (schema.path("exclusiveMinimum").isNumber() && value <= schema.get("exclusiveMinimum").asDouble()) {
			value = schema.get("exclusiveMinimum").asDouble() + 1;
		}
		if (schema.path("maximum").isNumber() && value > schema.get("maximum").asDouble()) {
			value = schema.get("maximum").asDouble();
		}
		if (schema.path("exclusiveMaximum").isNumber() && value >= schema.get("exclusiveMaximum").asDouble()) {
			value = schema.get("exclusiveMaximum").asDouble() - (integer ? 1 : 0.5);
		}
		if (integer || value == Math.rint(value)) {
			return (long) Math.ceil(value);
		}
		return value;
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isString()) {
			return type.asString();
		}
		for (JsonNode candidate : type) {
			if (!"null".equals(candidate.asString(""))) {
				return candidate.asString("");
			}
		}
		if (schema.has("properties") || schema.has("additionalProperties") || schema.has("required")) {
			return "object";
		}
		if (schema.has("items")) {
			return "array";
		}
		return "";
	}

	private static boolean isNullOnly(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isString()) {
			return "null".equals(type.asString());
		}
		if (type.isArray() && !type.isEmpty()) {
			for (JsonNode candidate : type) {
				if (!"null".equals(candidate.asString(""))) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * One object schema of an {@code allOf} and its parts: their properties and required
	 * names together; a part that is a union gives its first variant.
	 */
	private JsonNode merged(JsonNode schema) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		Set<String> required = new LinkedHashSet<>();
		List<JsonNode> others = new ArrayList<>();
		collect(schema, properties, required, others, 0);
		if (properties.isEmpty() && required.isEmpty() && !others.isEmpty()) {
			return others.get(0);
		}
		var result = this.mapper.createObjectNode();
		result.put("type", "object");
		var props = result.putObject("properties");
		properties.forEach(props::set);
		var names = result.putArray("required");
		required.forEach(names::add);
		return result;
	}

	private void collect(JsonNode node, Map<String, JsonNode> properties, Set<String> required, List<JsonNode> others,
			int depth) {
		JsonNode schema = this.spec.resolve(node);
		if (depth > MAX_DEPTH) {
			return;
		}
		for (JsonNode part : schema.path("allOf")) {
			collect(part, properties, required, others, depth + 1);
		}
		for (String union : List.of("oneOf", "anyOf")) {
			for (JsonNode variant : schema.path(union)) {
				if (!isNullOnly(this.spec.resolve(variant))) {
					collect(variant, properties, required, others, depth + 1);
					break;
				}
			}
		}
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			properties.putIfAbsent(property.getKey(), property.getValue());
		}
		for (JsonNode name : schema.path("required")) {
			required.add(name.asString());
		}
		if (!schema.has("allOf") && !schema.has("properties") && !schema.has("oneOf") && !schema.has("anyOf")) {
			others.add(schema);
		}
	}

	private @Nullable Object plain(JsonNode value) {
		return this.mapper.treeToValue(value, Object.class);
	}

}

package dev.reactiveai.openai.helpers;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The subset of JSON Schema that OpenAI's strict mode accepts, checked on a derived
 * schema so that a schema the API would refuse fails when it is derived, with the pointer
 * to the part at fault, rather than as a 400 from every request that carries it.
 * <ul>
 * <li>The root is an object, not an {@code anyOf}.</li>
 * <li>Every object lists all its properties as {@code required} and sets
 * {@code additionalProperties} to {@code false}; absence is a union with
 * {@code null}.</li>
 * <li>Keywords: {@code type}, {@code description}, {@code title}, {@code enum},
 * {@code const}, {@code anyOf}, {@code $ref} (to {@code #} or {@code #/$defs/...}),
 * {@code $defs} at the root; strings {@code pattern} and {@code format} (date-time, time,
 * date, duration, email, hostname, ipv4, ipv6, uuid); numbers {@code minimum},
 * {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum},
 * {@code multipleOf}; arrays {@code items}, {@code minItems}, {@code maxItems}; objects
 * {@code properties}, {@code required}, {@code additionalProperties}.</li>
 * <li>Limits: 5,000 object properties in all, 10 levels of object nesting, 1,000 enum
 * values, 120,000 characters of property names, definition names, enum and const values,
 * and 15,000 characters for the values of one string enum of more than 250 values.</li>
 * </ul>
 */
final class StrictModeRules {

	static final Set<String> FORMATS = Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4",
			"ipv6", "uuid");

	private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "object", "array",
			"null");

	private static final Set<String> COMMON = Set.of("type", "description", "title", "enum", "const");

	private static final Map<String, Set<String>> BY_TYPE = Map.of("string", Set.of("pattern", "format"), "number",
			Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"), "integer",
			Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"), "array",
			Set.of("items", "minItems", "maxItems"), "object",
			Set.of("properties", "required", "additionalProperties"));

	private static final int MAX_PROPERTIES = 5000;

	private static final int MAX_DEPTH = 10;

	private static final int MAX_ENUM_VALUES = 1000;

	private static final int MAX_STRING_LENGTH = 120_000;

	private static final int LARGE_ENUM = 250;

	private static final int MAX_LARGE_ENUM_LENGTH = 15_000;

	private final Class<?> type;

	private final JsonNode root;

	private int properties;

	private int enumValues;

	private int stringLength;

	private StrictModeRules(Class<?> type, JsonNode root) {
		this.type = type;
		this.root = root;
	}

	/**
	 * Checks a schema.
	 * @param type the type it was derived from, for the message
	 * @param schema the schema
	 * @throws UnsupportedSchemaException at the first rule broken
	 */
	static void check(Class<?> type, JsonNode schema) {
		new StrictModeRules(type, schema).checkRoot();
	}

	private void checkRoot() {
		if (!"object".equals(this.root.path("type").asString(null)) || this.root.has("anyOf")) {
			throw broken("#", "is not an object: the root of a strict schema must be \"type\": \"object\".");
		}
		JsonNode defs = this.root.path("$defs");
		for (Map.Entry<String, JsonNode> def : defs.properties()) {
			this.stringLength += def.getKey().length();
			// A definition is reached through a $ref, which nests it where it is used;
			// count
			// its own depth from 1.
			checkSchema(def.getValue(), "#/$defs/" + def.getKey(), 1);
		}
		checkSchema(this.root, "#", 1);
		if (this.properties > MAX_PROPERTIES) {
			throw broken("#", "has " + this.properties + " object properties; strict mode allows " + MAX_PROPERTIES
					+ ". Split the answer into smaller ones.");
		}
		if (this.enumValues > MAX_ENUM_VALUES) {
			throw broken("#", "has " + this.enumValues + " enum values; strict mode allows " + MAX_ENUM_VALUES + ".");
		}
		if (this.stringLength > MAX_STRING_LENGTH) {
			throw broken("#", "has " + this.stringLength + " characters of property names, definition names, enum "
					+ "and const values; strict mode allows " + MAX_STRING_LENGTH + ".");
		}
	}

	private void checkSchema(JsonNode schema, String pointer, int depth) {
		if (!schema.isObject() || schema.isEmpty()) {
			throw broken(pointer,
					"is an empty schema (any JSON), which strict mode does not accept. Give the " + "property a type.");
		}
		if (schema.has("$ref")) {
			allowOnly(schema, pointer, Set.of("$ref", "description", "title"));
			String ref = schema.get("$ref").asString("");
			if (!ref.equals("#") && !(ref.startsWith("#/$defs/") && this.root.path("$defs").has(ref.substring(8)))) {
				throw broken(pointer, "refers to " + ref + ", which is neither the root (#) nor one of its $defs.");
			}
			return;
		}
		if (schema.has("anyOf")) {
			allowOnly(schema, pointer, Set.of("anyOf", "description", "title"));
			int index = 0;
			for (JsonNode alternative : schema.get("anyOf")) {
				checkSchema(alternative, pointer + "/anyOf/" + index++, depth);
			}
			return;
		}
		Set<String> types = types(schema, pointer);
		Set<String> allowed = new HashSet<>(COMMON);
		types.forEach((type) -> allowed.addAll(BY_TYPE.getOrDefault(type, Set.of())));
		if (pointer.equals("#")) {
			allowed.add("$defs");
		}
		allowOnly(schema, pointer, allowed);
		if (schema.has("format") && !FORMATS.contains(schema.get("format").asString(""))) {
			throw broken(pointer, "has \"format\": " + schema.get("format") + ", which strict mode does not support "
					+ "(only " + String.join(", ", FORMATS) + ").");
		}
		countEnum(schema.path("enum"));
		if (schema.has("const")) {
			this.stringLength += schema.get("const").asString("").length();
		}
		if (types.contains("object")) {
			checkObject(schema, pointer, depth);
		}
		if (types.contains("array")) {
			if (!schema.has("items")) {
				throw broken(pointer, "is an array without \"items\": strict mode needs the type of its elements.");
			}
			checkSchema(schema.get("items"), pointer + "/items", depth);
		}
	}

	private void checkObject(JsonNode schema, String pointer, int depth) {
		if (depth > MAX_DEPTH) {
			throw broken(pointer, "nests objects " + depth + " levels deep; strict mode allows " + MAX_DEPTH + ".");
		}
		JsonNode properties = schema.path("properties");
		if (properties.isEmpty()) {
			throw broken(pointer, "is an object without properties, which strict mode does not accept.");
		}
		if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
			throw broken(pointer, "does not set \"additionalProperties\": false, which strict mode requires.");
		}
		Set<String> required = new HashSet<>();
		schema.path("required").forEach((name) -> required.add(name.asString()));
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			if (!required.contains(property.getKey())) {
				throw broken(pointer, "does not list \"" + property.getKey() + "\" as required: strict mode requires "
						+ "every property; make an optional one nullable instead.");
			}
			this.properties++;
			this.stringLength += property.getKey().length();
			checkSchema(property.getValue(), pointer + "/properties/" + escape(property.getKey()), depth + 1);
		}
	}

	private Set<String> types(JsonNode schema, String pointer) {
		JsonNode type = schema.path("type");
		Set<String> types = new HashSet<>();
		if (type.isString()) {
			types.add(type.asString());
		}
		else if (type.isArray()) {
			type.forEach((each) -> types.add(each.asString("")));
		}
		else if (!schema.has("enum") && !schema.has("const")) {
			throw broken(pointer, "has no \"type\".");
		}
		for (String each : types) {
			if (!TYPES.contains(each)) {
				throw broken(pointer, "has \"type\": \"" + each + "\", which is not a JSON Schema type.");
			}
		}
		return types;
	}

	private void countEnum(JsonNode values) {
		if (!values.isArray()) {
			return;
		}
		int length = 0;
		for (JsonNode value : values) {
			length += value.isString() ? value.asString().length() : 0;
		}
		this.enumValues += values.size();
		this.stringLength += length;
		if (values.size() > LARGE_ENUM && length > MAX_LARGE_ENUM_LENGTH) {
			throw new UnsupportedSchemaException(this.type, "#",
					"has an enum of " + values.size() + " values totalling " + length
							+ " characters; strict mode allows " + MAX_LARGE_ENUM_LENGTH
							+ " characters for an enum of more than " + LARGE_ENUM + " values.");
		}
	}

	private void allowOnly(JsonNode schema, String pointer, Set<String> allowed) {
		List<String> unsupported = schema.propertyNames().stream().filter((name) -> !allowed.contains(name)).toList();
		if (!unsupported.isEmpty()) {
			throw broken(pointer, "uses " + unsupported + ", which strict mode does not support here.");
		}
	}

	private UnsupportedSchemaException broken(String pointer, String problem) {
		return new UnsupportedSchemaException(this.type, "schema " + pointer, problem);
	}

	private static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

}

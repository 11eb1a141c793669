package dev.reactiveai.openai.simulator.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes values that a JSON schema accepts, of two kinds.
 * <ul>
 * <li>{@link #sample(JsonNode) The smallest}: only the required properties, each from its
 * {@code const}, first {@code enum} value, {@code default} or {@code example}, or else a
 * plain value of its type that respects its format and bounds; arrays as short as
 * {@code minItems} allows.</li>
 * <li>{@link #plausible(JsonNode, long, String) Plausible} ones, as a model answering
 * with structured output would write them: every property, arrays of one to three items,
 * an {@code enum} member chosen, strings a reader would expect of the property's name (a
 * short title for {@code title}, a city for {@code city}), numbers and booleans within
 * the schema's bounds. The choices follow a seed, so the same seed gives the same
 * value.</li>
 * </ul>
 * Either way a union takes its first variant that is not {@code null} (so a nullable
 * value is not null), an {@code allOf} merges its parts, and {@code $ref} is followed:
 * into the OpenAPI document, or within the schema itself ({@code #/$defs/...}, {@code #})
 * for a sampler {@link #of(JsonNode) of a standalone schema}. Binary strings become
 * {@link #FILE}, which the conformance suite's mapper turns into an upload. It supports
 * the simulator, which answers with such values where the document has no example and
 * where a request asks for structured output or a tool call, and the conformance suite,
 * which calls every operation with them; it is no API of the client. It is safe to use
 * from several threads.
 */
public final class SchemaSampler {

	/** The value of a binary string (a file to upload). */
	public static final String FILE = "conformance-upload.txt";

	private static final int MAX_DEPTH = 24;

	/**
	 * How deep plausible values are full: below it, the smallest values end recursion.
	 */
	private static final int PLAUSIBLE_DEPTH = 10;

	/** How deep arrays hold up to three items: below it, one. */
	private static final int SPREAD_DEPTH = 4;

	private static final List<String> PATTERN_CANDIDATES = List.of("x", "x_1", "abc", "a1", "1", "x-1", "A", "ab12",
			"https://example.com", "user@example.com", "+14155550123", "00:00", "2024-01-01");

	private final UnaryOperator<JsonNode> resolver;

	private final JsonMapper mapper = JsonMapper.builder().build();

	/**
	 * A sampler of the schemas of a document.
	 * @param spec the document, whose references the schemas may use
	 */
	public SchemaSampler(OpenApiSpec spec) {
		this.resolver = spec::resolve;
	}

	private SchemaSampler(UnaryOperator<JsonNode> resolver) {
		this.resolver = resolver;
	}

	/**
	 * A sampler of a standalone schema, such as the schema of a request's structured
	 * output or a function's parameters, whose {@code $ref}s point within itself.
	 * @param schema the schema, the root its references start from
	 * @return the sampler
	 */
	public static SchemaSampler of(JsonNode schema) {
		return new SchemaSampler(new LocalReferences(schema)::resolve);
	}

	/**
	 * The smallest value of the schema.
	 * @param schema the schema
	 * @return the value: a map, list, string, number or boolean; {@code null} only when
	 * the schema allows nothing else
	 * @throws IllegalArgumentException when a reference of a standalone schema points at
	 * nothing
	 */
	public @Nullable Object sample(JsonNode schema) {
		return sample(schema, Walk.SMALLEST, null, 0);
	}

	/**
	 * A plausible value of the schema, as a model would write it.
	 * @param schema the schema
	 * @param seed the seed of the choices: the same seed, the same value
	 * @param freeText the text of every string that the schema leaves free (no
	 * {@code enum}, {@code const} or {@code format}), as a model passes a user's words on
	 * to a tool; {@code null} for strings a reader would expect of each property's name
	 * @return the value: a map, list, string, number or boolean; {@code null} only when
	 * the schema allows nothing else
	 * @throws IllegalArgumentException when a reference of a standalone schema points at
	 * nothing
	 */
	public @Nullable Object plausible(JsonNode schema, long seed, @Nullable String freeText) {
		return sample(schema, new Walk(new Random(seed), freeText), null, 0);
	}

	private @Nullable Object sample(JsonNode node, Walk walk, @Nullable String name, int depth) {
		JsonNode schema = this.resolver.apply(node);
		if (depth > MAX_DEPTH) {
			return null;
		}
		boolean full = walk.isFull(depth);
		if (schema.has("const")) {
			return plain(schema.get("const"));
		}
		List<JsonNode> members = new ArrayList<>();
		for (JsonNode value : schema.path("enum")) {
			if (!value.isNull()) {
				members.add(value);
			}
		}
		if (!members.isEmpty()) {
			return plain(full ? members.get(walk.random().nextInt(members.size())) : members.get(0));
		}
		if (schema.has("allOf") || schema.has("properties") && (schema.has("oneOf") || schema.has("anyOf"))) {
			return sample(merged(schema), walk, name, depth + 1);
		}
		for (String union : List.of("oneOf", "anyOf")) {
			if (schema.has(union) && !schema.has("properties")) {
				if (walk.endsRecursion(depth) && hasNullVariant(schema.get(union))) {
					return null;
				}
				for (JsonNode variant : schema.get(union)) {
					if (!isNullOnly(this.resolver.apply(variant))) {
						return sample(variant, walk, name, depth + 1);
					}
				}
				return null;
			}
		}
		if (walk.endsRecursion(depth) && allowsNull(schema)) {
			return null;
		}
		return switch (type(schema)) {
			case "object" -> object(schema, walk, name, depth);
			case "array" -> array(schema, walk, name, depth);
			case "string" -> string(schema, full ? walk : Walk.SMALLEST, name);
			case "integer" -> number(schema, true, full ? walk : Walk.SMALLEST, name);
			case "number" -> number(schema, false, full ? walk : Walk.SMALLEST, name);
			case "boolean" -> full ? walk.random().nextBoolean()
					: schema.path("default").isBoolean() && schema.get("default").asBoolean();
			case "null" -> null;
			default -> full ? PlausibleValues.string(name, walk.random()) : "x";
		};
	}

	private Map<String, @Nullable Object> object(JsonNode schema, Walk walk, @Nullable String name, int depth) {
		Map<String, @Nullable Object> result = new LinkedHashMap<>();
		JsonNode properties = schema.path("properties");
		JsonNode additionalProperties = schema.path("additionalProperties").isObject()
				? schema.get("additionalProperties") : this.mapper.createObjectNode();
		if (walk.isFull(depth)) {
			// Every property, as strict structured outputs require; null where the
			// schema allows it only.
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				result.put(property.getKey(), sample(property.getValue(), walk,
						PlausibleValues.qualified(name, property.getKey()), depth + 1));
			}
		}
		for (JsonNode required : schema.path("required")) {
			String key = required.asString();
			if (result.containsKey(key)) {
				continue;
			}
			JsonNode property = properties.has(key) ? properties.get(key) : additionalProperties;
			Object value = sample(property, walk, PlausibleValues.qualified(name, key), depth + 1);
			// A required null stays for plausible values: a recursive schema ends so.
			if (value != null || !walk.isSmallest()) {
				result.put(key, value);
			}
		}
		int minProperties = schema.path("minProperties").asInt(0);
		for (int i = 1; result.size() < minProperties && i < 100; i++) {
			Object value = sample(additionalProperties, walk, null, depth + 1);
			result.put("key_" + i, (value != null) ? value : "x");
		}
		return result;
	}

	private List<Object> array(JsonNode schema, Walk walk, @Nullable String name, int depth) {
		int count = schema.path("minItems").asInt(0);
		if (walk.isFull(depth)) {
			int spread = (depth < SPREAD_DEPTH) ? 1 + walk.random().nextInt(3) : 1;
			count = Math.max(count, Math.min(spread, schema.path("maxItems").asInt(Integer.MAX_VALUE)));
		}
		List<Object> result = new ArrayList<>();
		JsonNode items = this.resolver.apply(schema.path("items"));
		boolean unique = schema.path("uniqueItems").asBoolean(false);
		if (unique && items.has("enum")) {
			for (JsonNode value : items.get("enum")) {
				if (result.size() < count && !value.isNull()) {
					result.add(plain(value));
				}
			}
			return result;
		}
		String itemName = PlausibleValues.itemName(name);
		int minItems = schema.path("minItems").asInt(0);
		for (int tries = 0; result.size() < count && tries < count * 5; tries++) {
			Object value = sample(items, walk, itemName, depth + 1);
			Object item = (value != null) ? value : "x";
			// Plausible arrays, and those of uniqueItems, want distinct items: try others
			// first, then repeat one (a unique array only up to its minimum).
			boolean distinct = unique || !walk.isSmallest();
			boolean lastTries = tries >= count * 4;
			if (!distinct || !result.contains(item) || lastTries && (!unique || result.size() < minItems)) {
				result.add(item);
			}
		}
		return result;
	}

	private Object string(JsonNode schema, Walk walk, @Nullable String name) {
		String format = schema.path("format").asString("");
		if ("binary".equals(format) || schema.has("contentMediaType") && !schema.has("contentEncoding")) {
			return FILE;
		}
		String value = walk.isSmallest() ? example(schema) : null;
		if (value == null) {
			value = formatted(format, walk);
		}
		if (value == null && walk.freeText() != null) {
			value = walk.freeText();
		}
		if (value == null && !walk.isSmallest()) {
			value = example(schema);
		}
		if (value == null) {
			value = walk.isSmallest() ? "x" : PlausibleValues.string(name, walk.random());
		}
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

	private static @Nullable String example(JsonNode schema) {
		for (JsonNode candidate : List.of(schema.path("default"), schema.path("example"),
				schema.path("examples").path(0))) {
			if (candidate.isString()) {
				return candidate.asString();
			}
		}
		return null;
	}

	/** A value of a string format, or {@code null} for a format with no value here. */
	private static @Nullable String formatted(String format, Walk walk) {
		if (walk.isSmallest()) {
			return switch (format) {
				case "date-time" -> "2024-01-01T00:00:00Z";
				case "date" -> "2024-01-01";
				case "time" -> "00:00:00Z";
				case "uri", "url", "iri" -> "https://example.com";
				case "email" -> "user@example.com";
				case "uuid" -> "00000000-0000-4000-8000-000000000000";
				case "byte" -> "eA==";
				default -> null;
			};
		}
		Random random = walk.random();
		return switch (format) {
			case "date-time" -> PlausibleValues.string("created_at", random);
			case "date" -> PlausibleValues.string("date", random);
			case "time" -> String.format("%02d:%02d:00Z", 8 + random.nextInt(10), random.nextInt(60));
			case "uri", "url", "iri" -> PlausibleValues.string("url", random);
			case "email", "idn-email" -> PlausibleValues.string("email", random);
			case "uuid" -> new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
					random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L)
				.toString();
			case "byte" -> "eA==";
			case "hostname" -> "example.com";
			case "ipv4" -> "192.0.2." + (1 + random.nextInt(254));
			case "duration" -> "PT" + (1 + random.nextInt(59)) + "M";
			default -> null;
		};
	}

	private Number number(JsonNode schema, boolean integer, Walk walk, @Nullable String name) {
		double value = 1;
		if (!walk.isSmallest()) {
			value = PlausibleValues.number(name, integer, walk.random());
		}
		else if (schema.path("default").isNumber()) {
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
		double multipleOf = schema.path("multipleOf").asDouble(0);
		if (!walk.isSmallest() && multipleOf > 0) {
			value = Math.ceil(value / multipleOf) * multipleOf;
			if (schema.path("maximum").isNumber() && value > schema.get("maximum").asDouble()) {
				value -= multipleOf;
			}
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

	private boolean hasNullVariant(JsonNode variants) {
		for (JsonNode variant : variants) {
			if (isNullOnly(this.resolver.apply(variant))) {
				return true;
			}
		}
		return false;
	}

	private static boolean allowsNull(JsonNode schema) {
		for (JsonNode type : schema.path("type")) {
			if ("null".equals(type.asString(""))) {
				return true;
			}
		}
		return schema.path("nullable").asBoolean(false);
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
		JsonNode schema = this.resolver.apply(node);
		if (depth > MAX_DEPTH) {
			return;
		}
		for (JsonNode part : schema.path("allOf")) {
			collect(part, properties, required, others, depth + 1);
		}
		for (String union : List.of("oneOf", "anyOf")) {
			for (JsonNode variant : schema.path(union)) {
				if (!isNullOnly(this.resolver.apply(variant))) {
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

	/**
	 * How a value is made: the smallest, or plausible with a source of choices.
	 *
	 * @param random the source of choices, {@code null} for the smallest values
	 * @param freeText the text of free strings, if any
	 */
	private record Walk(@Nullable Random random, @Nullable String freeText) {

		static final Walk SMALLEST = new Walk(null, null);

		boolean isSmallest() {
			return this.random == null;
		}

		/** Whether values at this depth are plausible ones. */
		boolean isFull(int depth) {
			return this.random != null && depth < PLAUSIBLE_DEPTH;
		}

		/** Whether a nullable value at this depth is null, to end a recursive schema. */
		boolean endsRecursion(int depth) {
			return this.random != null && depth >= PLAUSIBLE_DEPTH;
		}

		@Override
		public Random random() {
			if (this.random == null) {
				throw new IllegalStateException("The smallest values make no choices");
			}
			return this.random;
		}

	}

	/**
	 * The references of a standalone schema: {@code #} for the schema itself, and JSON
	 * pointers into it such as {@code #/$defs/step}.
	 */
	private static final class LocalReferences {

		private final JsonNode root;

		LocalReferences(JsonNode root) {
			this.root = root;
		}

		JsonNode resolve(JsonNode node) {
			JsonNode current = node;
			for (int hops = 0; hops < 64 && current.path("$ref").isString(); hops++) {
				String ref = current.get("$ref").asString();
				if (ref.equals("#")) {
					current = this.root;
					continue;
				}
				if (!ref.startsWith("#/")) {
					throw new IllegalArgumentException("The reference '" + ref
							+ "' points outside the schema; use a reference within it, such as '#/$defs/name'.");
				}
				JsonNode target = this.root.at(ref.substring(1));
				if (target.isMissingNode()) {
					throw new IllegalArgumentException("The reference '" + ref
							+ "' points at nothing in the schema; define it, such as under '$defs'.");
				}
				current = target;
			}
			return current;
		}

	}

}

package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the API description's schemas: references, nullability, alternatives, merged
 * properties.
 */
final class Schemas {

	/**
	 * The union of the webhooks' payloads: a component that the description implies but
	 * does not declare.
	 */
	static final String WEBHOOK_EVENT = "WebhookEvent";

	private static final String REF_PREFIX = "#/components/schemas/";

	private final JsonNode components;

	Schemas(JsonNode spec) {
		this.components = withWebhookEvent(spec.path("components").path("schemas"), spec.path("webhooks"));
	}

	/**
	 * The component schemas and, when the description has webhooks, one more:
	 * {@value #WEBHOOK_EVENT}, a {@code oneOf} of each webhook's payload told apart by
	 * its {@code type}, so that the payloads become a union like any other.
	 */
	private static JsonNode withWebhookEvent(JsonNode components, JsonNode webhooks) {
		if (webhooks.isEmpty() || !components.isObject()) {
			return components;
		}
		if (components.has(WEBHOOK_EVENT)) {
			throw new IllegalStateException("The description declares a component named " + WEBHOOK_EVENT
					+ ": rename the union of the webhooks' payloads");
		}
		ObjectNode union = JsonNodeFactory.instance.objectNode();
		union.put("description", "An event that the API sends to a webhook endpoint.");
		union.putObject("discriminator").put("propertyName", "type");
		ArrayNode payloads = union.putArray("oneOf");
		for (JsonNode webhook : webhooks) {
			JsonNode payload = webhook.path("post")
				.path("requestBody")
				.path("content")
				.path("application/json")
				.path("schema");
			if (payload.isObject() && !contains(payloads, payload)) {
				payloads.add(payload);
			}
		}
		ObjectNode result = ((ObjectNode) components).deepCopy();
		result.set(WEBHOOK_EVENT, union);
		return result;
	}

	private static boolean contains(ArrayNode nodes, JsonNode node) {
		for (JsonNode element : nodes) {
			if (element.equals(node)) {
				return true;
			}
		}
		return false;
	}

	JsonNode components() {
		return this.components;
	}

	JsonNode component(String name) {
		JsonNode schema = this.components.get(name);
		if (schema == null) {
			throw new IllegalArgumentException("No component schema named " + name);
		}
		return schema;
	}

	static @Nullable String refName(JsonNode schema) {
		JsonNode ref = schema.get("$ref");
		if (ref == null) {
			return null;
		}
		String text = ref.asString();
		if (!text.startsWith(REF_PREFIX)) {
			throw new IllegalArgumentException("Unsupported reference " + text);
		}
		return text.substring(REF_PREFIX.length());
	}

	/** The schema behind a reference, or the schema itself. */
	JsonNode resolve(JsonNode schema) {
		String name = refName(schema);
		return (name != null) ? resolve(component(name)) : schema;
	}

	static boolean isNull(JsonNode schema) {
		return "null".equals(schema.path("type").asString(null)) && !schema.has("enum")
				|| (schema.has("enum") && schema.get("enum").size() == 1 && schema.get("enum").get(0).isNull());
	}

	/**
	 * The non-null alternatives of a oneOf or anyOf, or null when the schema has none.
	 */
	static @Nullable List<JsonNode> alternatives(JsonNode schema) {
		JsonNode alternatives = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
		if (alternatives == null || !alternatives.isArray()) {
			return null;
		}
		List<JsonNode> result = new ArrayList<>();
		for (JsonNode alternative : alternatives) {
			if (!isNull(alternative)) {
				result.add(alternative);
			}
		}
		return result;
	}

	/**
	 * Whether the schema admits null, directly or through the component it refers to
	 * ({@code "error": {"$ref": "ResponseError"}}, where {@code ResponseError} is
	 * {@code anyOf [object, null]}).
	 */
	boolean admitsNull(JsonNode schema) {
		if (isNullable(schema)) {
			return true;
		}
		String name = refName(schema);
		return name != null && admitsNull(component(name));
	}

	/** Whether the schema admits null, in any of the ways OpenAPI says so. */
	static boolean isNullable(JsonNode schema) {
		if (schema.path("nullable").asBoolean(false)) {
			return true;
		}
		JsonNode type = schema.get("type");
		if (type != null && type.isArray()) {
			for (JsonNode element : type) {
				if ("null".equals(element.asString())) {
					return true;
				}
			}
		}
		JsonNode alternatives = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
		if (alternatives != null) {
			for (JsonNode alternative : alternatives) {
				if (isNull(alternative)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The JSON type of a schema, ignoring {@code null} in a list of types. */
	static @Nullable String type(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type == null) {
			return null;
		}
		if (type.isArray()) {
			for (JsonNode element : type) {
				if (!"null".equals(element.asString())) {
					return element.asString();
				}
			}
			return null;
		}
		return type.asString();
	}

	/**
	 * The string values of an enum or const, or null when the schema is not a string
	 * literal set.
	 */
	static @Nullable List<String> stringValues(JsonNode schema) {
		if (schema.has("const") && schema.get("const").isString()) {
			return List.of(schema.get("const").asString());
		}
		JsonNode values = schema.get("enum");
		if (values == null || !values.isArray()) {
			return null;
		}
		List<String> result = new ArrayList<>();
		for (JsonNode value : values) {
			if (value.isString()) {
				result.add(value.asString());
			}
			else if (!value.isNull()) {
				return null;
			}
		}
		return result;
	}

	/**
	 * The single value a property must have, such as {@code "type": "message"}, or null.
	 */
	@Nullable String literal(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		List<String> values = stringValues(resolved);
		if (values != null && values.size() == 1) {
			return values.get(0);
		}
		List<JsonNode> alternatives = alternatives(resolved);
		if (alternatives != null && alternatives.size() == 1) {
			return literal(alternatives.get(0));
		}
		return null;
	}

	/**
	 * The values a property may have when they are a closed set of strings (a constant,
	 * an enum, or alternatives that are all such sets), or null when it may have others.
	 */
	@Nullable List<String> values(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		List<String> values = stringValues(resolved);
		if (values != null) {
			return values.isEmpty() ? null : values;
		}
		List<JsonNode> alternatives = alternatives(resolved);
		if (alternatives == null || alternatives.isEmpty()) {
			return null;
		}
		Set<String> union = new LinkedHashSet<>();
		for (JsonNode alternative : alternatives) {
			List<String> alternativeValues = values(alternative);
			if (alternativeValues == null) {
				return null;
			}
			union.addAll(alternativeValues);
		}
		return new ArrayList<>(union);
	}

	/** Properties of an object schema, allOf parts merged in order. */
	Map<String, JsonNode> properties(JsonNode schema) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		collect(schema, properties, new LinkedHashSet<>());
		return properties;
	}

	/** Required properties of an object schema, allOf parts merged. */
	Set<String> required(JsonNode schema) {
		Set<String> required = new LinkedHashSet<>();
		collect(schema, new LinkedHashMap<>(), required);
		return required;
	}

	private void collect(JsonNode schema, Map<String, JsonNode> properties, Set<String> required) {
		JsonNode resolved = resolve(schema);
		List<JsonNode> alternatives = alternatives(resolved);
		if (alternatives != null && alternatives.size() == 1 && !resolved.has("properties")) {
			// A one-variant oneOf is a wrapper: its properties are the variant's.
			collect(alternatives.get(0), properties, required);
			return;
		}
		JsonNode parts = resolved.get("allOf");
		if (parts != null) {
			for (JsonNode part : parts) {
				collect(part, properties, required);
			}
		}
		JsonNode own = resolved.get("properties");
		if (own != null) {
			for (Map.Entry<String, JsonNode> property : own.properties()) {
				properties.put(property.getKey(), property.getValue());
			}
		}
		JsonNode names = resolved.get("required");
		if (names != null) {
			for (JsonNode name : names) {
				required.add(name.asString());
			}
		}
	}

	/**
	 * The parts of an allOf that say something about the type: a part with only
	 * {@code nullable} or a description adds nothing but nullability.
	 */
	static List<JsonNode> typedParts(JsonNode allOf) {
		List<JsonNode> typed = new ArrayList<>();
		for (JsonNode part : allOf) {
			if (part.has("$ref") || part.has("type") || part.has("properties") || part.has("oneOf") || part.has("anyOf")
					|| part.has("allOf") || part.has("enum") || part.has("items") || part.has("const")) {
				typed.add(part);
			}
		}
		return typed;
	}

	/** Whether the schema describes an object with named properties. */
	boolean hasProperties(JsonNode schema) {
		JsonNode resolved = resolve(schema);
		return (resolved.has("properties") && !resolved.get("properties").isEmpty())
				|| resolved.has("allOf") && !properties(resolved).isEmpty();
	}

	static String description(JsonNode schema) {
		String description = schema.path("description").asString("");
		return description.isBlank() ? schema.path("title").asString("") : description;
	}

	/**
	 * Whether every alternative (those of nested unions included) is a string: a string
	 * literal set or a plain string, not binary.
	 */
	boolean allStrings(List<JsonNode> alternatives) {
		for (JsonNode alternative : alternatives) {
			JsonNode resolved = resolve(alternative);
			List<JsonNode> nested = alternatives(resolved);
			if (nested != null) {
				if (!allStrings(nested)) {
					return false;
				}
			}
			else if (!"string".equals(type(resolved)) && stringValues(resolved) == null) {
				return false;
			}
			else if ("binary".equals(resolved.path("format").asString(""))) {
				return false;
			}
		}
		return true;
	}

}

package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds what the API description says about a schema, wherever it says it: on the schema
 * itself, inside the {@code anyOf: [X, null]} or single-part {@code allOf} that only
 * makes it nullable, or on the component it references; and whether it is deprecated, by
 * {@code deprecated: true} or by its text.
 * <p>
 * For a schema that says nothing, it knows the operations that use it, so that a request
 * body or a set of query parameters can say which operation it is for.
 */
final class Descriptions {

	/**
	 * A description that declares what it describes deprecated: it starts with
	 * "Deprecated" (or {@code **Deprecated:**}, {@code [DEPRECATED]}), or says "this
	 * field/value/parameter is (now) deprecated".
	 */
	private static final Pattern DEPRECATED_TEXT = Pattern
		.compile("(?is)^\\W*deprecated\\b.*|.*\\bthis (value|field|parameter|property) is (now )?deprecated\\b.*");

	/** Sentences that say why or what to use instead. */
	private static final Pattern REASON = Pattern.compile("(?i)deprecat|replaced|in favou?r of|instead|no longer");

	/**
	 * The label that starts a deprecation note: {@code **Deprecated:**}, "[DEPRECATED]".
	 */
	private static final Pattern LABEL = Pattern.compile("(?i)^\\W*deprecated\\W*?[.:\\]](\\*\\*)?\\s*");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z`*\\[])");

	/**
	 * What a property says about itself, as Javadoc.
	 *
	 * @param javadoc the whole description, empty when there is none
	 * @param summary its first sentence
	 * @param deprecation why it is deprecated, or null when it is not
	 */
	record PropertyDoc(String javadoc, String summary, @Nullable String deprecation) {

	}

	private final Schemas schemas;

	/** Operations by the schema of their request body or response, and by component. */
	private final Map<JsonNode, List<Operation>> bySchema = new HashMap<>();

	private final Map<String, List<Operation>> byComponent = new HashMap<>();

	/**
	 * An operation that a schema is used in.
	 *
	 * @param method the HTTP method, upper case
	 * @param path the path
	 * @param summary its summary, possibly empty
	 * @param use what the schema is to the operation: "request body", "query parameters"
	 * or "response"
	 */
	private record Operation(String method, String path, String summary, String use) {

	}

	Descriptions(Schemas schemas, JsonNode spec) {
		this.schemas = schemas;
		for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!Set.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
					continue;
				}
				JsonNode operation = entry.getValue();
				String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
				String summary = operation.path("summary").asString(operation.path("description").asString(""));
				for (JsonNode content : operation.path("requestBody").path("content")) {
					index(content.path("schema"), new Operation(method, path.getKey(), summary, "request body"));
				}
				ObjectNode query = queryParameters(operation);
				if (query != null) {
					index(query, new Operation(method, path.getKey(), summary, "query parameters"));
				}
				for (Map.Entry<String, JsonNode> status : operation.path("responses").properties()) {
					if (status.getKey().startsWith("2")) {
						for (JsonNode content : status.getValue().path("content")) {
							index(content.path("schema"), new Operation(method, path.getKey(), summary, "response"));
						}
					}
				}
			}
		}
	}

	private void index(JsonNode schema, Operation operation) {
		if (!schema.isObject()) {
			return;
		}
		String ref = Schemas.refName(schema);
		if (ref != null) {
			this.byComponent.computeIfAbsent(ref, (key) -> new ArrayList<>()).add(operation);
		}
		else {
			this.bySchema.computeIfAbsent(schema, (key) -> new ArrayList<>()).add(operation);
		}
	}

	/**
	 * The object schema of an operation's query parameters, as the services' parameter
	 * records are generated from, to know which operation such a record is for.
	 */
	private static @Nullable ObjectNode queryParameters(JsonNode operation) {
		ObjectNode schema = JsonNodeFactory.instance.objectNode();
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		ArrayNode required = schema.putArray("required");
		for (JsonNode parameter : operation.path("parameters")) {
			if ("query".equals(parameter.path("in").asString())) {
				ObjectNode property = ((ObjectNode) parameter.path("schema")).deepCopy();
				if (parameter.has("description")) {
					property.put("description", parameter.path("description").asString());
				}
				properties.set(parameter.path("name").asString(), property);
				if (parameter.path("required").asBoolean(false)) {
					required.add(parameter.path("name").asString());
				}
			}
		}
		return properties.isEmpty() ? null : schema;
	}

	/**
	 * The description of a schema in markdown: its own, else that of what it stands for
	 * (the non-null alternative of a nullable {@code anyOf}/{@code oneOf}, the one typed
	 * part of an {@code allOf}, the referenced component), else its title.
	 * @param schema the schema
	 * @return the description, empty when there is none
	 */
	String markdown(JsonNode schema) {
		return markdown(schema, new HashSet<>());
	}

	private String markdown(JsonNode schema, Set<String> seen) {
		String own = schema.path("description").asString("");
		if (!own.isBlank()) {
			return own.strip();
		}
		JsonNode inner = standsFor(schema);
		if (inner != null) {
			String ref = Schemas.refName(inner);
			if (ref == null || seen.add(ref)) {
				String text = markdown((ref != null) ? this.schemas.component(ref) : inner, seen);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return schema.path("title").asString("").strip();
	}

	/** The schema that a schema only wraps or references, or null. */
	private static @Nullable JsonNode standsFor(JsonNode schema) {
		if (Schemas.refName(schema) != null) {
			return schema;
		}
		List<JsonNode> alternatives = Schemas.alternatives(schema);
		if (alternatives != null && alternatives.size() == 1 && !schema.has("properties")) {
			return alternatives.get(0);
		}
		if (schema.has("allOf") && !schema.has("properties")) {
			List<JsonNode> parts = Schemas.typedParts(schema.get("allOf"));
			if (parts.size() == 1) {
				return parts.get(0);
			}
		}
		return null;
	}

	/**
	 * Whether a property or type is deprecated: {@code deprecated: true} on it or on the
	 * schema it wraps (not on a component it references: that component is marked
	 * itself), or a description that says so.
	 * @param schema the schema
	 * @return whether it is deprecated
	 */
	boolean deprecated(JsonNode schema) {
		for (JsonNode node = schema; node != null; node = (Schemas.refName(node) != null) ? null : standsFor(node)) {
			if (node.path("deprecated").asBoolean(false)) {
				return true;
			}
		}
		return DEPRECATED_TEXT.matcher(markdown(schema)).matches();
	}

	/**
	 * Why a deprecated schema is deprecated, as Javadoc: the sentence of its description
	 * that says so or names its replacement, else a plain statement.
	 * @param schema the schema
	 * @return the reason
	 */
	String deprecation(JsonNode schema) {
		for (String sentence : SENTENCE_END.split(markdown(schema))) {
			if (REASON.matcher(sentence).find()) {
				String reason = LABEL.matcher(sentence.strip()).replaceFirst("");
				if (REASON.matcher(reason).find() || reason.toLowerCase(java.util.Locale.ROOT).startsWith("use ")) {
					return MarkdownJavadoc.toJavadoc(capitalized(reason));
				}
			}
		}
		return "The API description marks it deprecated and names no replacement.";
	}

	/**
	 * What a property says about itself.
	 * @param schema the property's schema
	 * @return its documentation
	 */
	PropertyDoc property(JsonNode schema) {
		String markdown = markdown(schema);
		return new PropertyDoc(MarkdownJavadoc.toJavadoc(markdown), MarkdownJavadoc.firstSentence(markdown),
				deprecated(schema) ? deprecation(schema) : null);
	}

	/**
	 * What an undescribed property of one of the API's common shapes is: a page of a list
	 * ({@code data}, {@code has_more}, {@code first_id}, {@code last_id}, {@code object})
	 * or the result of a deletion ({@code id}, {@code deleted}, {@code object}).
	 * @param property the property's name
	 * @param siblings the names of the properties of the object that has it
	 * @return the Javadoc, or null when the property is not one of these
	 */
	static @Nullable String conventional(String property, Set<String> siblings) {
		if (siblings.contains("data") && siblings.contains("has_more")) {
			return switch (property) {
				case "data" -> "The items on this page of the list.";
				case "has_more" -> "Whether the list has more items after this page.";
				case "first_id" -> "The ID of the first item on this page, or null when the page is empty.";
				case "last_id" ->
					"The ID of the last item on this page: the cursor for the next page " + "({@code after}).";
				case "object" -> "The object type, {@code list}.";
				default -> null;
			};
		}
		if (siblings.contains("deleted") && siblings.contains("id")) {
			return switch (property) {
				case "id" -> "The ID of the deleted object.";
				case "deleted" -> "Whether the object was deleted.";
				case "object" -> "The type of the deleted object.";
				default -> null;
			};
		}
		return null;
	}

	/**
	 * Which operations a schema without a description is for, as a Javadoc sentence, such
	 * as "The request body of {@code POST /batches}: Creates and executes a batch."
	 * @param schema an inline schema of an operation, or an operation's query parameters
	 * as an object schema
	 * @param component the component the schema is, or null for an inline schema
	 * @return the sentence, or null when no operation uses the schema
	 */
	@Nullable String operations(JsonNode schema, @Nullable String component) {
		List<Operation> operations = (component != null) ? this.byComponent.get(component) : this.bySchema.get(schema);
		if (operations == null || operations.isEmpty()) {
			return null;
		}
		Map<String, List<Operation>> byUse = new LinkedHashMap<>();
		for (Operation operation : operations) {
			byUse.computeIfAbsent(operation.use(), (key) -> new ArrayList<>()).add(operation);
		}
		List<String> sentences = new ArrayList<>();
		byUse.forEach((use, uses) -> {
			List<String> names = new ArrayList<>();
			for (Operation operation : uses) {
				String name = MarkdownJavadoc.code(operation.method() + " " + operation.path());
				if (!names.contains(name)) {
					names.add(name);
				}
			}
			String summary = (names.size() == 1) ? MarkdownJavadoc.firstSentence(uses.get(0).summary()) : "";
			sentences.add(capitalized("the " + use + " of " + enumeration(names, 4, "and"))
					+ (summary.isEmpty() ? "." : ": " + summary + (summary.endsWith(".") ? "" : ".")));
		});
		return String.join(" ", sentences);
	}

	/**
	 * "a", "a and b", "a, b and c", or the first ones and how many more.
	 * @param items the items, as Javadoc
	 * @param limit how many to name at most
	 * @param conjunction "and" or "or"
	 * @return the enumeration
	 */
	static String enumeration(List<String> items, int limit, String conjunction) {
		if (items.size() > limit) {
			List<String> shown = new ArrayList<>(items.subList(0, limit - 1));
			shown.add((items.size() - limit + 1) + " more");
			return enumeration(shown, limit, conjunction);
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
				+ items.get(items.size() - 1);
	}

	static String capitalized(String text) {
		Matcher letter = Pattern.compile("\\p{L}").matcher(text);
		if (text.isEmpty() || !letter.find() || letter.start() != 0) {
			return text;
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}

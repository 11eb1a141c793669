package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads an object schema into a {@link TypeModel.RecordType}: each property with its Java
 * name and type, whether it is always there, its literal, whether the call sets it, its
 * documentation (with what kind of value it is when the description says nothing), and
 * the shortcuts table's message adders, checked against the message they add.
 */
final class RecordReader {

	/**
	 * Properties whose JSON is not what the API description says: an embedding is a
	 * base64 string when {@code encoding_format=base64} was asked for.
	 */
	static final Map<String, TypeName> TYPE_OVERRIDES = Map.of("Embedding.embedding",
			ClassName.get("dev.reactiveai.openai.json", "EmbeddingVector"));

	private final TypeModelReader reader;

	private final Schemas schemas;

	private final ClassName name;

	private final JsonNode schema;

	RecordReader(TypeModelReader reader, ClassName name, JsonNode schema) {
		this.reader = reader;
		this.schemas = reader.schemas();
		this.name = name;
		this.schema = schema;
	}

	TypeModel.RecordType read() {
		Owner self = new Owner(this.name);
		List<TypeModel.Property> properties = properties(self);
		TypeDocs docs = this.reader.docs();
		return new TypeModel.RecordType(this.name, this.reader.componentName(this.name),
				docs.typeJavadoc(this.name, this.schema, null), docs.deprecation(this.name, this.schema), properties,
				self.nested());
	}

	private List<TypeModel.Property> properties(Owner self) {
		Map<String, JsonNode> properties = this.schemas.properties(this.schema);
		Set<String> required = this.schemas.required(this.schema);
		Set<String> byTheCall = this.reader.setByTheCall(this.name);
		Set<String> javaNames = new HashSet<>();
		List<TypeModel.Property> result = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
			String jsonName = property.getKey();
			JsonNode propertySchema = property.getValue();
			String javaName = Names.camel(jsonName);
			while (!javaNames.add(javaName)) {
				javaName = javaName + "_";
			}
			String literal = this.schemas.literal(propertySchema);
			TypeName override = TYPE_OVERRIDES.get(this.name.simpleName() + "." + jsonName);
			TypeName type = (override != null) ? override : (literal != null) ? ModelGenerator.STRING : this.reader
				.typeOf(propertySchema, self, Names.pascal(jsonName), Role.property(jsonName, this.name));
			boolean isRequired = required.contains(jsonName)
					&& (literal != null || !this.schemas.admitsNull(propertySchema));
			Descriptions.PropertyDoc doc = DerivedProperties.doc(this.name, jsonName);
			if (doc == null) {
				doc = this.reader.descriptions().property(propertySchema);
			}
			String conventional = Descriptions.conventional(jsonName, properties.keySet());
			if (doc.javadoc().isEmpty() && conventional != null) {
				doc = new Descriptions.PropertyDoc(conventional, conventional, doc.deprecation());
			}
			boolean setByTheCall = byTheCall.contains(jsonName);
			String fallback = fallback(literal, type);
			List<TypeModel.MessageShortcut> shortcuts = (literal == null && !setByTheCall) ? shortcuts(jsonName)
					: List.of();
			result.add(new TypeModel.Property(jsonName, javaName, type, isRequired, literal, setByTheCall,
					componentJavadoc(doc, fallback), doc.summary().isEmpty() ? fallback : doc.summary(),
					doc.deprecation(), shortcuts));
		}
		return result;
	}

	/**
	 * A record component's Javadoc: the property's whole description, and why it is
	 * deprecated when the description does not say so itself.
	 */
	private static String componentJavadoc(Descriptions.PropertyDoc doc, String fallback) {
		String text = doc.javadoc().isEmpty() ? fallback : doc.javadoc();
		String deprecation = doc.deprecation();
		if (deprecation != null && !text.toLowerCase(Locale.ROOT).contains("deprecat")) {
			text = text + "\n<p>\n<strong>Deprecated:</strong> " + deprecation;
		}
		return text;
	}

	/**
	 * The shortcuts table's lines for a property the caller sets, marked applied, each
	 * checked against its message: a record of a component whose content may be text and
	 * whose role may be the line's.
	 * @throws IllegalStateException when a line does not fit its message
	 */
	private List<TypeModel.MessageShortcut> shortcuts(String property) {
		List<TypeModel.MessageShortcut> result = new ArrayList<>();
		for (BuilderShortcuts.Shortcut line : this.reader.shortcuts(this.name, property)) {
			ClassName message = ClassName.get(this.name.packageName(), line.messageType());
			result.add(new TypeModel.MessageShortcut(line, message, setsRole(line, message)));
		}
		return result;
	}

	/**
	 * Whether a shortcut's message gets its role from a setter: not when the message's
	 * role is always that role.
	 * @throws IllegalStateException when the message is no record, cannot have the role,
	 * or its content cannot be text
	 */
	private boolean setsRole(BuilderShortcuts.Shortcut shortcut, ClassName messageType) {
		BuilderShortcuts table = this.reader.shortcutsTable();
		JsonNode message = this.reader.recordSchema(messageType);
		if (message == null) {
			throw table.problem(shortcut, shortcut.messageType() + " is no generated record of a component schema");
		}
		Map<String, JsonNode> properties = this.schemas.properties(message);
		JsonNode content = properties.get("content");
		if (content == null || !acceptsText(content)) {
			throw table.problem(shortcut, shortcut.messageType() + " has no content that may be text");
		}
		JsonNode role = properties.get("role");
		String literal = (role != null) ? this.schemas.literal(role) : null;
		if (literal != null) {
			if (!literal.equals(shortcut.role())) {
				throw table.problem(shortcut,
						shortcut.messageType() + "'s role is always '" + literal + "', not '" + shortcut.role() + "'");
			}
			return false;
		}
		List<String> roles = (role != null) ? this.schemas.values(role) : null;
		if (role == null || (roles != null && !roles.contains(shortcut.role()))) {
			throw table.problem(shortcut, shortcut.messageType() + " has no role '" + shortcut.role()
					+ "'; its roles are " + ((roles != null) ? roles : "none"));
		}
		return true;
	}

	/** Whether a schema may be a string, as it is or among its alternatives. */
	private boolean acceptsText(JsonNode schema) {
		JsonNode resolved = this.schemas.resolve(schema);
		if ("string".equals(Schemas.type(resolved)) && Schemas.stringValues(resolved) == null) {
			return true;
		}
		List<JsonNode> alternatives = Schemas.alternatives(resolved);
		return alternatives != null && alternatives.stream().anyMatch(this::acceptsText);
	}

	/**
	 * What a property that the API description does not describe is: its literal, or what
	 * kind of value it holds, saying that the description has nothing more.
	 */
	private static String fallback(@Nullable String literal, TypeName type) {
		if (literal != null) {
			return "Always " + MarkdownJavadoc.code(literal) + ".";
		}
		return Descriptions.capitalized(kind(type)) + " (the API description says no more).";
	}

	/** What kind of value a type holds, in words: "a string", "a list of {@link X}". */
	private static String kind(TypeName type) {
		TypeName bare = type.withoutAnnotations();
		if (bare instanceof ParameterizedTypeName parameterized) {
			String raw = parameterized.rawType().simpleName();
			return raw.equals("List") ? "a list of " + plural(parameterized.typeArguments().get(0))
					: "a map of names to "
							+ plural(parameterized.typeArguments().get(parameterized.typeArguments().size() - 1));
		}
		if (bare instanceof ClassName className) {
			return switch (className.canonicalName()) {
				case "java.lang.String" -> "a string";
				case "java.lang.Long" -> "an integer";
				case "java.lang.Double" -> "a number";
				case "java.lang.Boolean" -> "a boolean";
				case "java.lang.Object" -> "any JSON value";
				default -> "a {@link " + className.canonicalName() + "}";
			};
		}
		return "a value";
	}

	private static String plural(TypeName type) {
		String kind = kind(type);
		return kind.startsWith("a {@link") || kind.startsWith("a list") || kind.startsWith("a map") ? kind
				: kind.replaceFirst("^an? ", "") + "s";
	}

}

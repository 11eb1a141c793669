package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the data types' schemas into {@link TypeModel}s: what Java type a schema is
 * ({@code $ref}, the wrappers that only make it nullable, lists, maps, primitives), and
 * the types that its inline schemas declare, named and read where they are declared.
 * Records' properties are read by {@link RecordReader}, unions' variants by
 * {@link UnionReader}, and the types' Javadoc by {@link TypeDocs}; each schema is read
 * here once, so that the emitters only write what the models say.
 */
final class TypeModelReader {

	private final Schemas schemas;

	private final Descriptions descriptions;

	private final String packageName;

	/** The type of each component, by component name. */
	private final Map<String, ApiModel.TypeDecl> declarations;

	/** The component behind each top-level type of a component. */
	private final Map<ClassName, String> componentNames = new HashMap<>();

	/** Where an operation's or an alias's inline types go, by prefix. */
	private final Function<String, Owner> topLevelOwners;

	private final TypeDocs docs;

	private final BuilderShortcuts shortcuts;

	/** The lines of the shortcuts table applied so far. */
	private final Set<BuilderShortcuts.Shortcut> appliedShortcuts = new HashSet<>();

	/**
	 * The type of each alias component that needs a generated type (a list of an inline
	 * union), generated once, top-level, so that every use shares it.
	 */
	private final Map<String, TypeName> aliasTypes = new HashMap<>();

	private final Set<String> aliasesInProgress = new HashSet<>();

	/** Every type read, by name. */
	private final Map<ClassName, TypeModel> models = new HashMap<>();

	/** The unions, from when their reading starts. */
	private final Set<ClassName> unions = new HashSet<>();

	/**
	 * The properties of each record that the call sets, not the caller: their builders
	 * have no setter for them.
	 */
	private final Map<ClassName, Set<String>> setByTheCall = new HashMap<>();

	/**
	 * A reader of a description's data types.
	 * @param schemas the description's schemas
	 * @param descriptions their descriptions
	 * @param packageName the package of the types
	 * @param declarations the type of each component, named and classified, by component
	 * name (see {@link ApiModelReader#types})
	 * @param shortcuts the message shortcuts of request builders
	 * @param topLevelOwners where the inline types of an operation or an alias go, for a
	 * prefix of their names
	 */
	TypeModelReader(Schemas schemas, Descriptions descriptions, String packageName,
			Map<String, ApiModel.TypeDecl> declarations, BuilderShortcuts shortcuts,
			Function<String, Owner> topLevelOwners) {
		this.schemas = schemas;
		this.descriptions = descriptions;
		this.packageName = packageName;
		this.declarations = declarations;
		this.shortcuts = shortcuts;
		this.topLevelOwners = topLevelOwners;
		for (ApiModel.TypeDecl declaration : declarations.values()) {
			this.componentNames.put(declaration.className(), declaration.component());
		}
		this.docs = new TypeDocs(this);
	}

	/**
	 * Read a component's type.
	 * @param component the component's name, declared as a record, a union or an open
	 * enum
	 * @return its model
	 */
	TypeModel component(String component) {
		ApiModel.TypeKind kind = kind(component);
		JsonNode schema = this.schemas.component(component);
		ClassName className = className(component);
		this.docs.declared(className, schema);
		return switch (kind) {
			case ENUM -> openEnum(className, schema);
			case UNION -> union(className, schema);
			default -> record(className, effective(schema));
		};
	}

	/** The Java type of a component. */
	ClassName className(String componentName) {
		ApiModel.TypeDecl declaration = this.declarations.get(componentName);
		return (declaration != null) ? declaration.className()
				: ClassName.get(this.packageName, Names.pascal(componentName));
	}

	/** What a component becomes, or null for no component. */
	ApiModel.@Nullable TypeKind kind(String componentName) {
		ApiModel.TypeDecl declaration = this.declarations.get(componentName);
		return (declaration != null) ? declaration.kind() : null;
	}

	/** The Java type of a schema, generating nested types in the owner where needed. */
	TypeName typeOf(JsonNode schema, Owner owner, String hint) {
		Role role = (!owner.isTopLevel() && this.unions.contains(owner.className())) ? Role.variant(owner.className())
				: null;
		return typeOf(schema, owner, List.of(hint), role);
	}

	/**
	 * The Java type of a schema, reading nested types into the owner where needed.
	 * @param schema the schema
	 * @param owner where nested types go
	 * @param hint the name for a nested type
	 * @param role what a nested type is to its owner, for its Javadoc when the schema has
	 * no description
	 * @return the type
	 */
	TypeName typeOf(JsonNode schema, Owner owner, String hint, @Nullable Role role) {
		return typeOf(schema, owner, List.of(hint), role);
	}

	/**
	 * The Java type of a schema, reading nested types into the owner where needed.
	 * @param schema the schema
	 * @param owner where nested types go
	 * @param hints the names for a nested type, the first free one wins
	 * @param role what a nested type is to its owner
	 * @return the type
	 */
	private TypeName typeOf(JsonNode schema, Owner owner, List<String> hint, @Nullable Role role) {
		String ref = Schemas.refName(schema);
		if (ref != null) {
			if (kind(ref) == ApiModel.TypeKind.ALIAS) {
				return aliasType(ref);
			}
			return className(ref);
		}
		List<JsonNode> alternatives = Schemas.alternatives(schema);
		if (alternatives != null) {
			if (alternatives.isEmpty()) {
				return ClassName.OBJECT;
			}
			if (alternatives.size() == 1) {
				return typeOf(alternatives.get(0), owner, hint, role);
			}
			if (this.schemas.allStrings(alternatives)) {
				return nested(owner, hint, role, (name) -> openEnumOf(name, schema, literalsOf(alternatives)));
			}
			return nested(owner, hint, role, (name) -> union(name, schema));
		}
		if (schema.has("allOf")) {
			List<JsonNode> parts = Schemas.typedParts(schema.get("allOf"));
			if (parts.size() == 1 && !schema.has("properties")) {
				return typeOf(parts.get(0), owner, hint, role);
			}
			return nested(owner, hint, role, (name) -> record(name, schema));
		}
		List<String> literals = Schemas.stringValues(schema);
		if (literals != null && !literals.isEmpty()) {
			return nested(owner, hint, role, (name) -> openEnumOf(name, schema, literals));
		}
		String type = Schemas.type(schema);
		if (type == null) {
			return this.schemas.hasProperties(schema) ? nested(owner, hint, role, (name) -> record(name, schema))
					: ClassName.OBJECT;
		}
		return switch (type) {
			case "string" -> "binary".equals(schema.path("format").asString("")) ? ModelGenerator.UPLOAD_FILE
					: ModelGenerator.STRING;
			case "integer" -> ClassName.get(Long.class);
			case "number" -> ClassName.get(Double.class);
			case "boolean" -> ClassName.get(Boolean.class);
			case "array" -> ParameterizedTypeName.get(ModelGenerator.LIST,
					schema.has("items")
							? typeOf(schema.get("items"), owner, itemHints(hint), (role != null) ? role.item() : null)
							: ClassName.OBJECT);
			case "object" -> objectType(schema, owner, hint, role);
			default -> ClassName.OBJECT;
		};
	}

	/**
	 * The type of an alias component: what it stands for, with the types that needs
	 * generated once, top-level and named after the alias, rather than nested again in
	 * every type that uses it.
	 */
	private TypeName aliasType(String ref) {
		TypeName known = this.aliasTypes.get(ref);
		if (known != null) {
			return known;
		}
		if (!this.aliasesInProgress.add(ref)) {
			return ClassName.OBJECT;
		}
		try {
			TypeName type = typeOf(this.schemas.component(ref), this.topLevelOwners.apply(""),
					List.of(className(ref).simpleName()), null);
			this.aliasTypes.put(ref, type);
			return type;
		}
		finally {
			this.aliasesInProgress.remove(ref);
		}
	}

	/**
	 * The names for a list's item type: the list's name in the singular ({@code Choice}
	 * for {@code choices}), else (when the name is not plural or the singular is taken)
	 * the list's name followed by {@code Item}. A nested type may have the name of a
	 * top-level one ({@code CreateChatCompletionRequest.Tool}): users name it with its
	 * owner.
	 */
	private static List<String> itemHints(List<String> hints) {
		List<String> result = new ArrayList<>();
		for (String hint : hints) {
			String singular = Names.singularOrNull(Names.pascal(hint));
			if (singular != null) {
				result.add(singular);
			}
		}
		for (String hint : hints) {
			result.add(Names.pascal(hint) + "Item");
		}
		return result;
	}

	private TypeName objectType(JsonNode schema, Owner owner, List<String> hint, @Nullable Role role) {
		if (this.schemas.hasProperties(schema)) {
			return nested(owner, hint, role, (name) -> record(name, schema));
		}
		JsonNode values = schema.get("additionalProperties");
		if (values != null && values.isObject() && !values.isEmpty()) {
			return ParameterizedTypeName.get(ModelGenerator.MAP, ModelGenerator.STRING,
					typeOf(values, owner, hint.stream().map((name) -> Names.pascal(name) + "Value").toList(),
							(role != null) ? role.value() : null));
		}
		return ModelGenerator.OBJECT_MAP;
	}

	private ClassName nested(Owner owner, List<String> hints, @Nullable Role role,
			Function<ClassName, TypeModel> reader) {
		ClassName name = owner.reserve(hints.stream().map(Names::pascal).toList());
		if (role != null) {
			this.docs.role(name, role);
		}
		owner.add(reader.apply(name));
		return name;
	}

	/**
	 * The schema without wrappers that add nothing but nullability:
	 * {@code anyOf: [X, null]}, {@code allOf: [X, {nullable: true}]}.
	 */
	static JsonNode effective(JsonNode schema) {
		List<JsonNode> alternatives = Schemas.alternatives(schema);
		if (alternatives != null && alternatives.size() == 1 && !schema.has("properties")) {
			return effective(alternatives.get(0));
		}
		if (schema.has("allOf") && !schema.has("properties")) {
			List<JsonNode> parts = Schemas.typedParts(schema.get("allOf"));
			if (parts.size() == 1) {
				return effective(parts.get(0));
			}
		}
		return schema;
	}

	private List<String> literalsOf(List<JsonNode> alternatives) {
		Set<String> literals = new LinkedHashSet<>();
		for (JsonNode alternative : alternatives) {
			JsonNode resolved = this.schemas.resolve(alternative);
			List<JsonNode> nested = Schemas.alternatives(resolved);
			if (nested != null) {
				literals.addAll(literalsOf(nested));
			}
			List<String> values = Schemas.stringValues(resolved);
			if (values != null) {
				literals.addAll(values);
			}
		}
		return new ArrayList<>(literals);
	}

	private TypeModel.EnumType openEnum(ClassName name, JsonNode schema) {
		JsonNode effective = effective(schema);
		List<JsonNode> alternatives = Schemas.alternatives(effective);
		List<String> literals = (alternatives != null) ? literalsOf(alternatives) : Schemas.stringValues(effective);
		return openEnumOf(name, schema, (literals != null) ? literals : List.of());
	}

	private TypeModel.EnumType openEnumOf(ClassName name, JsonNode schema, List<String> literals) {
		this.docs.declared(name, schema);
		return register(new TypeModel.EnumType(name, this.docs.typeJavadoc(name, schema, literals),
				this.docs.deprecation(name, schema), List.copyOf(literals)));
	}

	/**
	 * Read a record.
	 * @param name its name
	 * @param schema its object schema
	 * @return its model
	 */
	TypeModel.RecordType record(ClassName name, JsonNode schema) {
		this.docs.declared(name, schema);
		return register(new RecordReader(this, name, schema).read());
	}

	private TypeModel.UnionType union(ClassName name, JsonNode schema) {
		this.unions.add(name);
		this.docs.declared(name, schema);
		return register(new UnionReader(this, name, effective(schema)).read());
	}

	private <T extends TypeModel> T register(T model) {
		this.models.put(model.name(), model);
		return model;
	}

	/** The model of a type read, or null. */
	@Nullable TypeModel model(TypeName type) {
		return this.models.get(type.withoutAnnotations());
	}

	Schemas schemas() {
		return this.schemas;
	}

	Descriptions descriptions() {
		return this.descriptions;
	}

	TypeDocs docs() {
		return this.docs;
	}

	/** Whether a type is a union, from when its reading starts. */
	boolean isUnion(ClassName type) {
		return this.unions.contains(type);
	}

	/** The component schema that a generated top-level record stands for, or null. */
	@Nullable JsonNode recordSchema(TypeName type) {
		String component = componentName(type);
		return (component != null && kind(component) == ApiModel.TypeKind.OBJECT) ? this.schemas.component(component)
				: null;
	}

	/** The component schema that a generated top-level type stands for, or null. */
	@Nullable JsonNode componentSchema(TypeName type) {
		String component = componentName(type);
		return (component != null) ? this.schemas.component(component) : null;
	}

	/** The component that a generated top-level type stands for, or null. */
	@Nullable String componentName(TypeName type) {
		return (type.withoutAnnotations() instanceof ClassName className) ? this.componentNames.get(className) : null;
	}

	/**
	 * Record that the call sets a property of a record (a streaming call's
	 * {@code stream}), so that the record's builder has no setter for it; before the
	 * record is read.
	 * @param record the record
	 * @param property the API's name of the property
	 */
	void setByTheCall(ClassName record, String property) {
		this.setByTheCall.computeIfAbsent(record, (key) -> new HashSet<>()).add(property);
	}

	/** The properties of a record that the call sets, by the API's names. */
	Set<String> setByTheCall(ClassName record) {
		return this.setByTheCall.getOrDefault(record, Set.of());
	}

	/**
	 * The shortcuts table's lines for a record's property, marked applied.
	 * @param record the record
	 * @param property the API's name of the property
	 * @return the lines, in the table's order
	 */
	List<BuilderShortcuts.Shortcut> shortcuts(ClassName record, String property) {
		List<BuilderShortcuts.Shortcut> lines = this.shortcuts.of(String.join(".", record.simpleNames()), property);
		this.appliedShortcuts.addAll(lines);
		return lines;
	}

	BuilderShortcuts shortcutsTable() {
		return this.shortcuts;
	}

	/** Check that every line of the shortcuts table was applied. */
	void checkShortcutsApplied() {
		this.shortcuts.checkApplied(this.appliedShortcuts);
	}

}

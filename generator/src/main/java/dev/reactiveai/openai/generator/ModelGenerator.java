package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Generates one Java type per component schema of the API description: records for
 * objects, open enums for string literal sets, sealed interfaces for unions. Schemas
 * declared inline become nested types of the type that uses them.
 */
final class ModelGenerator {

	static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");

	static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");

	static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");

	static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");

	static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

	static final ClassName JSON_DESERIALIZE = ClassName.get("tools.jackson.databind.annotation", "JsonDeserialize");

	static final ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");

	static final ClassName TYPE_REFERENCE = ClassName.get("tools.jackson.core.type", "TypeReference");

	static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

	static final ClassName UNION_DESERIALIZER = ClassName.get("dev.reactiveai.openai.json.internal",
			"UnionDeserializer");

	static final ClassName UPLOAD_FILE = ClassName.get("dev.reactiveai.openai.core", "UploadFile");

	static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

	static final ClassName MAP = ClassName.get("java.util", "Map");

	static final ClassName LIST = ClassName.get("java.util", "List");

	static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");

	static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

	static final TypeName STRING = ClassName.get(String.class);

	static final TypeName OBJECT_MAP = ParameterizedTypeName.get(MAP, STRING, ClassName.OBJECT);

	private final Schemas schemas;

	private final Descriptions descriptions;

	private final String packageName;

	private final Map<String, ApiModel.TypeKind> kinds = new TreeMap<>();

	/** Top-level types by simple name, as they are built. */
	private final Map<String, TypeSpec.Builder> types = new TreeMap<>();

	/** For each generated record, the unions it is a variant of. */
	private final Map<ClassName, Set<ClassName>> unionsOf = new HashMap<>();

	/** Records as they are built, to add their union interfaces at the end. */
	private final Map<ClassName, TypeSpec.Builder> records = new HashMap<>();

	private final Set<String> aliasesInProgress = new HashSet<>();

	/** The component behind each generated top-level type. */
	private final Map<ClassName, String> componentNames = new HashMap<>();

	/** The type of each component, by component name. */
	private final Map<String, ApiModel.TypeDecl> declarations;

	/** The simple names of the components' types, which no inline type may take. */
	private final Set<String> componentSimpleNames = new HashSet<>();

	/**
	 * The type of each alias component that needs a generated type (a list of an inline
	 * union), generated once, top-level, so that every use shares it.
	 */
	private final Map<String, TypeName> aliasTypes = new HashMap<>();

	/** The open enums, for builder shortcuts that take the string. */
	private final Set<ClassName> openEnums = new HashSet<>();

	/** The wrapper variants of each union, for builder shortcuts. */
	private final Map<ClassName, List<Wrapper>> wrappers = new HashMap<>();

	/** The components of each generated record, in order, for the multipart writers. */
	private final Map<ClassName, List<Property>> properties = new HashMap<>();

	/** What each inline type is to its owner, to document it when its schema does not. */
	private final Map<ClassName, Role> roles = new HashMap<>();

	/**
	 * The schema each type was generated from before nullable wrappers were taken off,
	 * whose description may be on the wrapper.
	 */
	private final Map<ClassName, JsonNode> declaredSchemas = new HashMap<>();

	private final Set<ClassName> unions = new HashSet<>();

	/** The component types marked deprecated. */
	private final Set<ClassName> deprecatedTypes = new HashSet<>();

	/**
	 * The properties of each record that the call sets, not the caller: their builders
	 * have no setter for them.
	 */
	private final Map<ClassName, Set<String>> setByTheCall = new HashMap<>();

	private final BuilderShortcuts shortcuts;

	private final InputFormEmitter inputForms;

	/** The lines of the shortcuts table applied so far. */
	private final Set<BuilderShortcuts.Shortcut> appliedShortcuts = new HashSet<>();

	/**
	 * A union variant that wraps a value that is not an object, such as a string or a
	 * list.
	 *
	 * @param name the wrapper record
	 * @param valueType the type of the wrapped value
	 */
	record Wrapper(ClassName name, TypeName valueType) {

	}

	/**
	 * A component of a generated record.
	 *
	 * @param jsonName the API's name of the property
	 * @param javaName the name of the component and its accessor
	 * @param type the component's type
	 */
	record Property(String jsonName, String javaName, TypeName type) {

	}

	/**
	 * A generator of a description's component types.
	 * @param schemas the description's schemas
	 * @param descriptions their descriptions
	 * @param packageName the package of the types
	 * @param declarations the type of each component, named and classified, by component
	 * name (see {@link ApiModelReader#types})
	 * @param shortcuts the message shortcuts of request builders
	 */
	ModelGenerator(Schemas schemas, Descriptions descriptions, String packageName,
			Map<String, ApiModel.TypeDecl> declarations, BuilderShortcuts shortcuts) {
		this.schemas = schemas;
		this.descriptions = descriptions;
		this.packageName = packageName;
		this.declarations = declarations;
		this.shortcuts = shortcuts;
		this.inputForms = new InputFormEmitter(new InputForms(schemas), packageName, this::className);
		for (ApiModel.TypeDecl declaration : declarations.values()) {
			this.kinds.put(declaration.component(), declaration.kind());
			this.componentNames.put(declaration.className(), declaration.component());
			this.componentSimpleNames.add(declaration.className().simpleName());
		}
	}

	/**
	 * Generate every component's type; operations may add more before {@link #build()}.
	 */
	ModelGenerator generate() {
		// Unions first, so that records know their wrapper variants for builder
		// shortcuts.
		for (ApiModel.TypeKind kind : List.of(ApiModel.TypeKind.ENUM, ApiModel.TypeKind.UNION,
				ApiModel.TypeKind.OBJECT)) {
			for (Map.Entry<String, ApiModel.TypeKind> component : this.kinds.entrySet()) {
				if (component.getValue() != kind) {
					continue;
				}
				JsonNode schema = this.schemas.component(component.getKey());
				ClassName className = className(component.getKey());
				this.declaredSchemas.put(className, schema);
				TypeSpec.Builder type = switch (kind) {
					case ENUM -> openEnum(className, schema);
					case UNION -> union(className, schema);
					default -> record(className, effective(schema));
				};
				this.types.put(className.simpleName(), type);
			}
		}
		return this;
	}

	/** The generated types, by simple name. */
	Map<String, TypeSpec> build() {
		this.unionsOf.forEach((variant, unions) -> {
			TypeSpec.Builder record = this.records.get(variant);
			TypeSpec.Builder builder = (record != null) ? record : this.types.get(variant.simpleName());
			unions.stream().sorted(Comparator.comparing(ClassName::canonicalName)).forEach(builder::addSuperinterface);
		});
		Map<String, TypeSpec> result = new TreeMap<>();
		this.types.forEach((name, builder) -> result.put(name, withoutDeprecationWarnings(builder)));
		TypeSpec helper = this.inputForms.helper();
		if (helper != null && result.put(helper.name(), helper) != null) {
			throw new IllegalStateException("A component's type is named " + helper.name()
					+ ", as the generated class of InputFormEmitter: name the type otherwise in types.tsv");
		}
		return result;
	}

	/**
	 * A type that uses a deprecated type, as the API's own types do (a union's variant, a
	 * list's items): the use is the API's, not a call a maintainer should change, so the
	 * compiler's warning about it is suppressed. Users of the deprecated type are still
	 * warned.
	 */
	private TypeSpec withoutDeprecationWarnings(TypeSpec.Builder builder) {
		TypeSpec type = builder.build();
		if (this.deprecatedTypes.isEmpty()
				|| this.deprecatedTypes.contains(ClassName.get(this.packageName, type.name()))) {
			return type;
		}
		String source = type.toString();
		for (ClassName deprecated : this.deprecatedTypes) {
			if (Pattern.compile("\\b" + Pattern.quote(deprecated.canonicalName()) + "\\b").matcher(source).find()) {
				return builder.addAnnotation(
						AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation").build())
					.build();
			}
		}
		return type;
	}

	ClassName className(String componentName) {
		ApiModel.TypeDecl declaration = this.declarations.get(componentName);
		return (declaration != null) ? declaration.className()
				: ClassName.get(this.packageName, Names.pascal(componentName));
	}

	/** The Java type of a schema, generating nested types in the owner where needed. */
	TypeName typeOf(JsonNode schema, Owner owner, String hint) {
		Role role = (!owner.isTopLevel() && this.unions.contains(owner.className())) ? Role.variant(owner.className())
				: null;
		return typeOf(schema, owner, List.of(hint), role);
	}

	/**
	 * The Java type of a schema, generating nested types in the owner where needed.
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
	 * The Java type of a schema, generating nested types in the owner where needed.
	 * @param schema the schema
	 * @param owner where nested types go
	 * @param hints the names for a nested type, the first free one wins
	 * @param role what a nested type is to its owner
	 * @return the type
	 */
	private TypeName typeOf(JsonNode schema, Owner owner, List<String> hint, @Nullable Role role) {
		String ref = Schemas.refName(schema);
		if (ref != null) {
			ApiModel.TypeKind kind = this.kinds.get(ref);
			if (kind == ApiModel.TypeKind.ALIAS) {
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
			case "string" -> "binary".equals(schema.path("format").asString("")) ? UPLOAD_FILE : STRING;
			case "integer" -> ClassName.get(Long.class);
			case "number" -> ClassName.get(Double.class);
			case "boolean" -> ClassName.get(Boolean.class);
			case "array" -> ParameterizedTypeName.get(LIST,
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
			TypeName type = typeOf(this.schemas.component(ref), topLevelOwner(""), List.of(className(ref).simpleName()),
					null);
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
	private List<String> itemHints(List<String> hints) {
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
			return ParameterizedTypeName.get(MAP, STRING,
					typeOf(values, owner, hint.stream().map((name) -> Names.pascal(name) + "Value").toList(),
							(role != null) ? role.value() : null));
		}
		return OBJECT_MAP;
	}

	@FunctionalInterface
	private interface NestedFactory {

		TypeSpec.Builder create(ClassName name);

	}

	private ClassName nested(Owner owner, List<String> hints, @Nullable Role role, NestedFactory factory) {
		ClassName name = owner.reserve(hints.stream().map(Names::pascal).toList());
		if (role != null) {
			this.roles.put(name, role);
		}
		owner.add(name, factory.create(name));
		return name;
	}

	/**
	 * An owner for an operation's inline schemas: top-level types named with the prefix.
	 */
	Owner topLevelOwner(String prefix) {
		return Owner.topLevel(this.packageName, this.types, this.componentSimpleNames, prefix);
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

	private TypeSpec.Builder openEnum(ClassName name, JsonNode schema) {
		JsonNode effective = effective(schema);
		List<JsonNode> alternatives = Schemas.alternatives(effective);
		List<String> literals = (alternatives != null) ? literalsOf(alternatives) : Schemas.stringValues(effective);
		return openEnumOf(name, schema, (literals != null) ? literals : List.of());
	}

	private TypeSpec.Builder openEnumOf(ClassName name, JsonNode schema, List<String> literals) {
		this.openEnums.add(name);
		this.declaredSchemas.putIfAbsent(name, schema);
		TypeSpec.Builder type = new OpenEnumEmitter(name, typeJavadoc(name, schema, literals), literals).emit();
		type.addJavadoc(deprecation(type, name, schema));
		return type;
	}

	TypeSpec.Builder record(ClassName name, JsonNode schema) {
		this.declaredSchemas.putIfAbsent(name, schema);
		TypeSpec.Builder builder = new RecordEmitter(this, name, schema).emit();
		this.records.put(name, builder);
		return builder;
	}

	private TypeSpec.Builder union(ClassName name, JsonNode schema) {
		this.unions.add(name);
		this.declaredSchemas.putIfAbsent(name, schema);
		return new UnionEmitter(this, name, effective(schema)).emit();
	}

	Schemas schemas() {
		return this.schemas;
	}

	Descriptions descriptions() {
		return this.descriptions;
	}

	/**
	 * The description of a generated type as Javadoc, never empty: the schema's own (or
	 * that of what it wraps), else what the type is: a property's type of its record, an
	 * operation's request body, query parameters or response, a form of a union, a list
	 * of a record, an object with given properties.
	 * @param name the type
	 * @param schema the schema it is generated from
	 * @return the Javadoc, ending with a line break
	 */
	CodeBlock typeJavadoc(ClassName name, JsonNode schema) {
		return typeJavadoc(name, schema, null);
	}

	private CodeBlock typeJavadoc(ClassName name, JsonNode schema, @Nullable List<String> literals) {
		JsonNode declared = this.declaredSchemas.getOrDefault(name, schema);
		String text = MarkdownJavadoc.toJavadoc(this.descriptions.markdown(declared));
		if (text.isEmpty() && declared != schema) {
			text = MarkdownJavadoc.toJavadoc(this.descriptions.markdown(schema));
		}
		if (!text.isEmpty()) {
			return CodeBlock.of("$L\n", text);
		}
		Role role = this.roles.get(name);
		if (role != null) {
			return CodeBlock.builder().add(role.sentence()).add("\n").build();
		}
		String operations = this.descriptions.operations(declared, this.componentNames.get(name));
		if (operations != null) {
			return CodeBlock.of("$L\n", operations);
		}
		ClassName enclosing = name.enclosingClassName();
		if (enclosing != null && this.unions.contains(enclosing)) {
			return CodeBlock.builder().add(Role.variant(enclosing).sentence(shape(schema, literals))).add("\n").build();
		}
		return CodeBlock.builder().add(shape(schema, literals).sentence()).add("\n").build();
	}

	/**
	 * Mark a generated type deprecated when its component schema is: the annotation, and
	 * the {@code @deprecated} tag to end its Javadoc with. An inline type is not: the
	 * property it is the type of carries the deprecation.
	 * @param type the type being generated
	 * @param name its name
	 * @param schema the schema it is generated from
	 * @return the tag, or nothing when the type is not deprecated
	 */
	CodeBlock deprecation(TypeSpec.Builder type, ClassName name, JsonNode schema) {
		JsonNode declared = this.declaredSchemas.getOrDefault(name, schema);
		if (!this.componentNames.containsKey(name) || !this.descriptions.deprecated(declared)) {
			return CodeBlock.of("");
		}
		type.addAnnotation(Deprecated.class);
		this.deprecatedTypes.add(name);
		return CodeBlock.of("@deprecated $L\n", this.descriptions.deprecation(declared));
	}

	/**
	 * What a schema without a description is, from its shape: "one of {@code a} or
	 * {@code b}", "a list of {@link X}", "an object with {@code a} and {@code b}".
	 */
	private Role shape(JsonNode schema, @Nullable List<String> literals) {
		if (literals != null) {
			return new Role(
					literals.isEmpty() ? "a string"
							: "one of " + Descriptions.enumeration(
									literals.stream().map(MarkdownJavadoc::code).map(Role::escaped).toList(), 8, "or"),
					List.of());
		}
		List<JsonNode> alternatives = Schemas.alternatives(effective(schema));
		if (alternatives != null && alternatives.size() > 1) {
			List<String> forms = new ArrayList<>();
			List<Object> types = new ArrayList<>();
			int shown = (alternatives.size() > 8) ? 7 : alternatives.size();
			for (JsonNode alternative : alternatives.subList(0, shown)) {
				String ref = Schemas.refName(alternative);
				if (ref != null && this.kinds.get(ref) != ApiModel.TypeKind.ALIAS) {
					forms.add("{@link $T}");
					types.add(className(ref));
				}
				else {
					forms.add(Role.escaped(
							MarkdownJavadoc.code(String.valueOf(Schemas.type(this.schemas.resolve(alternative))))));
				}
			}
			if (shown < alternatives.size()) {
				forms.add((alternatives.size() - shown) + " more");
			}
			return new Role("a value in one of the forms " + Descriptions.enumeration(forms, 8, "or"), types);
		}
		Map<String, JsonNode> properties = this.schemas.properties(schema);
		JsonNode data = properties.get("data");
		String object = (properties.get("object") != null) ? this.schemas.literal(properties.get("object")) : null;
		String items = (data != null) ? Schemas.refName(data.path("items")) : null;
		if ("list".equals(object) && items != null && this.kinds.get(items) == ApiModel.TypeKind.OBJECT) {
			return new Role("a list of {@link $T}", List.of(className(items)));
		}
		List<String> names = properties.keySet().stream().map(MarkdownJavadoc::code).map(Role::escaped).toList();
		String with = names.isEmpty() ? "" : " with " + Descriptions.enumeration(names, 8, "and");
		return new Role(
				((object != null) ? "an object of type " + Role.escaped(MarkdownJavadoc.code(object)) : "an object")
						+ with,
				List.of());
	}

	/** Whether a reference names a component that is generated as a record. */
	boolean isRecord(String componentName) {
		return this.kinds.get(componentName) == ApiModel.TypeKind.OBJECT;
	}

	/** The component schema that a generated top-level record stands for, or null. */
	@Nullable JsonNode recordSchema(TypeName type) {
		String component = componentName(type);
		return (component != null && this.kinds.get(component) == ApiModel.TypeKind.OBJECT)
				? this.schemas.component(component) : null;
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
	 * The type of a generated record's component, by its Java name, or null when the type
	 * is no generated record or has no such component.
	 */
	@Nullable TypeName componentType(TypeName record, String javaName) {
		TypeSpec.Builder builder = (record.withoutAnnotations() instanceof ClassName name) ? this.records.get(name)
				: null;
		if (builder == null) {
			return null;
		}
		// The record's components are not readable from JavaPoet; its builder's fields
		// are.
		for (TypeSpec nested : builder.build().typeSpecs()) {
			if (nested.name().equals("Builder")) {
				for (FieldSpec field : nested.fieldSpecs()) {
					if (field.name().equals(javaName)) {
						return field.type().withoutAnnotations();
					}
				}
			}
		}
		return null;
	}

	/**
	 * Record that the call sets a property of a record (a streaming call's
	 * {@code stream}), so that the record's builder has no setter for it; before the
	 * record is generated.
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

	InputFormEmitter inputForms() {
		return this.inputForms;
	}

	BuilderShortcuts shortcutsTable() {
		return this.shortcuts;
	}

	/** Check that every line of the shortcuts table was applied. */
	void checkShortcutsApplied() {
		this.shortcuts.checkApplied(this.appliedShortcuts);
	}

	/** Whether a reference names a component that is generated as a union. */
	boolean isUnion(String componentName) {
		return this.kinds.get(componentName) == ApiModel.TypeKind.UNION;
	}

	/** Whether a reference names a component that is generated as an open enum. */
	boolean isEnum(String componentName) {
		return this.kinds.get(componentName) == ApiModel.TypeKind.ENUM;
	}

	/** The wrapper variants of a union type, or none when the type is not a union. */
	List<Wrapper> wrappers(TypeName type) {
		TypeName bare = type.withoutAnnotations();
		return (bare instanceof ClassName className) ? this.wrappers.getOrDefault(className, List.of()) : List.of();
	}

	/** Whether the type is a generated union, a sealed interface. */
	boolean isUnionType(TypeName type) {
		return this.unions.contains(type.withoutAnnotations());
	}

	/** Whether the type is a generated open enum. */
	boolean isOpenEnum(TypeName type) {
		return this.openEnums.contains(type.withoutAnnotations());
	}

	/** The components of a generated record, in order; none when it is no record. */
	List<Property> properties(TypeName record) {
		TypeName bare = record.withoutAnnotations();
		return (bare instanceof ClassName className) ? this.properties.getOrDefault(className, List.of()) : List.of();
	}

	void addProperties(ClassName record, List<Property> components) {
		this.properties.put(record, List.copyOf(components));
	}

	void addWrapper(ClassName union, Wrapper wrapper) {
		this.wrappers.computeIfAbsent(union, (key) -> new ArrayList<>()).add(wrapper);
	}

	/** Record that a generated type is a variant of a union. */
	void addVariant(ClassName variant, ClassName union) {
		this.unionsOf.computeIfAbsent(variant, (key) -> new LinkedHashSet<>()).add(union);
	}

	static TypeName nullable(TypeName type) {
		return type.annotated(AnnotationSpec.builder(NULLABLE).build());
	}

	static AnnotationSpec jsonProperty(String name) {
		return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", name).build();
	}

	static CodeBlock javadoc(String description) {
		String text = Names.javadoc(description);
		return text.isEmpty() ? CodeBlock.of("") : CodeBlock.of("$L\n", text);
	}

	static FieldSpec constant(ClassName type, String name, String value) {
		return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
			.initializer("new $T($S)", type, value)
			.build();
	}

	static MethodSpec.Builder publicMethod(String name) {
		return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
	}

}

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

	static final ClassName VALUE_DESERIALIZER = ClassName.get("tools.jackson.databind", "ValueDeserializer");

	static final ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");

	static final ClassName TYPE_REFERENCE = ClassName.get("tools.jackson.core.type", "TypeReference");

	static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

	static final ClassName UNION_DESERIALIZER = ClassName.get("dev.reactiveai.openai.json", "UnionDeserializer");

	static final ClassName UPLOAD_FILE = ClassName.get("dev.reactiveai.openai.core", "UploadFile");

	static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

	static final ClassName MAP = ClassName.get("java.util", "Map");

	static final ClassName LIST = ClassName.get("java.util", "List");

	static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");

	static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

	static final TypeName STRING = ClassName.get(String.class);

	static final TypeName OBJECT_MAP = ParameterizedTypeName.get(MAP, STRING, ClassName.OBJECT);

	private enum Kind {

		OBJECT, ENUM, UNION, ALIAS

	}

	private final Schemas schemas;

	private final String packageName;

	private final Map<String, Kind> kinds = new TreeMap<>();

	/** Top-level types by simple name, as they are built. */
	private final Map<String, TypeSpec.Builder> types = new TreeMap<>();

	/** For each generated record, the unions it is a variant of. */
	private final Map<ClassName, Set<ClassName>> unionsOf = new HashMap<>();

	/** Records as they are built, to add their union interfaces at the end. */
	private final Map<ClassName, TypeSpec.Builder> records = new HashMap<>();

	private final Set<String> aliasesInProgress = new HashSet<>();

	/** The component behind each generated top-level type. */
	private final Map<ClassName, String> componentNames = new HashMap<>();

	/** The open enums, for builder shortcuts that take the string. */
	private final Set<ClassName> openEnums = new HashSet<>();

	/** The wrapper variants of each union, for builder shortcuts. */
	private final Map<ClassName, List<Wrapper>> wrappers = new HashMap<>();

	/**
	 * A union variant that wraps a value that is not an object, such as a string or a
	 * list.
	 *
	 * @param name the wrapper record
	 * @param valueType the type of the wrapped value
	 */
	record Wrapper(ClassName name, TypeName valueType) {

	}

	ModelGenerator(Schemas schemas, String packageName) {
		this.schemas = schemas;
		this.packageName = packageName;
		for (Map.Entry<String, JsonNode> component : schemas.components().properties()) {
			this.kinds.put(component.getKey(), classify(component.getValue()));
			this.componentNames.put(className(component.getKey()), component.getKey());
		}
	}

	/**
	 * Generate every component's type; operations may add more before {@link #build()}.
	 */
	ModelGenerator generate() {
		// Unions first, so that records know their wrapper variants for builder
		// shortcuts.
		for (Kind kind : List.of(Kind.ENUM, Kind.UNION, Kind.OBJECT)) {
			for (Map.Entry<String, Kind> component : this.kinds.entrySet()) {
				if (component.getValue() != kind) {
					continue;
				}
				JsonNode schema = this.schemas.component(component.getKey());
				ClassName className = className(component.getKey());
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
			if (record != null) {
				builder.addAnnotation(notUnionDeserialized());
			}
		});
		Map<String, TypeSpec> result = new TreeMap<>();
		this.types.forEach((name, builder) -> result.put(name, builder.build()));
		return result;
	}

	ClassName className(String componentName) {
		return ClassName.get(this.packageName, Names.pascal(componentName));
	}

	/** The Java type of a schema, generating nested types in the owner where needed. */
	TypeName typeOf(JsonNode schema, Owner owner, String hint) {
		String ref = Schemas.refName(schema);
		if (ref != null) {
			Kind kind = this.kinds.get(ref);
			if (kind == Kind.ALIAS) {
				if (!this.aliasesInProgress.add(ref)) {
					return ClassName.OBJECT;
				}
				try {
					return typeOf(this.schemas.component(ref), owner, Names.pascal(ref));
				}
				finally {
					this.aliasesInProgress.remove(ref);
				}
			}
			return className(ref);
		}
		List<JsonNode> alternatives = Schemas.alternatives(schema);
		if (alternatives != null) {
			if (alternatives.isEmpty()) {
				return ClassName.OBJECT;
			}
			if (alternatives.size() == 1) {
				return typeOf(alternatives.get(0), owner, hint);
			}
			if (allStrings(alternatives)) {
				return nested(owner, hint, (name) -> openEnumOf(name, schema, literalsOf(alternatives)));
			}
			return nested(owner, hint, (name) -> union(name, schema));
		}
		if (schema.has("allOf")) {
			List<JsonNode> parts = Schemas.typedParts(schema.get("allOf"));
			if (parts.size() == 1 && !schema.has("properties")) {
				return typeOf(parts.get(0), owner, hint);
			}
			return nested(owner, hint, (name) -> record(name, schema));
		}
		List<String> literals = Schemas.stringValues(schema);
		if (literals != null && !literals.isEmpty()) {
			return nested(owner, hint, (name) -> openEnumOf(name, schema, literals));
		}
		String type = Schemas.type(schema);
		if (type == null) {
			return this.schemas.hasProperties(schema) ? nested(owner, hint, (name) -> record(name, schema))
					: ClassName.OBJECT;
		}
		return switch (type) {
			case "string" -> "binary".equals(schema.path("format").asString("")) ? UPLOAD_FILE : STRING;
			case "integer" -> ClassName.get(Long.class);
			case "number" -> ClassName.get(Double.class);
			case "boolean" -> ClassName.get(Boolean.class);
			case "array" -> ParameterizedTypeName.get(LIST,
					schema.has("items") ? typeOf(schema.get("items"), owner, hint + "Item") : ClassName.OBJECT);
			case "object" -> objectType(schema, owner, hint);
			default -> ClassName.OBJECT;
		};
	}

	private TypeName objectType(JsonNode schema, Owner owner, String hint) {
		if (this.schemas.hasProperties(schema)) {
			return nested(owner, hint, (name) -> record(name, schema));
		}
		JsonNode values = schema.get("additionalProperties");
		if (values != null && values.isObject() && !values.isEmpty()) {
			return ParameterizedTypeName.get(MAP, STRING, typeOf(values, owner, hint + "Value"));
		}
		return OBJECT_MAP;
	}

	@FunctionalInterface
	private interface NestedFactory {

		TypeSpec.Builder create(ClassName name);

	}

	private ClassName nested(Owner owner, String hint, NestedFactory factory) {
		ClassName name = owner.reserve(Names.pascal(hint));
		owner.add(name, factory.create(name));
		return name;
	}

	/**
	 * An owner for an operation's inline schemas: top-level types named with the prefix.
	 */
	Owner topLevelOwner(String prefix) {
		return Owner.topLevel(this.packageName, this.types, prefix);
	}

	private Kind classify(JsonNode schema) {
		JsonNode effective = effective(schema);
		List<JsonNode> alternatives = Schemas.alternatives(effective);
		if (alternatives != null && alternatives.size() > 1) {
			return allStrings(alternatives) ? Kind.ENUM : Kind.UNION;
		}
		List<String> literals = Schemas.stringValues(effective);
		if (literals != null && !literals.isEmpty() && Schemas.refName(effective) == null) {
			return Kind.ENUM;
		}
		if (Schemas.refName(effective) == null && this.schemas.hasProperties(effective)) {
			return Kind.OBJECT;
		}
		return Kind.ALIAS;
	}

	/**
	 * The schema without wrappers that add nothing but nullability:
	 * {@code anyOf: [X, null]}, {@code allOf: [X, {nullable: true}]}.
	 */
	private JsonNode effective(JsonNode schema) {
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

	private boolean allStrings(List<JsonNode> alternatives) {
		for (JsonNode alternative : alternatives) {
			JsonNode resolved = this.schemas.resolve(alternative);
			List<JsonNode> nested = Schemas.alternatives(resolved);
			if (nested != null) {
				if (!allStrings(nested)) {
					return false;
				}
			}
			else if (!"string".equals(Schemas.type(resolved)) && Schemas.stringValues(resolved) == null) {
				return false;
			}
			else if ("binary".equals(resolved.path("format").asString(""))) {
				return false;
			}
		}
		return true;
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
		return new OpenEnumEmitter(name, Schemas.description(schema), literals).emit();
	}

	TypeSpec.Builder record(ClassName name, JsonNode schema) {
		TypeSpec.Builder builder = new RecordEmitter(this, name, schema).emit();
		this.records.put(name, builder);
		return builder;
	}

	private TypeSpec.Builder union(ClassName name, JsonNode schema) {
		return new UnionEmitter(this, name, effective(schema)).emit();
	}

	Schemas schemas() {
		return this.schemas;
	}

	/** Whether a reference names a component that is generated as a record. */
	boolean isRecord(String componentName) {
		return this.kinds.get(componentName) == Kind.OBJECT;
	}

	/** The component schema that a generated top-level record stands for, or null. */
	@Nullable JsonNode recordSchema(TypeName type) {
		String component = componentName(type);
		return (component != null && this.kinds.get(component) == Kind.OBJECT) ? this.schemas.component(component)
				: null;
	}

	/** The component schema that a generated top-level type stands for, or null. */
	@Nullable JsonNode componentSchema(TypeName type) {
		String component = componentName(type);
		return (component != null) ? this.schemas.component(component) : null;
	}

	private @Nullable String componentName(TypeName type) {
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

	/** Whether a reference names a component that is generated as a union. */
	boolean isUnion(String componentName) {
		return this.kinds.get(componentName) == Kind.UNION;
	}

	/** Whether a reference names a component that is generated as an open enum. */
	boolean isEnum(String componentName) {
		return this.kinds.get(componentName) == Kind.ENUM;
	}

	/** The wrapper variants of a union type, or none when the type is not a union. */
	List<Wrapper> wrappers(TypeName type) {
		TypeName bare = type.withoutAnnotations();
		return (bare instanceof ClassName className) ? this.wrappers.getOrDefault(className, List.of()) : List.of();
	}

	/** Whether the type is a generated open enum. */
	boolean isOpenEnum(TypeName type) {
		return this.openEnums.contains(type.withoutAnnotations());
	}

	void addWrapper(ClassName union, Wrapper wrapper) {
		this.wrappers.computeIfAbsent(union, (key) -> new ArrayList<>()).add(wrapper);
	}

	/** Record that a generated type is a variant of a union. */
	void addVariant(ClassName variant, ClassName union) {
		this.unionsOf.computeIfAbsent(variant, (key) -> new LinkedHashSet<>()).add(union);
	}

	/**
	 * Jackson inherits {@code @JsonDeserialize} from interfaces: a record that is a union
	 * variant reads as itself, not through its union's deserializer.
	 */
	static AnnotationSpec notUnionDeserialized() {
		return AnnotationSpec.builder(JSON_DESERIALIZE).addMember("using", "$T.None.class", VALUE_DESERIALIZER).build();
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

package dev.reactiveai.openai.generator;

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
 * declared inline become nested types of the type that uses them. Each type is read into
 * its {@link TypeModel} ({@link TypeModelReader}) and written from it
 * ({@link RecordEmitter}, {@link UnionEmitter}, {@link OpenEnumEmitter}); the services
 * ask here for the Java type of a schema and what a generated type has.
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

	private final String packageName;

	private final TypeModelReader reader;

	/** Top-level types by simple name, as they are written. */
	private final Map<String, TypeSpec.Builder> types = new TreeMap<>();

	/** For each generated top-level type, the unions it is a variant of. */
	private final Map<ClassName, Set<ClassName>> unionsOf = new HashMap<>();

	/** The components of each kind, by component name. */
	private final Map<String, ApiModel.TypeKind> kinds = new TreeMap<>();

	/** The simple names of the components' types, which no inline type may take. */
	private final Set<String> componentSimpleNames = new HashSet<>();

	/** The component types marked deprecated. */
	private final Set<ClassName> deprecatedTypes = new HashSet<>();

	private final InputFormEmitter inputForms;

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
		this.packageName = packageName;
		this.reader = new TypeModelReader(schemas, descriptions, packageName, declarations, shortcuts,
				this::topLevelOwner);
		this.inputForms = new InputFormEmitter(new InputForms(schemas), packageName, this.reader::className);
		for (ApiModel.TypeDecl declaration : declarations.values()) {
			this.kinds.put(declaration.component(), declaration.kind());
			this.componentSimpleNames.add(declaration.className().simpleName());
		}
	}

	/**
	 * Read and write every component's type; operations may add more before
	 * {@link #build()}.
	 */
	ModelGenerator generate() {
		// Unions first, so that records know their wrapper variants for builder
		// shortcuts.
		for (ApiModel.TypeKind kind : List.of(ApiModel.TypeKind.ENUM, ApiModel.TypeKind.UNION,
				ApiModel.TypeKind.OBJECT)) {
			for (Map.Entry<String, ApiModel.TypeKind> component : this.kinds.entrySet()) {
				if (component.getValue() == kind) {
					TypeModel model = this.reader.component(component.getKey());
					this.types.put(model.name().simpleName(), emit(model));
				}
			}
		}
		return this;
	}

	/**
	 * Write a type read.
	 * @param model the type
	 * @return its class, nested types included
	 */
	TypeSpec.Builder emit(TypeModel model) {
		if (model instanceof TypeModel.RecordType record) {
			noteDeprecation(record.name(), record.deprecation());
			return new RecordEmitter(this, record).emit();
		}
		if (model instanceof TypeModel.UnionType union) {
			noteDeprecation(union.name(), union.deprecation());
			return new UnionEmitter(this, union).emit();
		}
		if (model instanceof TypeModel.EnumType openEnum) {
			noteDeprecation(openEnum.name(), openEnum.deprecation());
			return new OpenEnumEmitter(openEnum).emit();
		}
		throw new IllegalStateException("A wrapper is written by its union: " + model.name());
	}

	private void noteDeprecation(ClassName name, @Nullable String deprecation) {
		if (deprecation != null) {
			this.deprecatedTypes.add(name);
		}
	}

	/** The generated types, by simple name. */
	Map<String, TypeSpec> build() {
		this.unionsOf.forEach((variant, unions) -> {
			TypeSpec.Builder builder = this.types.get(variant.simpleName());
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
		return this.reader.className(componentName);
	}

	/**
	 * The Java type of a schema, reading and writing the types it declares inline in the
	 * owner.
	 * @param schema the schema
	 * @param owner where its inline types go
	 * @param hint the name for an inline type
	 * @return the type
	 */
	TypeName typeOf(JsonNode schema, Owner owner, String hint) {
		return this.reader.typeOf(schema, owner, hint);
	}

	/**
	 * An owner for an operation's inline schemas: top-level types named with the prefix,
	 * written as they are read.
	 */
	Owner topLevelOwner(String prefix) {
		return Owner.topLevel(this.packageName, this.types, this::emit, this.componentSimpleNames, prefix);
	}

	/**
	 * Read a record of an object schema, such as an operation's query parameters.
	 * @param name its name
	 * @param schema the schema
	 * @return its model
	 */
	TypeModel.RecordType record(ClassName name, JsonNode schema) {
		return this.reader.record(name, schema);
	}

	/** The component schema that a generated top-level record stands for, or null. */
	@Nullable JsonNode recordSchema(TypeName type) {
		return this.reader.recordSchema(type);
	}

	/**
	 * The type of a generated record's component that its builder sets, by its Java name,
	 * or null when the type is no generated record or has no such component.
	 */
	@Nullable TypeName componentType(TypeName record, String javaName) {
		if (!(this.reader.model(record) instanceof TypeModel.RecordType model)) {
			return null;
		}
		for (TypeModel.Property property : model.properties()) {
			if (!property.byTheCall() && property.javaName().equals(javaName)) {
				return property.type().withoutAnnotations();
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
		this.reader.setByTheCall(record, property);
	}

	InputFormEmitter inputForms() {
		return this.inputForms;
	}

	BuilderShortcuts shortcutsTable() {
		return this.reader.shortcutsTable();
	}

	/** Check that every line of the shortcuts table was applied. */
	void checkShortcutsApplied() {
		this.reader.checkShortcutsApplied();
	}

	/** The wrapper variants of a union type, or none when the type is not a union. */
	List<Wrapper> wrappers(TypeName type) {
		return (this.reader.model(type) instanceof TypeModel.UnionType union)
				? union.wrappers().stream().map((wrapper) -> new Wrapper(wrapper.name(), wrapper.valueType())).toList()
				: List.of();
	}

	/** Whether the type is a generated union, a sealed interface. */
	boolean isUnionType(TypeName type) {
		return type.withoutAnnotations() instanceof ClassName name && this.reader.isUnion(name);
	}

	/** Whether the type is a generated open enum. */
	boolean isOpenEnum(TypeName type) {
		return this.reader.model(type) instanceof TypeModel.EnumType;
	}

	/** The components of a generated record, in order; none when it is no record. */
	List<Property> properties(TypeName record) {
		return (this.reader.model(record) instanceof TypeModel.RecordType model) ? model.properties()
			.stream()
			.map((property) -> new Property(property.jsonName(), property.javaName(), property.type()))
			.toList() : List.of();
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

	static FieldSpec constant(ClassName type, String name, String value) {
		return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
			.initializer("new $T($S)", type, value)
			.build();
	}

	static MethodSpec.Builder publicMethod(String name) {
		return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
	}

}

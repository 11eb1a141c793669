package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static dev.reactiveai.openai.generator.ModelGenerator.OBJECT_MAP;
import static dev.reactiveai.openai.generator.ModelGenerator.STRING;

/**
 * A record for an object schema: one component per property, unknown properties kept in
 * {@code additionalProperties}, and a builder that fills literal properties in.
 */
final class RecordEmitter {

	private record Field(String jsonName, String javaName, TypeName type, boolean required, @Nullable String literal,
			Descriptions.PropertyDoc doc) {

		TypeName declaredType() {
			return this.required ? this.type : ModelGenerator.nullable(this.type);
		}

	}

	/**
	 * Properties whose JSON is not what the API description says: an embedding is a
	 * base64 string when {@code encoding_format=base64} was asked for.
	 */
	private static final Map<String, TypeName> TYPE_OVERRIDES = Map.of("Embedding.embedding",
			ClassName.get("dev.reactiveai.openai.json", "EmbeddingVector"));

	private final ModelGenerator generator;

	private final ClassName name;

	private final JsonNode schema;

	RecordEmitter(ModelGenerator generator, ClassName name, JsonNode schema) {
		this.generator = generator;
		this.name = name;
		this.schema = schema;
	}

	TypeSpec.Builder emit() {
		TypeSpec.Builder type = TypeSpec.recordBuilder(this.name).addModifiers(Modifier.PUBLIC);
		if (this.name.enclosingClassName() != null) {
			type.addModifiers(Modifier.STATIC);
		}
		Owner self = new Owner(this.name, type);
		List<Field> fields = fields(self);
		this.generator.addProperties(this.name,
				fields.stream()
					.map((field) -> new ModelGenerator.Property(field.jsonName(), field.javaName(), field.type()))
					.toList());
		type.addJavadoc(this.generator.typeJavadoc(this.name, this.schema));
		type.addJavadoc("\n");
		MethodSpec.Builder components = MethodSpec.constructorBuilder();
		for (Field field : fields) {
			components.addParameter(ParameterSpec.builder(field.declaredType(), field.javaName())
				.addAnnotation(ModelGenerator.jsonProperty(field.jsonName()))
				.build());
			type.addJavadoc("@param $L $L\n", field.javaName(), componentJavadoc(field));
			if (field.doc().deprecation() != null) {
				type.addMethod(deprecatedAccessor(field));
			}
		}
		components.addParameter(ParameterSpec.builder(OBJECT_MAP, "additionalProperties")
			.addAnnotation(ModelGenerator.JSON_ANY_SETTER)
			.addAnnotation(ModelGenerator.JSON_ANY_GETTER)
			.build());
		type.addJavadoc("@param additionalProperties properties that this version of the client does not know\n");
		type.addJavadoc(this.generator.deprecation(type, this.name, this.schema));
		type.recordConstructor(components.build());
		type.addMethod(compactConstructor(fields));
		type.addMethod(MethodSpec.methodBuilder("builder")
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addJavadoc("A builder of {@link $T}.\n@return a new builder\n", this.name)
			.returns(builderName())
			.addStatement("return new $T()", builderName())
			.build());
		type.addMethod(MethodSpec.methodBuilder("toBuilder")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("A builder that starts from this value.\n@return a builder with this value's properties\n")
			.returns(builderName())
			.addStatement("return new $T(this)", builderName())
			.build());
		type.addType(builder(fields));
		DerivedProperties.methods(this.name).forEach(type::addMethod);
		return type;
	}

	private List<Field> fields(Owner self) {
		Map<String, JsonNode> properties = this.generator.schemas().properties(this.schema);
		Set<String> required = this.generator.schemas().required(this.schema);
		Set<String> javaNames = new HashSet<>();
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
			String jsonName = property.getKey();
			JsonNode propertySchema = property.getValue();
			String javaName = Names.camel(jsonName);
			while (!javaNames.add(javaName)) {
				javaName = javaName + "_";
			}
			String literal = this.generator.schemas().literal(propertySchema);
			TypeName override = TYPE_OVERRIDES.get(this.name.simpleName() + "." + jsonName);
			TypeName type = (override != null) ? override : (literal != null) ? STRING : this.generator
				.typeOf(propertySchema, self, Names.pascal(jsonName), Role.property(jsonName, this.name));
			boolean isRequired = required.contains(jsonName)
					&& (literal != null || !Schemas.isNullable(propertySchema));
			Descriptions.PropertyDoc doc = DerivedProperties.doc(this.name, jsonName);
			if (doc == null) {
				doc = this.generator.descriptions().property(propertySchema);
			}
			String conventional = Descriptions.conventional(jsonName, properties.keySet());
			if (doc.javadoc().isEmpty() && conventional != null) {
				doc = new Descriptions.PropertyDoc(conventional, conventional, doc.deprecation());
			}
			fields.add(new Field(jsonName, javaName, type, isRequired, literal, doc));
		}
		return fields;
	}

	/**
	 * The canonical constructor keeps what it is given: a literal property absent from
	 * the JSON read stays absent when written back. The builder fills literals in for
	 * values built from scratch.
	 */
	private MethodSpec compactConstructor(List<Field> fields) {
		MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder()
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc(compactConstructorJavadoc(fields));
		for (Field field : fields) {
			constructor.addCode(DerivedProperties.derivation(this.name, field.jsonName()));
		}
		constructor.addStatement(
				"additionalProperties = (additionalProperties != null) ? $T.unmodifiableMap(new $T<>(additionalProperties)) : $T.of()",
				ModelGenerator.COLLECTIONS, ModelGenerator.LINKED_HASH_MAP, ModelGenerator.MAP);
		return constructor.build();
	}

	/** What the compact constructor does, from what it is generated with. */
	private CodeBlock compactConstructorJavadoc(List<Field> fields) {
		List<String> literals = new ArrayList<>();
		List<String> derived = new ArrayList<>();
		for (Field field : fields) {
			if (field.literal() != null) {
				literals.add(MarkdownJavadoc.code(field.jsonName()));
			}
			if (!DerivedProperties.derivation(this.name, field.jsonName()).isEmpty()) {
				derived.add(MarkdownJavadoc.code(field.jsonName()));
			}
		}
		CodeBlock.Builder javadoc = CodeBlock.builder().add("Creates a {@link $T}", this.name);
		if (!literals.isEmpty()) {
			javadoc.add(", filling in $L with $L single possible value when absent",
					Descriptions.enumeration(literals, 8, "and"), (literals.size() == 1) ? "its" : "their");
		}
		if (!derived.isEmpty()) {
			javadoc.add(", computing $L when absent", Descriptions.enumeration(derived, 8, "and"));
		}
		javadoc.add("; {@code additionalProperties} becomes an unmodifiable copy, empty for null.\n");
		for (Field field : fields) {
			String summary = field.doc().summary();
			javadoc.add("@param $L $L\n", field.javaName(), summary.isEmpty() ? fallback(field) : summary);
		}
		return javadoc.add("@param additionalProperties properties that this version of the client does not know\n")
			.build();
	}

	private ClassName builderName() {
		return this.name.nestedClass("Builder");
	}

	private TypeSpec builder(List<Field> fields) {
		ClassName builderName = builderName();
		TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
			.addJavadoc("Builds a {@link $T}.\n", this.name);
		for (Field field : fields) {
			builder
				.addField(FieldSpec.builder(ModelGenerator.nullable(field.type()), field.javaName(), Modifier.PRIVATE)
					.build());
		}
		builder.addField(FieldSpec.builder(OBJECT_MAP, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL)
			.initializer("new $T<>()", ModelGenerator.LINKED_HASH_MAP)
			.build());
		MethodSpec.Builder empty = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
		for (Field field : fields) {
			if (field.literal() != null) {
				empty.addStatement("this.$N = $S", field.javaName(), field.literal());
			}
		}
		builder.addMethod(empty.build());
		MethodSpec.Builder copy = MethodSpec.constructorBuilder()
			.addModifiers(Modifier.PRIVATE)
			.addParameter(this.name, "source");
		for (Field field : fields) {
			copy.addStatement("this.$N = source.$N()", field.javaName(), field.javaName());
		}
		copy.addStatement("this.additionalProperties.putAll(source.additionalProperties())");
		builder.addMethod(copy.build());
		for (Field field : fields) {
			builder
				.addMethod(deprecated(MethodSpec.methodBuilder(field.javaName()), field).addModifiers(Modifier.PUBLIC)
					.addJavadoc(setterJavadoc(field, CodeBlock.of(""), field.javaName()))
					.addParameter(ModelGenerator.nullable(field.type()), field.javaName())
					.returns(builderName)
					.addStatement("this.$N = $N", field.javaName(), field.javaName())
					.addStatement("return this")
					.build());
			if (this.generator.isOpenEnum(field.type())) {
				builder.addMethod(deprecated(MethodSpec.methodBuilder(field.javaName()), field)
					.addModifiers(Modifier.PUBLIC)
					.addJavadoc(setterJavadoc(field,
							CodeBlock.of("<p>\nTakes the value as the API spells it, known to this client or not.\n"),
							"value"))
					.addParameter(STRING, "value")
					.returns(builderName)
					.addStatement("return $N($T.of(value))", field.javaName(), field.type().withoutAnnotations())
					.build());
			}
			for (ModelGenerator.Wrapper wrapper : this.generator.wrappers(field.type())) {
				builder.addMethod(
						deprecated(MethodSpec.methodBuilder(field.javaName()), field).addModifiers(Modifier.PUBLIC)
							.addJavadoc(setterJavadoc(field,
									CodeBlock.of("<p>\nTakes the value of a {@link $T}.\n", wrapper.name()), "value"))
							.addParameter(wrapper.valueType(), "value")
							.returns(builderName)
							.addStatement("return $N(new $T(value))", field.javaName(), wrapper.name())
							.build());
			}
		}
		builder.addMethod(MethodSpec.methodBuilder("additionalProperty")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("Set a property that this version of the client does not know.\n")
			.addJavadoc("@param name the property's name\n@param value its value\n@return this builder\n")
			.addParameter(STRING, "name")
			.addParameter(ModelGenerator.nullable(ClassName.OBJECT), "value")
			.returns(builderName)
			.addStatement("this.additionalProperties.put(name, value)")
			.addStatement("return this")
			.build());
		MethodSpec.Builder build = MethodSpec.methodBuilder("build")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("Build the value.\n@return the value\n")
			.returns(this.name);
		List<CodeBlock> arguments = new ArrayList<>();
		for (Field field : fields) {
			// A literal is filled in by this builder; a copy of a value read without it
			// stays without it.
			if (field.required() && field.literal() == null) {
				arguments.add(CodeBlock.of("$T.requireNonNull(this.$N, $S)", ModelGenerator.OBJECTS, field.javaName(),
						"'" + field.javaName() + "' is required"));
			}
			else {
				arguments.add(CodeBlock.of("this.$N", field.javaName()));
			}
		}
		arguments.add(CodeBlock.of("this.additionalProperties"));
		build.addStatement("return new $T($L)", this.name, CodeBlock.join(arguments, ", "));
		builder.addMethod(build.build());
		return builder.build();
	}

	/**
	 * A record component's Javadoc: the property's whole description, and why it is
	 * deprecated when the description does not say so itself.
	 */
	private String componentJavadoc(Field field) {
		String text = field.doc().javadoc();
		if (text.isEmpty()) {
			text = fallback(field);
		}
		String deprecation = field.doc().deprecation();
		if (deprecation != null && !text.toLowerCase(java.util.Locale.ROOT).contains("deprecat")) {
			text = text + "\n<p>\n<strong>Deprecated:</strong> " + deprecation;
		}
		return text;
	}

	/**
	 * What a property that the API description does not describe is: its literal, or what
	 * kind of value it holds, saying that the description has nothing more.
	 */
	private static String fallback(Field field) {
		if (field.literal() != null) {
			return "Always " + MarkdownJavadoc.code(field.literal()) + ".";
		}
		return Descriptions.capitalized(kind(field.type())) + " (the API description says no more).";
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

	/**
	 * The accessor of a deprecated property, declared to carry {@code @Deprecated} and
	 * its reason: on the record component the annotation would also land on the canonical
	 * constructor's parameter, where the compiler warns that it has no effect. It repeats
	 * the component's {@code @JsonProperty}, which only implicit accessors inherit.
	 */
	private MethodSpec deprecatedAccessor(Field field) {
		return MethodSpec.methodBuilder(field.javaName())
			.addModifiers(Modifier.PUBLIC)
			.addAnnotation(Deprecated.class)
			.addAnnotation(ModelGenerator.jsonProperty(field.jsonName()))
			.addJavadoc("$L\n", componentJavadoc(field))
			.addJavadoc("@return its value$L\n", field.required() ? "" : ", or null when absent")
			.addJavadoc("@deprecated $L\n", field.doc().deprecation())
			.returns(field.declaredType())
			.addStatement("return this.$N", field.javaName())
			.build();
	}

	private static MethodSpec.Builder deprecated(MethodSpec.Builder method, Field field) {
		return (field.doc().deprecation() != null) ? method.addAnnotation(Deprecated.class) : method;
	}

	/**
	 * A builder setter's Javadoc: the first sentence of the property's description, what
	 * the overload takes, the tags.
	 */
	private CodeBlock setterJavadoc(Field field, CodeBlock takes, String parameter) {
		String summary = field.doc().summary();
		CodeBlock.Builder javadoc = CodeBlock.builder()
			.add("$L\n", summary.isEmpty() ? fallback(field) : summary)
			.add(takes)
			.add("@param $L the value$L\n", parameter, field.required() ? " (required)" : "")
			.add("@return this builder\n");
		if (field.doc().deprecation() != null) {
			javadoc.add("@deprecated $L\n", field.doc().deprecation());
		}
		return javadoc.build();
	}

}

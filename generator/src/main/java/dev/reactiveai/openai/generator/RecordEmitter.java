package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static dev.reactiveai.openai.generator.ModelGenerator.OBJECT_MAP;
import static dev.reactiveai.openai.generator.ModelGenerator.STRING;

/**
 * A record for an object schema: one component per property, unknown properties kept in
 * {@code additionalProperties}, and a builder that fills literal properties in.
 */
final class RecordEmitter {

	/**
	 * A property.
	 *
	 * @param jsonName the API's name
	 * @param javaName the component's name
	 * @param type its Java type
	 * @param required whether the API requires it
	 * @param literal its single possible value, or null
	 * @param byTheCall whether the call sets it (a streaming call's {@code stream}), not
	 * the caller
	 * @param doc its documentation
	 */
	private record Field(String jsonName, String javaName, TypeName type, boolean required, @Nullable String literal,
			boolean byTheCall, Descriptions.PropertyDoc doc) {

		TypeName declaredType() {
			return this.required ? this.type : ModelGenerator.nullable(this.type);
		}

		/**
		 * Whether the builder has a setter for it: a literal is filled in, and what the
		 * call sets is the call's.
		 */
		boolean settable() {
			return this.literal == null && !this.byTheCall;
		}

		/** The items of a list, or null when it is no list. */
		@Nullable TypeName listItem() {
			return typeArgument(this.type, ModelGenerator.LIST, 0);
		}

		/** The values of a map, or null when it is no map. */
		@Nullable TypeName mapValue() {
			return typeArgument(this.type, ModelGenerator.MAP, 1);
		}

	}

	private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");

	private static final ClassName ADDITIONAL_PROPERTIES = ClassName.get("dev.reactiveai.openai.json.internal",
			"AdditionalProperties");

	private static final ClassName RECORD_DESERIALIZER = ClassName.get("dev.reactiveai.openai.json.internal",
			"RecordDeserializer");

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
		type.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_DESERIALIZE)
			.addMember("using", "$T.class", readerName())
			.build());
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
		type.addType(reader(fields));
		DerivedProperties.methods(this.name).forEach(type::addMethod);
		type.addMethods(this.generator.inputForms().recordMethods(this.generator.componentName(this.name)));
		return type;
	}

	private List<Field> fields(Owner self) {
		Map<String, JsonNode> properties = this.generator.schemas().properties(this.schema);
		Set<String> required = this.generator.schemas().required(this.schema);
		Set<String> byTheCall = this.generator.setByTheCall(this.name);
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
					&& (literal != null || !this.generator.schemas().admitsNull(propertySchema));
			Descriptions.PropertyDoc doc = DerivedProperties.doc(this.name, jsonName);
			if (doc == null) {
				doc = this.generator.descriptions().property(propertySchema);
			}
			String conventional = Descriptions.conventional(jsonName, properties.keySet());
			if (doc.javadoc().isEmpty() && conventional != null) {
				doc = new Descriptions.PropertyDoc(conventional, conventional, doc.deprecation());
			}
			fields.add(new Field(jsonName, javaName, type, isRequired, literal, byTheCall.contains(jsonName), doc));
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
		constructor.addStatement("additionalProperties = $T.copyOf(additionalProperties)", ADDITIONAL_PROPERTIES);
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

	private ClassName readerName() {
		return this.name.nestedClass("Reader");
	}

	/**
	 * The record's deserializer: the properties' JSON names, the open enums' factories
	 * and the canonical constructor, the rest in {@code RecordDeserializer}. It also
	 * keeps a union variant from being read through its union's deserializer, which
	 * Jackson would inherit from the interface.
	 */
	private TypeSpec reader(List<Field> fields) {
		ClassName readerName = readerName();
		TypeSpec.Builder reader = TypeSpec.classBuilder(readerName)
			.addModifiers(Modifier.STATIC, Modifier.FINAL)
			.superclass(ParameterizedTypeName.get(RECORD_DESERIALIZER, this.name))
			.addJavadoc(
					"Reads a {@link $T} from the parser's tokens; Jackson creates it from {@code @JsonDeserialize}.\n",
					this.name);
		CodeBlock names = fields.stream()
			.map((field) -> CodeBlock.of("$S", field.jsonName()))
			.collect(CodeBlock.joining(", "));
		reader.addMethod(MethodSpec.constructorBuilder()
			.addStatement(fields.isEmpty() ? CodeBlock.of("super($T.class)", this.name)
					: CodeBlock.of("super($T.class, $L)", this.name, names))
			.build());
		CodeBlock.Builder openEnums = CodeBlock.builder();
		for (int i = 0; i < fields.size(); i++) {
			if (this.generator.isOpenEnum(fields.get(i).type())) {
				openEnums.add("case $L -> $T.of(value);\n", i, fields.get(i).type().withoutAnnotations());
			}
		}
		if (!openEnums.isEmpty()) {
			reader.addMethod(MethodSpec.methodBuilder("openEnum")
				.addAnnotation(Override.class)
				.addModifiers(Modifier.PROTECTED)
				.addParameter(TypeName.INT, "index")
				.addParameter(STRING, "value")
				.returns(ClassName.OBJECT)
				.addCode(CodeBlock.builder()
					.add("return switch (index) {\n")
					.indent()
					.add(openEnums.build())
					.add("default -> super.openEnum(index, value);\n")
					.unindent()
					.add("};\n")
					.build())
				.build());
		}
		List<CodeBlock> arguments = new ArrayList<>();
		boolean unchecked = false;
		for (int i = 0; i < fields.size(); i++) {
			TypeName type = fields.get(i).type().withoutAnnotations();
			unchecked |= type instanceof ParameterizedTypeName;
			arguments.add(CodeBlock.of("($T) values[$L]", type, i));
		}
		arguments.add(CodeBlock.of("additionalProperties"));
		MethodSpec.Builder create = MethodSpec.methodBuilder("create")
			.addAnnotation(Override.class)
			.addModifiers(Modifier.PROTECTED)
			.addParameter(ArrayTypeName.of(ModelGenerator.nullable(ClassName.OBJECT)), "values")
			.addParameter(ModelGenerator.nullable(OBJECT_MAP), "additionalProperties")
			.returns(this.name)
			.addStatement("return new $T($L)", this.name, CodeBlock.join(arguments, ", "));
		if (unchecked) {
			create.addAnnotation(
					AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
		}
		reader.addMethod(create.build());
		return reader.build();
	}

	private ClassName builderName() {
		return this.name.nestedClass("Builder");
	}

	/**
	 * The builder: a setter per property the caller sets (none for literals, which it
	 * fills in, nor for what the call sets), taking what users hold (a list of a variant,
	 * a value a union wraps), an adder per list, a putter per map, and the shortcuts
	 * table's message adders. It copies the lists and maps it is given, and gives the
	 * value unmodifiable copies.
	 */
	private TypeSpec builder(List<Field> fields) {
		ClassName builderName = builderName();
		TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
			.addJavadoc("Builds a {@link $T}.\n", this.name);
		List<String> leftToTheCall = new ArrayList<>();
		for (Field field : fields) {
			if (field.byTheCall()) {
				leftToTheCall.add(MarkdownJavadoc.code(field.jsonName()));
				continue;
			}
			builder
				.addField(FieldSpec.builder(ModelGenerator.nullable(field.type()), field.javaName(), Modifier.PRIVATE)
					.build());
		}
		if (!leftToTheCall.isEmpty()) {
			builder.addJavadoc("<p>\n$L $L set by the service's call, which decides whether to stream.\n",
					Descriptions.capitalized(Descriptions.enumeration(leftToTheCall, 8, "and")),
					(leftToTheCall.size() == 1) ? "is" : "are");
		}
		builder.addField(FieldSpec.builder(OBJECT_MAP, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL)
			.initializer("new $T<>()", ModelGenerator.LINKED_HASH_MAP)
			.build());
		MethodSpec.Builder empty = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
		for (Field field : fields) {
			if (field.literal() != null && !field.byTheCall()) {
				empty.addStatement("this.$N = $S", field.javaName(), field.literal());
			}
		}
		builder.addMethod(empty.build());
		MethodSpec.Builder copy = MethodSpec.constructorBuilder()
			.addModifiers(Modifier.PRIVATE)
			.addParameter(this.name, "source");
		for (Field field : fields) {
			if (!field.byTheCall()) {
				copy.addStatement("this.$N = $L", field.javaName(),
						copied(field, CodeBlock.of("source.$N()", field.javaName())));
			}
		}
		copy.addStatement("this.additionalProperties.putAll(source.additionalProperties())");
		builder.addMethod(copy.build());
		Set<String> taken = new HashSet<>(List.of("additionalProperty", "build"));
		fields.stream().filter(Field::settable).map(Field::javaName).forEach(taken::add);
		for (Field field : fields) {
			if (!field.settable()) {
				continue;
			}
			setters(builder, field);
			String adder = adders(builder, field, taken);
			if (adder != null) {
				shortcuts(builder, field, adder, taken);
			}
			else if (!this.generator.shortcuts(this.name, field.jsonName()).isEmpty()) {
				throw this.generator.shortcutsTable()
					.problem(this.generator.shortcuts(this.name, field.jsonName()).get(0), this.name.simpleName() + "."
							+ field.jsonName() + " is no list: messages can only be added to a list");
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
			if (field.byTheCall()) {
				arguments.add(CodeBlock.of("null"));
			}
			// A literal is filled in by this builder; a copy of a value read without it
			// stays without it.
			else if (field.required() && field.literal() == null) {
				arguments.add(unmodifiable(field, CodeBlock.of("$T.requireNonNull(this.$N, $S)", ModelGenerator.OBJECTS,
						field.javaName(), "'" + field.javaName() + "' is required"), false));
			}
			else {
				arguments.add(unmodifiable(field, CodeBlock.of("this.$N", field.javaName()), true));
			}
		}
		arguments.add(CodeBlock.of("this.additionalProperties"));
		build.addStatement("return new $T($L)", this.name, CodeBlock.join(arguments, ", "));
		builder.addMethod(build.build());
		return builder.build();
	}

	/**
	 * The setter of a property and its overloads: the string of an open enum, the values
	 * a union wraps.
	 */
	private void setters(TypeSpec.Builder builder, Field field) {
		ClassName builderName = builderName();
		builder.addMethod(deprecated(MethodSpec.methodBuilder(field.javaName()), field).addModifiers(Modifier.PUBLIC)
			.addJavadoc(setterJavadoc(field,
					(field.listItem() != null || field.mapValue() != null) ? CodeBlock
						.of("<p>\nTakes a copy of the $L.\n", (field.listItem() != null) ? "list" : "map")
							: CodeBlock.of(""),
					field.javaName()))
			.addParameter(ModelGenerator.nullable(accepted(field.type())), field.javaName())
			.returns(builderName)
			.addStatement("this.$N = $L", field.javaName(), copied(field, CodeBlock.of("$N", field.javaName())))
			.addStatement("return this")
			.build());
		if (this.generator.isOpenEnum(field.type())) {
			builder
				.addMethod(deprecated(MethodSpec.methodBuilder(field.javaName()), field).addModifiers(Modifier.PUBLIC)
					.addJavadoc(setterJavadoc(field,
							CodeBlock.of("<p>\nTakes the value as the API spells it, known to this client or not.\n"),
							"value"))
					.addParameter(STRING, "value")
					.returns(builderName)
					.addStatement("return $N($T.of(value))", field.javaName(), field.type().withoutAnnotations())
					.build());
		}
		for (ModelGenerator.Wrapper wrapper : this.generator.wrappers(field.type())) {
			boolean list = typeArgument(wrapper.valueType(), ModelGenerator.LIST, 0) != null;
			builder
				.addMethod(deprecated(MethodSpec.methodBuilder(field.javaName()), field).addModifiers(Modifier.PUBLIC)
					.addJavadoc(setterJavadoc(field,
							CodeBlock.of("<p>\nTakes the value of a {@link $T}$L.\n", wrapper.name(),
									list ? ", copying the list" : ""),
							"value"))
					.addParameter(accepted(wrapper.valueType()), "value")
					.returns(builderName)
					.addStatement("return $N(new $T($L))", field.javaName(), wrapper.name(),
							list ? CodeBlock.of("$T.unmodifiableList(new $T<>(value))", ModelGenerator.COLLECTIONS,
									ARRAY_LIST) : CodeBlock.of("value"))
					.build());
		}
	}

	/**
	 * The adder of a list, or of a union that may be a list, and the putter of a map.
	 * @return the adder's name, or null when the property is no list
	 */
	private @Nullable String adders(TypeSpec.Builder builder, Field field, Set<String> taken) {
		String singular = Names.singular(field.javaName());
		TypeName item = field.listItem();
		ModelGenerator.Wrapper listVariant = listVariant(field.type());
		TypeName mapValue = field.mapValue();
		if (item == null && listVariant != null) {
			item = typeArgument(listVariant.valueType(), ModelGenerator.LIST, 0);
		}
		if (mapValue != null) {
			builder.addMethod(deprecated(MethodSpec.methodBuilder(memberName("put", singular, field, taken)), field)
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("$L\n<p>\nPuts one entry in the map, replacing the value of a name it has.\n",
						summary(field))
				.addJavadoc("@param key the entry's name\n@param value its value\n@return this builder\n")
				.addJavadoc(deprecationTag(field))
				.addParameter(STRING, "key")
				.addParameter(mapValue, "value")
				.returns(builderName())
				.addStatement("$T.requireNonNull(key, $S)", ModelGenerator.OBJECTS, "'key' must not be null")
				.addStatement("$T.requireNonNull(value, $S)", ModelGenerator.OBJECTS, "'value' must not be null")
				.beginControlFlow("if (this.$N == null)", field.javaName())
				.addStatement("this.$N = new $T<>()", field.javaName(), ModelGenerator.LINKED_HASH_MAP)
				.endControlFlow()
				.addStatement("this.$N.put(key, value)", field.javaName())
				.addStatement("return this")
				.build());
			return null;
		}
		if (item == null) {
			return null;
		}
		String name = memberName("add", singular, field, taken);
		String parameter = (Names.isKeyword(singular) || singular.equals("items") || singular.equals("held"))
				? singular + "Value" : singular;
		MethodSpec.Builder adder = deprecated(MethodSpec.methodBuilder(name), field).addModifiers(Modifier.PUBLIC)
			.addJavadoc("$L\n<p>\nAdds one item to the list, after those it has.\n", summary(field))
			.addJavadoc("@param $L the item to add\n@return this builder\n", parameter)
			.addJavadoc(deprecationTag(field))
			.addParameter(item, parameter)
			.returns(builderName())
			.addStatement("$T.requireNonNull($N, $S)", ModelGenerator.OBJECTS, parameter,
					"'" + parameter + "' must not be null");
		if (field.listItem() != null) {
			adder.beginControlFlow("if (this.$N == null)", field.javaName())
				.addStatement("this.$N = new $T<>()", field.javaName(), ARRAY_LIST)
				.endControlFlow()
				.addStatement("this.$N.add($N)", field.javaName(), parameter);
		}
		else {
			// A union holds its list in an immutable variant: the adder makes a longer
			// one.
			adder.addStatement("$T<$T> items = new $T<>()", ModelGenerator.LIST, item, ARRAY_LIST)
				.beginControlFlow("if (this.$N instanceof $T held)", field.javaName(), listVariant.name())
				.addStatement("items.addAll(held.value())")
				.nextControlFlow("else if (this.$N != null)", field.javaName())
				.addStatement("throw new $T($S + this.$N.getClass().getSimpleName() + $S)", IllegalStateException.class,
						"Cannot add to '" + field.javaName() + "', which holds a ", field.javaName(),
						", not a list: set it to a list first")
				.endControlFlow()
				.addStatement("items.add($N)", parameter)
				.addStatement("this.$N = new $T($T.unmodifiableList(items))", field.javaName(), listVariant.name(),
						ModelGenerator.COLLECTIONS);
		}
		builder.addMethod(adder.addStatement("return this").build());
		builder.addMethods(this.generator.inputForms()
			.builderAdders(builderName(), item, singular, name, field.jsonName(), taken,
					this.generator.properties(this.name)));
		if (this.generator.isOpenEnum(item)) {
			builder.addMethod(deprecated(MethodSpec.methodBuilder(name), field).addModifiers(Modifier.PUBLIC)
				.addJavadoc("$L\n<p>\nAdds one item, as the API spells it, known to this client or not.\n",
						summary(field))
				.addJavadoc("@param value the item to add\n@return this builder\n")
				.addJavadoc(deprecationTag(field))
				.addParameter(STRING, "value")
				.returns(builderName())
				.addStatement("return $N($T.of(value))", name, item.withoutAnnotations())
				.build());
		}
		return name;
	}

	/**
	 * The shortcuts table's methods for a list property: each adds a message of a role
	 * from its text.
	 */
	private void shortcuts(TypeSpec.Builder builder, Field field, String adder, Set<String> taken) {
		for (BuilderShortcuts.Shortcut shortcut : this.generator.shortcuts(this.name, field.jsonName())) {
			if (!taken.add(shortcut.method())) {
				throw this.generator.shortcutsTable()
					.problem(shortcut, this.name.simpleName() + "'s builder has a " + shortcut.method()
							+ " already: a property's setter or adder");
			}
			ClassName message = ClassName.get(this.name.packageName(), shortcut.messageType());
			builder.addMethod(MethodSpec.methodBuilder(shortcut.method())
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc(
						"Adds a message of the {@code $L} role with this text to {@code $L}: a {@link $T} whose content is the text.\n",
						shortcut.role(), field.jsonName(), message)
				.addJavadoc("@param text the message's text\n@return this builder\n")
				.addParameter(STRING, "text")
				.returns(builderName())
				.addStatement("return $N($T.builder()$L.content(text).build())", adder, message, roleCall(shortcut))
				.build());
		}
	}

	/**
	 * How a shortcut's message gets its role: nothing when the message's role is always
	 * that role, its setter when it may be set to it.
	 * @throws IllegalStateException when the message is no record, cannot have the role,
	 * or its content cannot be text
	 */
	private CodeBlock roleCall(BuilderShortcuts.Shortcut shortcut) {
		Schemas schemas = this.generator.schemas();
		JsonNode message = this.generator.recordSchema(ClassName.get(this.name.packageName(), shortcut.messageType()));
		if (message == null) {
			throw this.generator.shortcutsTable()
				.problem(shortcut, shortcut.messageType() + " is no generated record of a component schema");
		}
		Map<String, JsonNode> properties = schemas.properties(message);
		JsonNode content = properties.get("content");
		if (content == null || !acceptsText(content)) {
			throw this.generator.shortcutsTable()
				.problem(shortcut, shortcut.messageType() + " has no content that may be text");
		}
		JsonNode role = properties.get("role");
		String literal = (role != null) ? schemas.literal(role) : null;
		if (literal != null) {
			if (!literal.equals(shortcut.role())) {
				throw this.generator.shortcutsTable()
					.problem(shortcut, shortcut.messageType() + "'s role is always '" + literal + "', not '"
							+ shortcut.role() + "'");
			}
			return CodeBlock.of("");
		}
		List<String> roles = (role != null) ? schemas.values(role) : null;
		if (role == null || (roles != null && !roles.contains(shortcut.role()))) {
			throw this.generator.shortcutsTable()
				.problem(shortcut, shortcut.messageType() + " has no role '" + shortcut.role() + "'; its roles are "
						+ ((roles != null) ? roles : "none"));
		}
		return CodeBlock.of(".role($S)", shortcut.role());
	}

	/** Whether a schema may be a string, as it is or among its alternatives. */
	private boolean acceptsText(JsonNode schema) {
		JsonNode resolved = this.generator.schemas().resolve(schema);
		if ("string".equals(Schemas.type(resolved)) && Schemas.stringValues(resolved) == null) {
			return true;
		}
		List<JsonNode> alternatives = Schemas.alternatives(resolved);
		return alternatives != null && alternatives.stream().anyMatch(this::acceptsText);
	}

	/**
	 * A builder member's name, {@code add} or {@code put} and the property's singular;
	 * the property's own name when that is taken.
	 * @throws IllegalStateException when both are taken
	 */
	private String memberName(String verb, String singular, Field field, Set<String> taken) {
		for (String candidate : List.of(verb + Names.pascal(singular), verb + Names.pascal(field.javaName()))) {
			if (taken.add(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException(
				"The builder of " + this.name + " has a " + verb + Names.pascal(field.javaName()) + " already, so "
						+ field.jsonName() + " has no name for its " + verb + "er: teach RecordEmitter a name for it");
	}

	/** The one list variant of a union, or null when the type is no union or has none. */
	private ModelGenerator.@Nullable Wrapper listVariant(TypeName type) {
		for (ModelGenerator.Wrapper wrapper : this.generator.wrappers(type)) {
			if (typeArgument(wrapper.valueType(), ModelGenerator.LIST, 0) != null) {
				return wrapper;
			}
		}
		return null;
	}

	/**
	 * What a setter takes for a type: a list or map of any subtype of its items or values
	 * ({@code List<ChatCompletionRequestUserMessage>} for a list of messages) where they
	 * may have subtypes.
	 */
	private TypeName accepted(TypeName type) {
		TypeName item = typeArgument(type, ModelGenerator.LIST, 0);
		if (item != null) {
			return ParameterizedTypeName.get(ModelGenerator.LIST, covariant(item));
		}
		TypeName value = typeArgument(type, ModelGenerator.MAP, 1);
		if (value != null) {
			return ParameterizedTypeName.get(ModelGenerator.MAP, STRING, covariant(value));
		}
		return type.withoutAnnotations();
	}

	/**
	 * {@code ? extends T} for a type that has subtypes (a union, a list or map,
	 * {@code Object}); the type itself for a final one (a record, a string, a number).
	 */
	private TypeName covariant(TypeName type) {
		TypeName bare = type.withoutAnnotations();
		boolean open = this.generator.isUnionType(bare) || bare.equals(ClassName.OBJECT)
				|| bare instanceof ParameterizedTypeName;
		return open ? WildcardTypeName.subtypeOf(type) : type;
	}

	/** A builder's own copy of a list or map value, which its adders may change. */
	private static CodeBlock copied(Field field, CodeBlock value) {
		ClassName copy = (field.listItem() != null) ? ARRAY_LIST
				: (field.mapValue() != null) ? ModelGenerator.LINKED_HASH_MAP : null;
		return (copy != null) ? CodeBlock.of("($L != null) ? new $T<>($L) : null", value, copy, value) : value;
	}

	/** The value's unmodifiable copy of a builder's list or map. */
	private static CodeBlock unmodifiable(Field field, CodeBlock value, boolean nullable) {
		String wrap = (field.listItem() != null) ? "unmodifiableList"
				: (field.mapValue() != null) ? "unmodifiableMap" : null;
		if (wrap == null) {
			return value;
		}
		ClassName copy = (field.listItem() != null) ? ARRAY_LIST : ModelGenerator.LINKED_HASH_MAP;
		CodeBlock unmodifiable = CodeBlock.of("$T.$L(new $T<>($L))", ModelGenerator.COLLECTIONS, wrap, copy, value);
		return nullable ? CodeBlock.of("($L != null) ? $L : null", value, unmodifiable) : unmodifiable;
	}

	private static @Nullable TypeName typeArgument(TypeName type, ClassName raw, int index) {
		return (type.withoutAnnotations() instanceof ParameterizedTypeName parameterized
				&& parameterized.rawType().equals(raw)) ? parameterized.typeArguments().get(index) : null;
	}

	/** The first sentence of a property's description, or what it is. */
	private static String summary(Field field) {
		String summary = field.doc().summary();
		return summary.isEmpty() ? fallback(field) : summary;
	}

	private static CodeBlock deprecationTag(Field field) {
		return (field.doc().deprecation() != null) ? CodeBlock.of("@deprecated $L\n", field.doc().deprecation())
				: CodeBlock.of("");
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

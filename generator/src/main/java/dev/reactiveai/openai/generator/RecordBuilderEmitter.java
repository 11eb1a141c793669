package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import org.jspecify.annotations.Nullable;

import static dev.reactiveai.openai.generator.ModelGenerator.OBJECT_MAP;
import static dev.reactiveai.openai.generator.ModelGenerator.STRING;

/**
 * Writes a record's {@code Builder} from its model: a setter per property the caller sets
 * (none for literals, which it fills in, nor for what the call sets), taking what users
 * hold (a list of a variant, a value a union wraps), an adder per list, a putter per map,
 * and the shortcuts table's message adders.
 */
final class RecordBuilderEmitter {

	private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");

	private final ModelGenerator generator;

	private final TypeModel.RecordType record;

	private final ClassName name;

	RecordBuilderEmitter(ModelGenerator generator, TypeModel.RecordType record) {
		this.generator = generator;
		this.record = record;
		this.name = record.name();
	}

	/** The builder's name. */
	static ClassName builderName(ClassName record) {
		return record.nestedClass("Builder");
	}

	private ClassName builderName() {
		return builderName(this.name);
	}

	/**
	 * The builder: a setter per property the caller sets (none for literals, which it
	 * fills in, nor for what the call sets), taking what users hold (a list of a variant,
	 * a value a union wraps), an adder per list, a putter per map, and the shortcuts
	 * table's message adders. It copies the lists and maps it is given, and gives the
	 * value unmodifiable copies.
	 */
	TypeSpec emit() {
		List<TypeModel.Property> fields = this.record.properties();
		ClassName builderName = builderName();
		TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
			.addJavadoc("Builds a {@link $T}.\n", this.name);
		List<String> leftToTheCall = new ArrayList<>();
		for (TypeModel.Property field : fields) {
			if (field.byTheCall()) {
				leftToTheCall.add(MarkdownJavadoc.code(field.jsonName()));
				continue;
			}
			builder
				.addField(FieldSpec.builder(ModelGenerator.nullable(field.type()), field.javaName(), Modifier.PRIVATE)
					.build());
		}
		List<TypeModel.Property> unionLists = fields.stream()
			.filter((field) -> !field.byTheCall() && field.settable() && isUnionList(field))
			.toList();
		for (TypeModel.Property field : unionLists) {
			ModelGenerator.Wrapper listVariant = Objects.requireNonNull(listVariant(field.type()));
			TypeName item = Objects
				.requireNonNull(TypeModel.typeArgument(listVariant.valueType(), ModelGenerator.LIST, 0));
			builder.addField(FieldSpec
				.builder(ModelGenerator.nullable(ParameterizedTypeName.get(ModelGenerator.LIST, item)),
						added(field, fields), Modifier.PRIVATE)
				.addJavadoc("The list that {@code $N} holds and its adder adds to, until the value is built.\n",
						field.javaName())
				.build());
			builder.addField(FieldSpec
				.builder(ModelGenerator.nullable(listVariant.name()), addedTo(field, fields), Modifier.PRIVATE)
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
		for (TypeModel.Property field : fields) {
			if (field.literal() != null && !field.byTheCall()) {
				empty.addStatement("this.$N = $S", field.javaName(), field.literal());
			}
		}
		builder.addMethod(empty.build());
		MethodSpec.Builder copy = MethodSpec.constructorBuilder()
			.addModifiers(Modifier.PRIVATE)
			.addParameter(this.name, "source");
		for (TypeModel.Property field : fields) {
			if (!field.byTheCall()) {
				copy.addStatement("this.$N = $L", field.javaName(),
						copied(field, CodeBlock.of("source.$N()", field.javaName())));
			}
		}
		copy.addStatement("this.additionalProperties.putAll(source.additionalProperties())");
		builder.addMethod(copy.build());
		Set<String> taken = new HashSet<>(List.of("additionalProperty", "build"));
		fields.stream().filter(TypeModel.Property::settable).map(TypeModel.Property::javaName).forEach(taken::add);
		for (TypeModel.Property field : fields) {
			if (!field.settable()) {
				continue;
			}
			setters(builder, field);
			String adder = adders(builder, field, taken);
			if (adder != null) {
				shortcuts(builder, field, adder, taken);
			}
			else if (!field.shortcuts().isEmpty()) {
				throw this.generator.shortcutsTable()
					.problem(field.shortcuts().get(0).line(), this.name.simpleName() + "." + field.jsonName()
							+ " is no list: messages can only be added to a list");
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
		for (TypeModel.Property field : fields) {
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
		if (unionLists.isEmpty()) {
			build.addStatement("return new $T($L)", this.name, CodeBlock.join(arguments, ", "));
		}
		else {
			build.addStatement("$T value = new $T($L)", this.name, this.name, CodeBlock.join(arguments, ", "));
			build.addComment("The value holds the lists added to: the next add starts another.");
			for (TypeModel.Property field : unionLists) {
				build.addStatement("this.$N = null", added(field, fields));
				build.addStatement("this.$N = null", addedTo(field, fields));
			}
			build.addStatement("return value");
		}
		builder.addMethod(build.build());
		return builder.build();
	}

	/**
	 * The setter of a property and its overloads: the string of an open enum, the values
	 * a union wraps.
	 */
	private void setters(TypeSpec.Builder builder, TypeModel.Property field) {
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
			boolean list = TypeModel.typeArgument(wrapper.valueType(), ModelGenerator.LIST, 0) != null;
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
	private @Nullable String adders(TypeSpec.Builder builder, TypeModel.Property field, Set<String> taken) {
		String singular = Names.singular(field.javaName());
		TypeName item = field.listItem();
		ModelGenerator.Wrapper listVariant = listVariant(field.type());
		TypeName mapValue = field.mapValue();
		if (item == null && listVariant != null) {
			item = TypeModel.typeArgument(listVariant.valueType(), ModelGenerator.LIST, 0);
		}
		if (mapValue != null) {
			builder.addMethod(deprecated(MethodSpec.methodBuilder(memberName("put", singular, field, taken)), field)
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("$L\n<p>\nPuts one entry in the map, replacing the value of a name it has.\n",
						field.summary())
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
			.addJavadoc("$L\n<p>\nAdds one item to the list, after those it has.\n", field.summary())
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
			// A union holds its list in an unmodifiable variant: the adder keeps the list
			// that variant shows and adds to it, until the value is built or the property
			// set, so that adding n items costs n, not n squared.
			List<TypeModel.Property> fields = this.record.properties();
			String added = added(field, fields);
			String addedTo = addedTo(field, fields);
			adder.beginControlFlow("if (this.$N == null || this.$N != this.$N)", added, field.javaName(), addedTo)
				.addStatement("$T<$T> items = new $T<>()", ModelGenerator.LIST, item, ARRAY_LIST)
				.beginControlFlow("if (this.$N instanceof $T held)", field.javaName(), listVariant.name())
				.addStatement("items.addAll(held.value())")
				.nextControlFlow("else if (this.$N != null)", field.javaName())
				.addStatement("throw new $T($S + this.$N.getClass().getSimpleName() + $S)", IllegalStateException.class,
						"Cannot add to '" + field.javaName() + "', which holds a ", field.javaName(),
						", not a list: set it to a list first")
				.endControlFlow()
				.addStatement("this.$N = items", added)
				.addStatement("this.$N = new $T($T.unmodifiableList(items))", addedTo, listVariant.name(),
						ModelGenerator.COLLECTIONS)
				.addStatement("this.$N = this.$N", field.javaName(), addedTo)
				.endControlFlow()
				.addStatement("this.$N.add($N)", added, parameter);
		}
		builder.addMethod(adder.addStatement("return this").build());
		builder.addMethods(this.generator.inputForms()
			.builderAdders(builderName(), item, singular, name, field.jsonName(), taken,
					this.generator.properties(this.name)));
		if (this.generator.isOpenEnum(item)) {
			builder.addMethod(deprecated(MethodSpec.methodBuilder(name), field).addModifiers(Modifier.PUBLIC)
				.addJavadoc("$L\n<p>\nAdds one item, as the API spells it, known to this client or not.\n",
						field.summary())
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
	private void shortcuts(TypeSpec.Builder builder, TypeModel.Property field, String adder, Set<String> taken) {
		for (TypeModel.MessageShortcut messageShortcut : field.shortcuts()) {
			BuilderShortcuts.Shortcut shortcut = messageShortcut.line();
			if (!taken.add(shortcut.method())) {
				throw this.generator.shortcutsTable()
					.problem(shortcut, this.name.simpleName() + "'s builder has a " + shortcut.method()
							+ " already: a property's setter or adder");
			}
			ClassName message = messageShortcut.message();
			builder.addMethod(MethodSpec.methodBuilder(shortcut.method())
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc(
						"Adds a message of the {@code $L} role with this text to {@code $L}: a {@link $T} whose content is the text.\n",
						shortcut.role(), field.jsonName(), message)
				.addJavadoc("@param text the message's text\n@return this builder\n")
				.addParameter(STRING, "text")
				.returns(builderName())
				.addStatement("return $N($T.builder()$L.content(text).build())", adder, message,
						messageShortcut.setsRole() ? CodeBlock.of(".role($S)", shortcut.role()) : CodeBlock.of(""))
				.build());
		}
	}

	/**
	 * A builder member's name, {@code add} or {@code put} and the property's singular;
	 * the property's own name when that is taken.
	 * @throws IllegalStateException when both are taken
	 */
	private String memberName(String verb, String singular, TypeModel.Property field, Set<String> taken) {
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
	/** Whether a property is a union that may be a list, which gets an adder. */
	private boolean isUnionList(TypeModel.Property field) {
		return field.mapValue() == null && field.listItem() == null && listVariant(field.type()) != null;
	}

	/** The builder's field of the list a union-list property's adder adds to. */
	private static String added(TypeModel.Property field, List<TypeModel.Property> fields) {
		return unclaimed(field.javaName() + "Added", fields);
	}

	/** The builder's field of the variant that shows that list. */
	private static String addedTo(TypeModel.Property field, List<TypeModel.Property> fields) {
		return unclaimed(field.javaName() + "AddedTo", fields);
	}

	private static String unclaimed(String name, List<TypeModel.Property> fields) {
		for (TypeModel.Property field : fields) {
			if (field.javaName().equals(name)) {
				throw new IllegalStateException("A property is named " + name + ", the name of a builder's own field");
			}
		}
		return name;
	}

	private ModelGenerator.@Nullable Wrapper listVariant(TypeName type) {
		for (ModelGenerator.Wrapper wrapper : this.generator.wrappers(type)) {
			if (TypeModel.typeArgument(wrapper.valueType(), ModelGenerator.LIST, 0) != null) {
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
		TypeName item = TypeModel.typeArgument(type, ModelGenerator.LIST, 0);
		if (item != null) {
			return ParameterizedTypeName.get(ModelGenerator.LIST, covariant(item));
		}
		TypeName value = TypeModel.typeArgument(type, ModelGenerator.MAP, 1);
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
	private static CodeBlock copied(TypeModel.Property field, CodeBlock value) {
		ClassName copy = (field.listItem() != null) ? ARRAY_LIST
				: (field.mapValue() != null) ? ModelGenerator.LINKED_HASH_MAP : null;
		return (copy != null) ? CodeBlock.of("($L != null) ? new $T<>($L) : null", value, copy, value) : value;
	}

	/** The value's unmodifiable copy of a builder's list or map. */
	private static CodeBlock unmodifiable(TypeModel.Property field, CodeBlock value, boolean nullable) {
		String wrap = (field.listItem() != null) ? "unmodifiableList"
				: (field.mapValue() != null) ? "unmodifiableMap" : null;
		if (wrap == null) {
			return value;
		}
		ClassName copy = (field.listItem() != null) ? ARRAY_LIST : ModelGenerator.LINKED_HASH_MAP;
		CodeBlock unmodifiable = CodeBlock.of("$T.$L(new $T<>($L))", ModelGenerator.COLLECTIONS, wrap, copy, value);
		return nullable ? CodeBlock.of("($L != null) ? $L : null", value, unmodifiable) : unmodifiable;
	}

	private static CodeBlock deprecationTag(TypeModel.Property field) {
		return (field.deprecation() != null) ? CodeBlock.of("@deprecated $L\n", field.deprecation()) : CodeBlock.of("");
	}

	private static MethodSpec.Builder deprecated(MethodSpec.Builder method, TypeModel.Property field) {
		return (field.deprecation() != null) ? method.addAnnotation(Deprecated.class) : method;
	}

	/**
	 * A builder setter's Javadoc: the first sentence of the property's description, what
	 * the overload takes, the tags.
	 */
	private CodeBlock setterJavadoc(TypeModel.Property field, CodeBlock takes, String parameter) {
		CodeBlock.Builder javadoc = CodeBlock.builder()
			.add("$L\n", field.summary())
			.add(takes)
			.add("@param $L the value$L\n", parameter, field.required() ? " (required)" : "")
			.add("@return this builder\n");
		if (field.deprecation() != null) {
			javadoc.add("@deprecated $L\n", field.deprecation());
		}
		return javadoc.build();
	}

}

package dev.reactiveai.openai.generator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * Writes a union's sealed interface from its model: object variants implement it, other
 * values (strings, numbers, lists, maps) are wrapped in records, and JSON that fits no
 * variant is kept in {@code Unknown}. A generated deserializer tells the variants apart
 * with the model's table.
 */
final class UnionEmitter {

	private static final ClassName UNKNOWN_VARIANT = ClassName.get("dev.reactiveai.openai.json", "UnknownVariant");

	private static final ClassName VARIANT_SHAPE = ClassName.get("dev.reactiveai.openai.json.internal", "VariantShape");

	private final ModelGenerator generator;

	private final TypeModel.UnionType union;

	private final ClassName name;

	UnionEmitter(ModelGenerator generator, TypeModel.UnionType union) {
		this.generator = generator;
		this.union = union;
		this.name = union.name();
	}

	TypeSpec.Builder emit() {
		TypeSpec.Builder type = TypeSpec.interfaceBuilder(this.name).addModifiers(Modifier.PUBLIC, Modifier.SEALED);
		if (this.name.enclosingClassName() != null) {
			type.addModifiers(Modifier.STATIC);
		}
		type.addJavadoc(this.union.javadoc())
			.addJavadoc("<p>\nOne of the variants nested here or implementing this interface; {@link Unknown} "
					+ "holds JSON that this version of the client does not recognize.\n")
			.addJavadoc(deprecatedVariants());
		if (this.union.deprecation() != null) {
			type.addAnnotation(Deprecated.class).addJavadoc("@deprecated $L\n", this.union.deprecation());
		}
		type.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_DESERIALIZE)
			.addMember("using", "$T.class", this.name.nestedClass("Deserializer"))
			.build());
		this.generator.inputForms().unionMethods(this.union.name()).forEach(type::addMethod);
		for (TypeModel nested : this.union.nested()) {
			TypeSpec.Builder nestedType = (nested instanceof TypeModel.WrapperType wrapper) ? wrapper(wrapper)
					: this.generator.emit(nested);
			if (nested instanceof TypeModel.RecordType && this.union.variants().contains(nested.name())) {
				nestedType.addSuperinterface(this.name);
			}
			type.addType(nestedType.build());
		}
		for (ClassName variant : this.union.variants()) {
			type.addPermittedSubclass(variant);
			if (variant.enclosingClassName() == null || !variant.enclosingClassName().equals(this.name)) {
				this.generator.addVariant(variant, this.name);
			}
		}
		ClassName unknown = this.name.nestedClass("Unknown");
		type.addType(unknown(unknown));
		type.addPermittedSubclass(unknown);
		type.addType(deserializer(unknown));
		return type;
	}

	/**
	 * A note on the variants that the union deprecates: the variant's type is shared with
	 * other unions, so the deprecation belongs to the union's documentation.
	 */
	private CodeBlock deprecatedVariants() {
		if (this.union.deprecatedVariants().isEmpty()) {
			return CodeBlock.of("");
		}
		return CodeBlock.builder()
			.add("<p>\nThe API description deprecates these variants: ")
			.add(CodeBlock.join(this.union.deprecatedVariants()
				.stream()
				.map((variant) -> CodeBlock.of("{@link $T}", variant))
				.toList(), ", "))
			.add(".\n")
			.build();
	}

	private TypeSpec.Builder wrapper(TypeModel.WrapperType wrapper) {
		return TypeSpec.recordBuilder(wrapper.name())
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addSuperinterface(this.name)
			.addJavadoc("A {@link $T} that is a {@code $L}.\n\n@param value the value\n", this.name,
					wrapper.valueType().withoutAnnotations().toString().replaceAll("[\\w.]+\\.", ""))
			.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(wrapper.valueType(), "value")
					.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_VALUE).build())
					.build())
				.build())
			.addMethod(MethodSpec.compactConstructorBuilder()
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("Creates a {@link $T}, rejecting a null value.\n@param value the value\n", wrapper.name())
				.addStatement("$T.requireNonNull(value, $S)", ModelGenerator.OBJECTS, "'value' must not be null")
				.build());
	}

	private TypeSpec unknown(ClassName unknown) {
		return TypeSpec.recordBuilder(unknown)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addSuperinterface(this.name)
			.addSuperinterface(UNKNOWN_VARIANT)
			.addJavadoc("A {@link $T} that this version of the client does not recognize, kept as it came.\n\n",
					this.name)
			.addJavadoc("@param json the JSON as it came\n")
			.recordConstructor(MethodSpec.constructorBuilder()
				.addParameter(ParameterSpec.builder(ModelGenerator.JSON_NODE, "json")
					.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_VALUE).build())
					.build())
				.build())
			.addMethods(this.generator.inputForms().unknownMethods(this.union.name()))
			.build();
	}

	/**
	 * The deserializer, with the table it tells the object variants apart by: for each
	 * one, the properties it declares and requires and the values of those properties
	 * that tell variants apart.
	 */
	private TypeSpec deserializer(ClassName unknown) {
		CodeBlock.Builder variants = CodeBlock.builder()
			.add("$T.<$T>variants($T::new)", ModelGenerator.UNION_DESERIALIZER, this.name, unknown);
		if (this.union.discriminator() != null) {
			variants.add("\n.discriminator($S)", this.union.discriminator());
		}
		for (TypeModel.ObjectShape shape : this.union.objects()) {
			variants.add("\n.object($T.class, $L)", shape.type(), row(shape));
		}
		for (TypeModel.WrapperType wrapper : this.union.wrappers()) {
			if (wrapper.valueType() instanceof ParameterizedTypeName) {
				variants.add("\n.$L(new $T<$T>() {\n}, $T::new)", wrapper.shape(), ModelGenerator.TYPE_REFERENCE,
						wrapper.valueType(), wrapper.name());
			}
			else {
				variants.add("\n.$L($T.class, $T::new)", wrapper.shape(), wrapper.valueType(), wrapper.name());
			}
		}
		for (ClassName subUnion : this.union.subUnions()) {
			variants.add("\n.union($T.class)", subUnion);
		}
		ClassName deserializer = this.name.nestedClass("Deserializer");
		return TypeSpec.classBuilder(deserializer)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
			.superclass(ParameterizedTypeName.get(ModelGenerator.UNION_DESERIALIZER, this.name))
			.addJavadoc("Reads a {@link $T} into the variant its JSON is.\n", this.name)
			.addMethod(MethodSpec.constructorBuilder()
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.\n")
				.addStatement("super($L)", variants.build())
				.build())
			.build();
	}

	/** One row of the table: what the description says of one object variant. */
	private static CodeBlock row(TypeModel.ObjectShape shape) {
		CodeBlock.Builder row = CodeBlock.builder().add("$T.declaring($L)", VARIANT_SHAPE, strings(shape.declaring()));
		if (!shape.requiring().isEmpty()) {
			row.add("\n.requiring($L)", strings(shape.requiring()));
		}
		for (Map.Entry<String, List<String>> values : shape.values().entrySet()) {
			row.add("\n.values($S, $L)", values.getKey(), strings(values.getValue()));
		}
		return row.build();
	}

	private static CodeBlock strings(Collection<String> values) {
		return values.stream().map((value) -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
	}

}

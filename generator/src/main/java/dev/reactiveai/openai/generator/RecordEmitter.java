package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;

import static dev.reactiveai.openai.generator.ModelGenerator.OBJECT_MAP;

/**
 * Writes a record from its model: one component per property, unknown properties kept in
 * {@code additionalProperties}, the types nested in it, its builder
 * ({@link RecordBuilderEmitter}), its deserializer ({@link RecordReaderEmitter}) and its
 * serializer ({@link RecordWriterEmitter}).
 */
final class RecordEmitter {

	private static final ClassName ADDITIONAL_PROPERTIES = ClassName.get("dev.reactiveai.openai.json.internal",
			"AdditionalProperties");

	private final ModelGenerator generator;

	private final TypeModel.RecordType record;

	private final ClassName name;

	RecordEmitter(ModelGenerator generator, TypeModel.RecordType record) {
		this.generator = generator;
		this.record = record;
		this.name = record.name();
	}

	TypeSpec.Builder emit() {
		TypeSpec.Builder type = TypeSpec.recordBuilder(this.name).addModifiers(Modifier.PUBLIC);
		if (this.name.enclosingClassName() != null) {
			type.addModifiers(Modifier.STATIC);
		}
		for (TypeModel nested : this.record.nested()) {
			type.addType(this.generator.emit(nested).build());
		}
		List<TypeModel.Property> fields = this.record.properties();
		type.addJavadoc(this.record.javadoc());
		type.addJavadoc("\n");
		MethodSpec.Builder components = MethodSpec.constructorBuilder();
		for (TypeModel.Property field : fields) {
			components.addParameter(ParameterSpec.builder(field.declaredType(), field.javaName())
				.addAnnotation(ModelGenerator.jsonProperty(field.jsonName()))
				.build());
			type.addJavadoc("@param $L $L\n", field.javaName(), field.javadoc());
			if (field.deprecation() != null) {
				type.addMethod(deprecatedAccessor(field));
			}
		}
		components.addParameter(ParameterSpec.builder(OBJECT_MAP, "additionalProperties")
			.addAnnotation(ModelGenerator.JSON_ANY_SETTER)
			.addAnnotation(ModelGenerator.JSON_ANY_GETTER)
			.build());
		type.addJavadoc("@param additionalProperties properties that this version of the client does not know\n");
		type.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_DESERIALIZE)
			.addMember("using", "$T.class", RecordReaderEmitter.readerName(this.name))
			.build());
		if (this.record.deprecation() != null) {
			type.addAnnotation(Deprecated.class).addJavadoc("@deprecated $L\n", this.record.deprecation());
		}
		type.recordConstructor(components.build());
		type.addMethod(compactConstructor(fields));
		type.addMethod(MethodSpec.methodBuilder("builder")
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addJavadoc("A builder of {@link $T}.\n@return a new builder\n", this.name)
			.returns(RecordBuilderEmitter.builderName(this.name))
			.addStatement("return new $T()", RecordBuilderEmitter.builderName(this.name))
			.build());
		type.addMethod(MethodSpec.methodBuilder("toBuilder")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("A builder that starts from this value.\n@return a builder with this value's properties\n")
			.returns(RecordBuilderEmitter.builderName(this.name))
			.addStatement("return new $T(this)", RecordBuilderEmitter.builderName(this.name))
			.build());
		type.addType(new RecordBuilderEmitter(this.generator, this.record).emit());
		type.addType(new RecordReaderEmitter(this.generator, this.record).emit());
		type.addType(new RecordWriterEmitter(this.record).emit());
		DerivedProperties.methods(this.name).forEach(type::addMethod);
		type.addMethods(this.generator.inputForms().recordMethods(this.record.name()));
		return type;
	}

	/**
	 * The canonical constructor keeps what it is given: a literal property absent from
	 * the JSON read stays absent when written back. The builder fills literals in for
	 * values built from scratch.
	 */
	private MethodSpec compactConstructor(List<TypeModel.Property> fields) {
		MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder()
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc(compactConstructorJavadoc(fields));
		for (TypeModel.Property field : fields) {
			constructor.addCode(DerivedProperties.derivation(this.name, field.jsonName()));
		}
		constructor.addStatement("additionalProperties = $T.copyOf(additionalProperties)", ADDITIONAL_PROPERTIES);
		return constructor.build();
	}

	/** What the compact constructor does, from what it is generated with. */
	private CodeBlock compactConstructorJavadoc(List<TypeModel.Property> fields) {
		List<String> literals = new ArrayList<>();
		List<String> derived = new ArrayList<>();
		for (TypeModel.Property field : fields) {
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
		for (TypeModel.Property field : fields) {
			javadoc.add("@param $L $L\n", field.javaName(), field.summary());
		}
		return javadoc.add("@param additionalProperties properties that this version of the client does not know\n")
			.build();
	}

	/**
	 * The accessor of a deprecated property, declared to carry {@code @Deprecated} and
	 * its reason: on the record component the annotation would also land on the canonical
	 * constructor's parameter, where the compiler warns that it has no effect. It repeats
	 * the component's {@code @JsonProperty}, which only implicit accessors inherit.
	 */
	private MethodSpec deprecatedAccessor(TypeModel.Property field) {
		return MethodSpec.methodBuilder(field.javaName())
			.addModifiers(Modifier.PUBLIC)
			.addAnnotation(Deprecated.class)
			.addAnnotation(ModelGenerator.jsonProperty(field.jsonName()))
			.addJavadoc("$L\n", field.javadoc())
			.addJavadoc("@return its value$L\n", field.required() ? "" : ", or null when absent")
			.addJavadoc("@deprecated $L\n", field.deprecation())
			.returns(field.declaredType())
			.addStatement("return this.$N", field.javaName())
			.build();
	}

}

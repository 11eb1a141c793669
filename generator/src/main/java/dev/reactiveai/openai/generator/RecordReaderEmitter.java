package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import static dev.reactiveai.openai.generator.ModelGenerator.OBJECT_MAP;
import static dev.reactiveai.openai.generator.ModelGenerator.STRING;

/**
 * Writes a record's deserializer from its model: the properties' JSON names, the open
 * enums' factories and the canonical constructor, the rest in {@code RecordDeserializer}.
 * It also keeps a union variant from being read through its union's deserializer, which
 * Jackson would inherit from the interface.
 */
final class RecordReaderEmitter {

	private static final ClassName RECORD_DESERIALIZER = ClassName.get("dev.reactiveai.openai.json.internal",
			"RecordDeserializer");

	private final ModelGenerator generator;

	private final TypeModel.RecordType record;

	private final ClassName name;

	RecordReaderEmitter(ModelGenerator generator, TypeModel.RecordType record) {
		this.generator = generator;
		this.record = record;
		this.name = record.name();
	}

	/** The deserializer's name. */
	static ClassName readerName(ClassName record) {
		return record.nestedClass("Reader");
	}

	TypeSpec emit() {
		List<TypeModel.Property> fields = this.record.properties();
		ClassName readerName = readerName(this.name);
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

}

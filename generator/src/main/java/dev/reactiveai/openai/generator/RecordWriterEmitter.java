package dev.reactiveai.openai.generator;

import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import static dev.reactiveai.openai.generator.ModelGenerator.OBJECT_MAP;

/**
 * Writes a record's serializer from its model: the properties' JSON names and a switch
 * that reads each component by its accessor, the rest in {@code RecordSerializer}.
 */
final class RecordWriterEmitter {

	private static final ClassName RECORD_SERIALIZER = ClassName.get("dev.reactiveai.openai.json.internal",
			"RecordSerializer");

	private final TypeModel.RecordType record;

	private final ClassName name;

	RecordWriterEmitter(TypeModel.RecordType record) {
		this.record = record;
		this.name = record.name();
	}

	/** The serializer's name. */
	static ClassName writerName(ClassName record) {
		return record.nestedClass("Writer");
	}

	TypeSpec emit() {
		List<TypeModel.Property> fields = this.record.properties();
		TypeSpec.Builder writer = TypeSpec.classBuilder(writerName(this.name))
			.addModifiers(Modifier.STATIC, Modifier.FINAL)
			.superclass(ParameterizedTypeName.get(RECORD_SERIALIZER, this.name))
			.addJavadoc(
					"Writes a {@link $T} without reflection; the client's mapper finds it ({@code GeneratedWriters}).\n",
					this.name);
		CodeBlock names = fields.stream()
			.map((field) -> CodeBlock.of("$S", field.jsonName()))
			.collect(CodeBlock.joining(", "));
		writer.addMethod(MethodSpec.constructorBuilder()
			.addStatement(fields.isEmpty() ? CodeBlock.of("super($T.class)", this.name)
					: CodeBlock.of("super($T.class, $L)", this.name, names))
			.build());
		CodeBlock.Builder value = CodeBlock.builder();
		if (fields.isEmpty()) {
			value.addStatement("throw new $T(index)", IndexOutOfBoundsException.class);
		}
		else {
			value.add("return switch (index) {\n").indent();
			for (int i = 0; i < fields.size(); i++) {
				value.add("case $L -> record.$N();\n", i, fields.get(i).javaName());
			}
			value.add("default -> throw new $T(index);\n", IndexOutOfBoundsException.class).unindent().add("};\n");
		}
		writer.addMethod(MethodSpec.methodBuilder("value")
			.addAnnotation(Override.class)
			.addModifiers(Modifier.PROTECTED)
			.addParameter(this.name, "record")
			.addParameter(TypeName.INT, "index")
			.returns(ModelGenerator.nullable(ClassName.OBJECT))
			.addCode(value.build())
			.build());
		writer.addMethod(MethodSpec.methodBuilder("additionalProperties")
			.addAnnotation(Override.class)
			.addModifiers(Modifier.PROTECTED)
			.addParameter(this.name, "record")
			.returns(OBJECT_MAP)
			.addStatement("return record.additionalProperties()")
			.build());
		return writer.build();
	}

}

package dev.reactiveai.openai.generator;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;

import static dev.reactiveai.openai.generator.ModelGenerator.STRING;

/**
 * Writes an open enum from its model: a record around the string value, with a constant
 * for each value the description knows, so that a value it does not know still reads and
 * is kept.
 */
final class OpenEnumEmitter {

	private final TypeModel.EnumType model;

	private final ClassName name;

	OpenEnumEmitter(TypeModel.EnumType model) {
		this.model = model;
		this.name = model.name();
	}

	TypeSpec.Builder emit() {
		TypeSpec.Builder type = TypeSpec.recordBuilder(this.name).addModifiers(Modifier.PUBLIC);
		if (this.name.enclosingClassName() != null) {
			type.addModifiers(Modifier.STATIC);
		}
		type.addJavadoc(this.model.javadoc())
			.addJavadoc("<p>\nAn open set: values this version does not know are kept as they are.\n\n")
			.addJavadoc("@param value the value as the API spells it\n");
		type.recordConstructor(MethodSpec.constructorBuilder()
			.addParameter(ParameterSpec.builder(STRING, "value")
				.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_VALUE).build())
				.build())
			.build());
		type.addMethod(MethodSpec.compactConstructorBuilder()
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("Creates a value, rejecting null; {@link #of(String)} gives the constant for a known one.\n")
			.addJavadoc("@param value the value as the API spells it\n")
			.addStatement("$T.requireNonNull(value, $S)", ModelGenerator.OBJECTS, "'value' must not be null")
			.build());
		Map<String, String> constants = new LinkedHashMap<>();
		for (String value : this.model.values()) {
			String constant = Names.constant(value);
			while (constants.containsKey(constant) || constant.equals("VALUE")) {
				constant = constant + "_";
			}
			constants.put(constant, value);
		}
		constants.forEach((constant,
				value) -> type.addField(ModelGenerator.constant(this.name, constant, value)
					.toBuilder()
					.addJavadoc("The value $L.\n", MarkdownJavadoc.code(value))
					.build()));
		type.addMethod(MethodSpec.methodBuilder("of")
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addAnnotation(AnnotationSpec.builder(ModelGenerator.JSON_CREATOR).build())
			.addJavadoc("The value for the given text: a constant when it is known.\n")
			.addJavadoc("@param value the value as the API spells it\n@return the value\n")
			.addParameter(STRING, "value")
			.returns(this.name)
			.addCode(ofBody(constants))
			.build());
		type.addMethod(MethodSpec.methodBuilder("isKnown")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("Whether this version of the client knows the value.\n")
			.addJavadoc("@return whether the value is one of the constants\n")
			.returns(boolean.class)
			.addCode(isKnownBody(constants))
			.build());
		type.addMethod(MethodSpec.methodBuilder("toString")
			.addModifiers(Modifier.PUBLIC)
			.addAnnotation(Override.class)
			.returns(STRING)
			.addStatement("return this.value")
			.build());
		if (this.model.deprecation() != null) {
			type.addAnnotation(Deprecated.class).addJavadoc("@deprecated $L\n", this.model.deprecation());
		}
		return type;
	}

	private CodeBlock isKnownBody(Map<String, String> constants) {
		if (constants.isEmpty()) {
			return CodeBlock.of("return false;\n");
		}
		CodeBlock values = constants.values()
			.stream()
			.map((value) -> CodeBlock.of("$S", value))
			.collect(CodeBlock.joining(", "));
		return CodeBlock.builder()
			.beginControlFlow("return switch (this.value)")
			.addStatement("case $L -> true", values)
			.addStatement("default -> false")
			.endControlFlow("")
			.build();
	}

	private CodeBlock ofBody(Map<String, String> constants) {
		if (constants.isEmpty()) {
			return CodeBlock.of("return new $T(value);\n", this.name);
		}
		CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("return switch (value)");
		constants.forEach((constant, value) -> body.addStatement("case $S -> $N", value, constant));
		return body.addStatement("default -> new $T(value)", this.name).endControlFlow("").build();
	}

}

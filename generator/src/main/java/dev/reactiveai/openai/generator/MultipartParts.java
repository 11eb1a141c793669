package dev.reactiveai.openai.generator;

import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * The method of a service that lists the parts of a {@code multipart/form-data} request
 * body from its record's components, so that the client writes them without reflecting on
 * the record: files as file parts (a list of files as parts named {@code name[]}), a
 * union's variant that wraps files as those files, everything else as fields named as the
 * API names them, and the properties this version does not know last.
 */
final class MultipartParts {

	static final ClassName MULTIPART_FORM = ClassName.get(OperationEmitter.INTERNAL, "MultipartForm");

	/** The name of the method in the service. */
	static final String METHOD = "writeParts";

	private static final TypeName FILES = ParameterizedTypeName.get(ClassName.get(List.class),
			ModelGenerator.UPLOAD_FILE);

	private final ModelGenerator models;

	MultipartParts(ModelGenerator models) {
		this.models = models;
	}

	/**
	 * The method that writes a body's parts.
	 * @param body the body's record type
	 * @return the method
	 */
	MethodSpec method(TypeName body) {
		TypeName bare = body.withoutAnnotations();
		MethodSpec.Builder method = MethodSpec.methodBuilder(METHOD)
			.addModifiers(Modifier.PRIVATE, Modifier.STATIC)
			.addJavadoc("Add the parts of a {@link $T} to a form, named as the API names them.\n", bare)
			.addJavadoc("@param form the form\n@param request the request\n")
			.addParameter(MULTIPART_FORM, "form")
			.addParameter(bare, "request");
		List<ModelGenerator.Property> properties = this.models.properties(bare);
		if (!this.models.isRecord(bare)) {
			throw new IllegalStateException("A multipart body must be a generated record, not " + bare
					+ ": teach MultipartParts how to list its parts");
		}
		for (ModelGenerator.Property property : properties) {
			addPart(method, property);
		}
		return method.addStatement("form.fields(request.additionalProperties())").build();
	}

	private void addPart(MethodSpec.Builder method, ModelGenerator.Property property) {
		TypeName type = property.type().withoutAnnotations();
		if (type.equals(ModelGenerator.UPLOAD_FILE)) {
			method.addStatement("form.file($S, request.$N())", property.jsonName(), property.javaName());
			return;
		}
		if (type.equals(FILES)) {
			method.addStatement("form.files($S, request.$N())", property.jsonName(), property.javaName());
			return;
		}
		List<ModelGenerator.Wrapper> fileVariants = this.models.wrappers(type)
			.stream()
			.filter((wrapper) -> isFiles(wrapper.valueType()))
			.toList();
		if (fileVariants.isEmpty()) {
			method.addStatement("form.field($S, request.$N())", property.jsonName(), property.javaName());
			return;
		}
		// A union that may hold files: each file variant as its files, the others as a
		// field.
		for (int i = 0; i < fileVariants.size(); i++) {
			ModelGenerator.Wrapper variant = fileVariants.get(i);
			// An empty list of files goes as the field's JSON ("[]"), so that a required
			// property is never silently left out.
			boolean list = variant.valueType().withoutAnnotations().equals(FILES);
			String test = list ? "(request.$N() instanceof $T variant && !variant.value().isEmpty())"
					: "(request.$N() instanceof $T variant)";
			if (i == 0) {
				method.beginControlFlow("if " + test, property.javaName(), variant.name());
			}
			else {
				method.nextControlFlow("else if " + test, property.javaName(), variant.name());
			}
			method.addStatement("form.$L($S, variant.value())", list ? "files" : "file", property.jsonName());
		}
		method.nextControlFlow("else")
			.addStatement("form.field($S, request.$N())", property.jsonName(), property.javaName())
			.endControlFlow();
	}

	private static boolean isFiles(TypeName type) {
		TypeName bare = type.withoutAnnotations();
		return bare.equals(ModelGenerator.UPLOAD_FILE) || bare.equals(FILES);
	}

}

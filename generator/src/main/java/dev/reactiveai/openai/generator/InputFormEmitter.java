package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import org.jspecify.annotations.Nullable;

/**
 * Writes the {@link InputForms} that {@link InputFormReader} reads: {@code asInput()} on
 * the answer's union and each of its variants, the package-private {@code InputForms}
 * class that reads an item as another through JSON, and a builder adder that takes an
 * answer's items ({@code CreateResponse.builder().addInputs(response.output())}).
 */
final class InputFormEmitter {

	static final String METHOD = "asInput";

	private static final ClassName JSON_MAPPER = ClassName.get("tools.jackson.databind.json", "JsonMapper");

	private static final ClassName OBJECT_NODE = ClassName.get("tools.jackson.databind.node", "ObjectNode");

	private static final ClassName OPEN_AI_JSON = ClassName.get("dev.reactiveai.openai.json", "OpenAiJson");

	private final InputForms forms;

	private final ClassName helper;

	InputFormEmitter(InputForms forms, String packageName) {
		this.forms = forms;
		this.helper = ClassName.get(packageName, "InputForms");
	}

	/** The abstract {@code asInput()} of an answer's union, or none. */
	List<MethodSpec> unionMethods(ClassName union) {
		ClassName inputUnion = this.forms.inputUnion(union);
		if (inputUnion == null) {
			return List.of();
		}
		return List.of(MethodSpec.methodBuilder(METHOD)
			.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
			.addJavadoc("This item as an item of a next request's input, to pass an answer's items back as they are,\n")
			.addJavadoc("without copying them: the item itself when it is an {@link $T} as it is (a message, a\n",
					inputUnion)
			.addJavadoc(
					"function call, reasoning), else the input item of its {@code type} read from its JSON, without\n")
			.addJavadoc(
					"the properties only an answer has ({@code created_by}); an {@code Unknown} passes as it came.\n")
			.addJavadoc("@return the input item\n")
			.returns(inputUnion)
			.build());
	}

	/** The {@code asInput()} of an answer's union's {@code Unknown}, or none. */
	List<MethodSpec> unknownMethods(ClassName union) {
		ClassName inputUnion = this.forms.inputUnion(union);
		if (inputUnion == null) {
			return List.of();
		}
		ClassName unknown = inputUnion.nestedClass("Unknown");
		return List.of(MethodSpec.methodBuilder(METHOD)
			.addAnnotation(Override.class)
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("The same JSON, as an input item this version does not recognize either.\n")
			.addJavadoc("@return the input item\n")
			.returns(unknown)
			.addStatement("return new $T(this.json)", unknown)
			.build());
	}

	/** The {@code asInput()} of a variant of an answer's union, or none. */
	List<MethodSpec> recordMethods(ClassName record) {
		InputForms.Form form = this.forms.form(record);
		if (form == null) {
			return List.of();
		}
		ClassName self = form.variant();
		ClassName input = form.form();
		MethodSpec.Builder method = MethodSpec.methodBuilder(METHOD)
			.addAnnotation(Override.class)
			.addModifiers(Modifier.PUBLIC)
			.returns(input);
		if (form.identity()) {
			return List.of(method
				.addJavadoc("This item, which a next request's input takes as it is: a {@link $T} is an {@link $T}.\n",
						self, form.inputUnion())
				.addJavadoc("@return this item\n")
				.addStatement("return this")
				.build());
		}
		List<CodeBlock> arguments = new ArrayList<>(List.of(CodeBlock.of("this"), CodeBlock.of("$T.class", input)));
		form.outputOnly().forEach((path) -> arguments.add(CodeBlock.of("$S", path)));
		List<String> dropped = form.outputOnly().stream().map(MarkdownJavadoc::code).toList();
		return List
			.of(method.addJavadoc("This item as an item of a next request's input: the {@link $T} its JSON is", input)
				.addJavadoc(dropped.isEmpty() ? CodeBlock.of(".\n")
						: CodeBlock.of(", without $L, which only an answer has.\n",
								Descriptions.enumeration(dropped, dropped.size(), "and")))
				.addJavadoc("@return the input item\n")
				.addStatement("return $T.convert($L)", this.helper, CodeBlock.join(arguments, ", "))
				.build());
	}

	/**
	 * The adder of a builder's list of a request's union that takes an answer's items,
	 * each as its {@code asInput()}; none for other lists, nor for an answer's record
	 * (one with a list of an answer's items, as a {@code Response}'s {@code output}),
	 * which no one builds to send.
	 * @param builderName the builder
	 * @param item the list's items
	 * @param singular the singular of the property's name
	 * @param adder the name of the adder of one item
	 * @param property the API's name of the property
	 * @param taken the builder's member names, to which the adder's is added
	 * @param components the record's components
	 * @return the adder, or none
	 */
	List<MethodSpec> builderAdders(ClassName builderName, TypeName item, String singular, String adder, String property,
			Set<String> taken, List<ModelGenerator.Property> components) {
		if (!(item.withoutAnnotations() instanceof ClassName itemClass) || itemClass.enclosingClassName() != null) {
			return List.of();
		}
		ClassName outputItem = this.forms.outputUnion(itemClass);
		if (outputItem == null) {
			return List.of();
		}
		TypeName answerList = ParameterizedTypeName.get(ModelGenerator.LIST, outputItem);
		if (components.stream().anyMatch((component) -> component.type().withoutAnnotations().equals(answerList))) {
			return List.of();
		}
		String name = "add" + Names.pascal(singular) + "s";
		if (!taken.add(name)) {
			throw new IllegalStateException(builderName + " has a " + name + " already, so " + property
					+ " has no name for the adder of an answer's items: teach InputFormEmitter a name for it");
		}
		return List.of(MethodSpec.methodBuilder(name)
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc(
					"Adds an answer's items (a response's {@code output}) to {@code $L}, after those it has, each\n",
					property)
			.addJavadoc("as {@link $T#$L() its input form}.\n", outputItem, METHOD)
			.addJavadoc("@param outputItems the items to add\n@return this builder\n")
			.addParameter(ParameterizedTypeName.get(ModelGenerator.LIST, WildcardTypeName.subtypeOf(outputItem)),
					"outputItems")
			.returns(builderName)
			.addStatement("$T.requireNonNull(outputItems, $S)", ModelGenerator.OBJECTS,
					"'outputItems' must not be null")
			.beginControlFlow("for ($T outputItem : outputItems)", outputItem)
			.addStatement("$N(outputItem.$N())", adder, METHOD)
			.endControlFlow()
			.addStatement("return this")
			.build());
	}

	/**
	 * The package-private class that reads an item as another, or null when none needs
	 * it.
	 */
	@Nullable TypeSpec helper() {
		if (this.forms.forms().stream().allMatch(InputForms.Form::identity)) {
			return null;
		}
		TypeVariableName form = TypeVariableName.get("T");
		return TypeSpec.classBuilder(this.helper)
			.addModifiers(Modifier.FINAL)
			.addJavadoc(
					"Reads an answer's item as the request's item of its {@code type}, through the JSON the client\n")
			.addJavadoc("writes: their nested types differ, their JSON is what the API takes back.\n")
			.addField(FieldSpec.builder(JSON_MAPPER, "MAPPER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
				.initializer("$T.mapper()", OPEN_AI_JSON)
				.build())
			.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
			.addMethod(MethodSpec.methodBuilder("convert")
				.addModifiers(Modifier.STATIC)
				.addTypeVariable(form)
				.addJavadoc("The item as another type of the same JSON.\n")
				.addJavadoc("@param item the answer's item\n@param type the request's item type\n")
				.addJavadoc("@param outputOnly the paths of the properties to leave out ({@code created_by},\n")
				.addJavadoc("{@code output[].created_by}: in each item of the list {@code output})\n")
				.addJavadoc("@param <T> the request's item type\n@return the request's item\n")
				.addParameter(Object.class, "item")
				.addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), form), "type")
				.addParameter(ArrayTypeName.of(ModelGenerator.STRING), "outputOnly")
				.varargs()
				.returns(form)
				.addStatement("$T json = MAPPER.valueToTree(item)", ModelGenerator.JSON_NODE)
				.beginControlFlow("for ($T path : outputOnly)", ModelGenerator.STRING)
				.addStatement("remove(json, path)")
				.endControlFlow()
				.addStatement("return MAPPER.treeToValue(json, type)")
				.build())
			.addMethod(MethodSpec.methodBuilder("remove")
				.addModifiers(Modifier.PRIVATE, Modifier.STATIC)
				.addParameter(ModelGenerator.JSON_NODE, "json")
				.addParameter(ModelGenerator.STRING, "path")
				.addStatement("int dot = path.indexOf('.')")
				.beginControlFlow("if (dot < 0)")
				.beginControlFlow("if (json instanceof $T object)", OBJECT_NODE)
				.addStatement("object.remove(path)")
				.endControlFlow()
				.addStatement("return")
				.endControlFlow()
				.addStatement("$T name = path.substring(0, dot)", ModelGenerator.STRING)
				.addStatement("$T rest = path.substring(dot + 1)", ModelGenerator.STRING)
				.beginControlFlow("if (name.endsWith($S))", "[]")
				.beginControlFlow("for ($T element : json.path(name.substring(0, name.length() - 2)))",
						ModelGenerator.JSON_NODE)
				.addStatement("remove(element, rest)")
				.endControlFlow()
				.nextControlFlow("else")
				.addStatement("remove(json.path(name), rest)")
				.endControlFlow()
				.build())
			.build();
	}

}

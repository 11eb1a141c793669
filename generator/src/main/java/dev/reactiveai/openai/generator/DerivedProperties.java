package dev.reactiveai.openai.generator;

import java.util.List;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import org.jspecify.annotations.Nullable;

/**
 * Properties that the API description declares but the API never sends, because the
 * official SDKs compute them: the client computes them too, so that the value a reader of
 * the description expects is there. A short explicit table, like
 * {@code RecordReader.TYPE_OVERRIDES}.
 * <ul>
 * <li>{@code Response.output_text}: "SDK-only convenience property that contains the
 * aggregated text output from all {@code output_text} items in the {@code output} array".
 * The record's compact constructor fills it in from {@code output} when the JSON has
 * none.</li>
 * </ul>
 */
final class DerivedProperties {

	private static final String PACKAGE = Generator.MODEL_PACKAGE;

	private static final ClassName RESPONSE = ClassName.get(PACKAGE, "Response");

	private static final String OUTPUT_TEXT_OF = "outputTextOf";

	private DerivedProperties() {
	}

	/**
	 * The documentation of a derived property, which replaces the description's.
	 * @param record the record
	 * @param property the property's name in the API
	 * @return the documentation, or null when the property is not derived
	 */
	static Descriptions.@Nullable PropertyDoc doc(ClassName record, String property) {
		if (!isOutputText(record, property)) {
			return null;
		}
		String text = "The text of every {@code output_text} content of the {@code output}'s messages, concatenated. "
				+ "The API does not send it (the official SDKs compute it): this client computes it from "
				+ "{@code output} when the JSON has none. Null when the output has no text.";
		return new Descriptions.PropertyDoc(text,
				"The text of every {@code output_text} content of the {@code output}'s messages, concatenated.", null);
	}

	/**
	 * The statements of a compact constructor that fill in a derived property.
	 * @param record the record
	 * @param property the property's name in the API
	 * @return the statements, or nothing when the property is not derived
	 */
	static CodeBlock derivation(ClassName record, String property) {
		if (!isOutputText(record, property)) {
			return CodeBlock.of("");
		}
		return CodeBlock.builder()
			.beginControlFlow("if (outputText == null)")
			.addStatement("outputText = $N(output)", OUTPUT_TEXT_OF)
			.endControlFlow()
			.build();
	}

	/**
	 * The helper methods that a record's derivations call.
	 * @param record the record
	 * @return the methods, none for most records
	 */
	static List<MethodSpec> methods(ClassName record) {
		if (!record.equals(RESPONSE)) {
			return List.of();
		}
		ClassName outputItem = ClassName.get(PACKAGE, "OutputItem");
		ClassName outputMessage = ClassName.get(PACKAGE, "OutputMessage");
		ClassName content = ClassName.get(PACKAGE, "OutputMessageContent");
		ClassName outputText = ClassName.get(PACKAGE, "OutputTextContent");
		return List.of(MethodSpec.methodBuilder(OUTPUT_TEXT_OF)
			.addModifiers(Modifier.PRIVATE, Modifier.STATIC)
			.returns(ModelGenerator.nullable(ModelGenerator.STRING))
			.addParameter(ModelGenerator.nullable(ParameterizedTypeName.get(ModelGenerator.LIST, outputItem)), "output")
			.beginControlFlow("if (output == null)")
			.addStatement("return null")
			.endControlFlow()
			.addStatement("$T text = new $T()", StringBuilder.class, StringBuilder.class)
			.addStatement("boolean found = false")
			.beginControlFlow("for ($T item : output)", outputItem)
			.beginControlFlow("if (item instanceof $T message && message.content() != null)", outputMessage)
			.beginControlFlow("for ($T part : message.content())", content)
			.beginControlFlow("if (part instanceof $T textPart && textPart.text() != null)", outputText)
			.addStatement("text.append(textPart.text())")
			.addStatement("found = true")
			.endControlFlow()
			.endControlFlow()
			.endControlFlow()
			.endControlFlow()
			.addStatement("return found ? text.toString() : null")
			.build());
	}

	private static boolean isOutputText(ClassName record, String property) {
		return record.equals(RESPONSE) && property.equals("output_text");
	}

}

package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import tools.jackson.databind.JsonNode;

/**
 * The Javadoc of the services' methods: what an operation does, what each parameter is,
 * what the method answers. From the description where it says, from the operation's shape
 * where it does not.
 */
final class MethodDocs {

	private MethodDocs() {
	}

	/** What the operation does: its summary, else its description, else its path. */
	static String summary(Operation operation) {
		JsonNode node = operation.node();
		String summary = Names.javadoc(node.path("summary").asString(node.path("description").asString("")));
		return summary.isEmpty() ? operation.method().toUpperCase(Locale.ROOT) + " " + operation.path() : summary;
	}

	/**
	 * A path parameter: the description's words, else what its name says
	 * ({@code container_id}: the ID of the container).
	 */
	static CodeBlock pathParameter(JsonNode parameter) {
		String description = firstSentence(Names.javadoc(parameter.path("description").asString("")));
		if (!description.isEmpty()) {
			return CodeBlock.of("$L", description);
		}
		String name = parameter.path("name").asString();
		String words = String.join(" ", Names.words(name)).toLowerCase(Locale.ROOT);
		return CodeBlock.of("$L", name.endsWith("_id")
				? "the ID of the " + words.substring(0, words.length() - " id".length()) : "the " + words);
	}

	/**
	 * A request body: the description's words, else what the method does with it.
	 */
	static CodeBlock requestBody(String description, TypeName type, String method) {
		String text = firstSentence(Names.javadoc(description));
		if (!text.isEmpty()) {
			return CodeBlock.of("$L", text);
		}
		String purpose = switch (method) {
			case "create" -> "describing what to create";
			case "update" -> "with the changes to make";
			default -> "with the parameters of the call";
		};
		return CodeBlock.of("the $L $L", link(type), purpose);
	}

	/** The query parameters, by the names they hold, the required ones said so. */
	static CodeBlock queryParameters(List<String> names, List<String> required) {
		String all = names.stream().map(MethodDocs::code).collect(Collectors.joining(", "));
		if (required.isEmpty()) {
			return CodeBlock.of("the query parameters ($L), all optional", all);
		}
		return CodeBlock.of("the query parameters ($L), of which $L required", all,
				required.stream().map(MethodDocs::code).collect(Collectors.joining(", "))
						+ ((required.size() == 1) ? " is" : " are"));
	}

	private static String code(String name) {
		return "{@code " + name + "}";
	}

	/** The answer of a JSON operation. */
	static CodeBlock answer(TypeName type) {
		return CodeBlock.of("the $L the API answers with", link(type));
	}

	/** The answer of a JSON operation, with the HTTP exchange around it. */
	static CodeBlock rawAnswer(TypeName type) {
		return CodeBlock.of("the status, the headers and the $L the API answers with", link(type));
	}

	/** The answer of an operation without a body. */
	static CodeBlock emptyAnswer() {
		return CodeBlock.of("completes empty once the API has answered");
	}

	/** A reference to a type: a link for a class, code for anything else. */
	static CodeBlock link(TypeName type) {
		TypeName bare = type.withoutAnnotations();
		return (bare instanceof ClassName) ? CodeBlock.of("{@link $T}", bare)
				: CodeBlock.of("{@code $L}", bare.toString().replaceAll("[\\w.]+\\.(\\w+)", "$1"));
	}

	private static String firstSentence(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		int end = flat.indexOf(". ");
		String sentence = (end >= 0) ? flat.substring(0, end) : flat;
		if (sentence.endsWith(".")) {
			sentence = sentence.substring(0, sentence.length() - 1);
		}
		if (sentence.length() > 1 && Character.isUpperCase(sentence.charAt(0))
				&& Character.isLowerCase(sentence.charAt(1))) {
			sentence = Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
		}
		return sentence;
	}

}

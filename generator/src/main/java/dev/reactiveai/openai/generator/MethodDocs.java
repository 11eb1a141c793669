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

	/**
	 * What the operation does, as Javadoc: its summary, else its description, else its
	 * path. Markdown becomes HTML and relative links point at the platform documentation.
	 */
	static String summary(Operation operation) {
		JsonNode node = operation.node();
		String summary = MarkdownJavadoc
			.toJavadoc(node.path("summary").asString(node.path("description").asString("")));
		return summary.isEmpty()
				? MarkdownJavadoc.escape(operation.method().toUpperCase(Locale.ROOT) + " " + operation.path())
				: summary;
	}

	/**
	 * A summary followed by what one form of the method adds: in the same sentence run
	 * for a one-paragraph summary, as a paragraph of its own after lists or code.
	 */
	static String withNote(String summary, String note) {
		boolean blocks = summary.contains("<p>") || summary.contains("<ul>") || summary.contains("<ol>")
				|| summary.contains("<pre>");
		return blocks ? summary + "\n<p>\n" + note : summary + " " + note;
	}

	/**
	 * A path parameter: the description's words, else what its name says
	 * ({@code container_id}: the ID of the container).
	 */
	static CodeBlock pathParameter(JsonNode parameter) {
		String description = firstSentence(parameter.path("description").asString(""));
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
		String text = firstSentence(description);
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

	/**
	 * The first sentence of a markdown text as a Javadoc clause: lower-cased where it
	 * starts a plain word, without its full stop.
	 */
	private static String firstSentence(String markdown) {
		String sentence = MarkdownJavadoc.firstSentence(markdown).replaceAll("\\s+", " ").strip();
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

package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Java names for the API's names: types in PascalCase, members in camelCase, constants in
 * UPPER_SNAKE_CASE, never a keyword.
 */
final class Names {

	private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
			"final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
			"long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
			"strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
			"volatile", "while", "true", "false", "null", "record", "var", "yield", "sealed", "permits");

	/** Members that every generated record has, or that would hide Object's methods. */
	private static final Set<String> RESERVED_MEMBERS = Set.of("additionalProperties", "builder", "toBuilder",
			"hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

	private Names() {
	}

	static String pascal(String name) {
		StringBuilder result = new StringBuilder();
		for (String word : words(name)) {
			result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		if (result.length() == 0) {
			return "Value";
		}
		return Character.isDigit(result.charAt(0)) ? "V" + result : result.toString();
	}

	static String camel(String name) {
		String pascal = pascal(name);
		String camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
		if (pascal.length() > 1 && Character.isUpperCase(pascal.charAt(1))
				&& pascal.chars().allMatch(Character::isUpperCase)) {
			camel = pascal.toLowerCase(Locale.ROOT);
		}
		return (KEYWORDS.contains(camel) || RESERVED_MEMBERS.contains(camel)) ? camel + "Value" : camel;
	}

	/** Whether a name is a Java keyword or literal, restricted or not. */
	static boolean isKeyword(String name) {
		return KEYWORDS.contains(name);
	}

	static String constant(String value) {
		StringBuilder result = new StringBuilder();
		for (String word : words(value)) {
			result.append((result.length() > 0) ? "_" : "").append(word.toUpperCase(Locale.ROOT));
		}
		if (result.length() == 0) {
			return "EMPTY";
		}
		return Character.isDigit(result.charAt(0)) ? "V" + result : result.toString();
	}

	/**
	 * The singular of a plural PascalCase name, changing its last word
	 * ({@code ToolCalls}: {@code ToolCall}, {@code Modalities}: {@code Modality},
	 * {@code TestingCriteria}: {@code TestingCriterion}), or null when the name does not
	 * look plural.
	 * @param name the name
	 * @return the singular, or null
	 */
	static @Nullable String singular(String name) {
		if (name.endsWith("Criteria")) {
			return name.substring(0, name.length() - 1) + "on";
		}
		if (name.length() < 4 || !name.endsWith("s") || name.endsWith("ss") || name.endsWith("us")
				|| name.endsWith("is")) {
			return null;
		}
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		for (String ending : List.of("sses", "xes", "ches", "shes", "uses")) {
			if (name.endsWith(ending)) {
				return name.substring(0, name.length() - 2);
			}
		}
		return name.substring(0, name.length() - 1);
	}

	/** Words of a name: split at non-alphanumerics and at lower-to-upper case changes. */
	static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!Character.isLetterOrDigit(c) || c > 127) {
				flush(word, words);
				continue;
			}
			if (Character.isUpperCase(c) && word.length() > 0
					&& Character.isLowerCase(word.charAt(word.length() - 1))) {
				flush(word, words);
			}
			word.append(c);
		}
		flush(word, words);
		return words;
	}

	private static void flush(StringBuilder word, List<String> words) {
		if (word.length() > 0) {
			words.add(word.toString());
			word.setLength(0);
		}
	}

	/** Text for Javadoc: the API's markdown, made safe for a comment and for JavaPoet. */
	static String javadoc(String text) {
		return text.strip()
			.replace("&", "&amp;")
			.replace("*/", "*&#47;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("@", "&#64;")
			.replace("\\", "&#92;");
	}

}

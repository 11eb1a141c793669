package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	/**
	 * Plurals that the rules of {@link #singular} would get wrong, and words ending in
	 * {@code s} that are their own singular.
	 */
	private static final Map<String, String> IRREGULAR_SINGULARS = Map.ofEntries(Map.entry("criteria", "criterion"),
			Map.entry("indices", "index"), Map.entry("statuses", "status"), Map.entry("aliases", "alias"),
			Map.entry("analyses", "analysis"), Map.entry("biases", "bias"), Map.entry("bias", "bias"),
			Map.entry("alias", "alias"), Map.entry("canvas", "canvas"), Map.entry("series", "series"),
			Map.entry("species", "species"), Map.entry("news", "news"));

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

	/**
	 * The singular of a camelCase name that names a list, for its builder's adder
	 * ({@code messages} adds a {@code message}): English rules on its last word
	 * ({@code -ies} to {@code -y}; {@code -sses}, {@code -shes}, {@code -ches},
	 * {@code -xes}, {@code -zzes} lose {@code -es}; any other {@code -s} but {@code -ss},
	 * {@code -us} and {@code -is} is dropped) and a few irregular words. A name the rules
	 * do not make singular ({@code include}, {@code data}, {@code permissionsAdded}) is
	 * kept as it is.
	 * @param name a camelCase name
	 * @return its singular, or the name itself
	 */
	static String singular(String name) {
		String singular = singularOrNull(name);
		return (singular != null) ? singular : name;
	}

	/**
	 * The singular of a camelCase or PascalCase name by the rules of
	 * {@link #singular(String)} ({@code ToolCalls}: {@code ToolCall},
	 * {@code TestingCriteria}: {@code TestingCriterion}), or null when the name does not
	 * look plural.
	 * @param name the name
	 * @return its singular, or null
	 */
	static @Nullable String singularOrNull(String name) {
		int start = name.length() - 1;
		while (start > 0 && !Character.isUpperCase(name.charAt(start))) {
			start--;
		}
		String head = name.substring(0, start);
		String word = name.substring(start);
		String lower = word.toLowerCase(Locale.ROOT);
		String irregular = IRREGULAR_SINGULARS.get(lower);
		if (irregular != null) {
			return irregular.equals(lower) ? null : head + word.charAt(0) + irregular.substring(1);
		}
		if (lower.endsWith("ies") && lower.length() > 4) {
			return head + word.substring(0, word.length() - 3) + "y";
		}
		for (String suffix : List.of("sses", "shes", "ches", "xes", "zzes")) {
			if (lower.endsWith(suffix)) {
				return head + word.substring(0, word.length() - 2);
			}
		}
		if (lower.endsWith("s") && lower.length() > 2 && !lower.endsWith("ss") && !lower.endsWith("us")
				&& !lower.endsWith("is")) {
			return head + word.substring(0, word.length() - 1);
		}
		return null;
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

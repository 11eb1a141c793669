package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The type naming table: the Java names of component schemas whose own names are not the
 * ones a Java developer would guess ({@code CreateChatCompletionResponse} is
 * {@code ChatCompletion}) or are artefacts of the description ({@code Error-2}). The
 * names are the client's public API, so every change is written down and reviewed.
 * <p>
 * A line is {@code ComponentName<TAB>JavaName}, sorted by component name; lines starting
 * with {@code #} and blank lines are ignored. A component without a line is named after
 * itself, in PascalCase.
 * <p>
 * The API reference names many objects "The X object" ({@code x-oaiMeta.name}). Where
 * that gives a name that no other type has, that is not in {@code java.lang} and that no
 * other object's reference name gives, the name is {@linkplain #suggestions suggested}:
 * the table must accept it, choose another, or keep the component's name with a line that
 * repeats it, so that a new description cannot rename a type unnoticed.
 */
final class TypeNames {

	/** The project's table, on the generator's class path. */
	static final String RESOURCE = "types.tsv";

	/** Where the project's table is, for messages. */
	static final String SOURCE = "generator/src/main/resources/" + RESOURCE;

	private static final Pattern JAVA_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*[A-Za-z]");

	private static final Pattern OBJECT_NAME = Pattern.compile("The ([A-Za-z][A-Za-z -]*) object");

	/**
	 * One line of the table.
	 *
	 * @param component the component schema, as the description names it
	 * @param javaName the simple name of its Java type
	 * @param line the line of the table, for messages
	 */
	record Entry(String component, String javaName, int line) {

	}

	private final String source;

	private final Map<String, Entry> entries;

	private TypeNames(String source, Map<String, Entry> entries) {
		this.source = source;
		this.entries = entries;
	}

	/** The project's table. */
	static TypeNames load() {
		try (InputStream input = TypeNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (input == null) {
				throw new IllegalStateException("The type naming table " + SOURCE + " is not on the class path");
			}
			return parse(new String(input.readAllBytes(), StandardCharsets.UTF_8), SOURCE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + SOURCE, ex);
		}
	}

	/**
	 * Read a table.
	 * @param text the table
	 * @param source where it comes from, for messages
	 * @return the table
	 * @throws IllegalStateException naming every malformed, duplicate or unsorted line
	 */
	static TypeNames parse(String text, String source) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		@Nullable Entry previous = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t+");
			if (columns.length != 2) {
				problems.add("line " + number + " has " + columns.length
						+ " columns; write the component's name and its Java name, separated by a tab: " + line);
				continue;
			}
			Entry entry = new Entry(columns[0], columns[1], number);
			if (!JAVA_NAME.matcher(entry.javaName()).matches() || Names.isKeyword(entry.javaName())) {
				problems.add("line " + number + " names " + entry.component() + "'s type '" + entry.javaName()
						+ "'; write a PascalCase Java name that does not end in a digit");
			}
			else if (isJavaLang(entry.javaName())) {
				problems.add("line " + number + " names " + entry.component() + "'s type " + entry.javaName()
						+ ", which java.lang has already; choose another name");
			}
			Entry duplicate = entries.putIfAbsent(entry.component(), entry);
			if (duplicate != null) {
				problems.add("line " + number + " names " + entry.component() + " again (line " + duplicate.line()
						+ "); keep one of the two lines");
			}
			else if (previous != null && previous.component().compareTo(entry.component()) > 0) {
				problems.add("line " + number + " (" + entry.component() + ") comes after " + previous.component()
						+ "; keep the lines sorted by component name");
			}
			previous = entry;
		}
		failIfAny(problems, source);
		return new TypeNames(source, entries);
	}

	/**
	 * The Java name of every component of a description.
	 * @param components the description's component schemas
	 * @return the simple name of each component's type, by component name
	 * @throws IllegalStateException when a line names a component the description lacks,
	 * when a suggested name is not reviewed, when a name ends in a digit, or when two
	 * components would have the same name, saying which line to add or change
	 */
	Map<String, String> resolve(JsonNode components) {
		List<String> problems = new ArrayList<>();
		for (Entry entry : this.entries.values()) {
			if (!components.has(entry.component())) {
				problems.add("line " + entry.line() + " names " + entry.component()
						+ ", which the description does not have; remove the line or correct the name");
			}
		}
		Map<String, String> suggestions = suggestions(components);
		suggestions.forEach((component, suggested) -> {
			if (!this.entries.containsKey(component)) {
				problems.add(component + " is \"" + components.path(component).path("x-oaiMeta").path("name").asString()
						+ "\" in the API reference: add the line '" + component + "<TAB>" + suggested
						+ "' to use that name, or '" + component + "<TAB>" + Names.pascal(component) + "' to keep "
						+ "its own");
			}
		});
		for (Entry entry : this.entries.values()) {
			if (entry.javaName().equals(Names.pascal(entry.component())) && !suggestions.containsKey(entry.component())
					&& components.has(entry.component())) {
				problems.add("line " + entry.line() + " keeps " + entry.component()
						+ "'s name, which nothing suggests changing; remove the line");
			}
		}
		Map<String, String> javaNames = new TreeMap<>();
		Map<String, String> byJavaName = new HashMap<>();
		for (Map.Entry<String, JsonNode> component : components.properties()) {
			String name = component.getKey();
			Entry entry = this.entries.get(name);
			String javaName = (entry != null) ? entry.javaName() : Names.pascal(name);
			javaNames.put(name, javaName);
			if (Character.isDigit(javaName.charAt(javaName.length() - 1))) {
				problems.add(name + " would be named " + javaName + ", which ends in a digit; add a line '" + name
						+ "<TAB>JavaName' that says what it is");
			}
			String other = byJavaName.putIfAbsent(javaName, name);
			if (other != null) {
				problems.add(other + " and " + name + " would both be named " + javaName
						+ "; add or change the line of one of them");
			}
		}
		failIfAny(problems, this.source);
		return javaNames;
	}

	/**
	 * The names that the API reference's "The X object" names suggest, where they are
	 * unambiguous: different from the component's own, from every other component's name
	 * and from every other object's suggestion, and not a {@code java.lang} type.
	 * @param components the description's component schemas
	 * @return the suggested simple name, by component name
	 */
	static Map<String, String> suggestions(JsonNode components) {
		Map<String, String> derived = new TreeMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (Map.Entry<String, JsonNode> component : components.properties()) {
			String name = objectName(component.getValue().path("x-oaiMeta").path("name").asString(""));
			if (name != null) {
				derived.put(component.getKey(), name);
				counts.merge(name, 1, Integer::sum);
			}
		}
		Map<String, String> ownNames = new HashMap<>();
		for (Map.Entry<String, JsonNode> component : components.properties()) {
			ownNames.put(Names.pascal(component.getKey()), component.getKey());
		}
		Map<String, String> suggestions = new TreeMap<>();
		derived.forEach((component, name) -> {
			String owner = ownNames.get(name);
			if ((owner == null || owner.equals(component)) && counts.get(name) == 1 && !isJavaLang(name)
					&& !name.equals(Names.pascal(component))) {
				suggestions.put(component, name);
			}
		});
		return suggestions;
	}

	/**
	 * The type name in an API reference name such as "The vector store object"
	 * ({@code VectorStore}), or null when the name is not of that form. Every word is
	 * capitalized, acronyms too ({@code ApiKey}), as the components spell them.
	 */
	static @Nullable String objectName(String referenceName) {
		Matcher matcher = OBJECT_NAME.matcher(referenceName);
		if (!matcher.matches()) {
			return null;
		}
		StringBuilder name = new StringBuilder();
		for (String word : Names.words(matcher.group(1))) {
			name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
		}
		return name.toString();
	}

	private static boolean isJavaLang(String simpleName) {
		try {
			Class.forName("java.lang." + simpleName, false, TypeNames.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

	private static void failIfAny(List<String> problems, String source) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"The type naming table " + source + " needs changes:\n  " + String.join("\n  ", problems));
		}
	}

}

package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The builder shortcuts table: for the requests whose main list is one of messages, a
 * method per role that adds a message of that role from its text
 * ({@code CreateChatCompletionRequest.builder().addUserMessage("Hi")}). Written down and
 * reviewed, as the names of the client's public API are, never guessed from the shapes of
 * the schemas.
 * <p>
 * A line is {@code type<TAB>property<TAB>role<TAB>message type}: the generated record,
 * the API's name of its list property, the role (the method is {@code add<Role>Message}),
 * and the record of the message it adds, whose {@code content} takes the text and whose
 * {@code role} is, or may be set to, the role. Lines starting with {@code #} and blank
 * lines are ignored.
 */
final class BuilderShortcuts {

	/** The project's table, on the generator's class path. */
	static final String RESOURCE = "builder-shortcuts.tsv";

	/** Where the project's table is, for messages. */
	static final String SOURCE = "generator/src/main/resources/" + RESOURCE;

	private static final Pattern COLUMNS = Pattern.compile("\t+");

	private static final Pattern ROLE = Pattern.compile("[a-z][a-z_]*");

	/**
	 * One line of the table.
	 *
	 * @param type the simple name of the generated record whose builder gets the method
	 * ({@code Outer.Inner} for a nested one)
	 * @param property the API's name of the list property the message is added to
	 * @param role the message's role
	 * @param messageType the simple name of the generated record of the message
	 * @param line the line of the table, for messages
	 */
	record Shortcut(String type, String property, String role, String messageType, int line) {

		/** The builder method: {@code addUserMessage}. */
		String method() {
			return "add" + Names.pascal(this.role) + "Message";
		}

	}

	private final String source;

	private final List<Shortcut> shortcuts;

	private BuilderShortcuts(String source, List<Shortcut> shortcuts) {
		this.source = source;
		this.shortcuts = shortcuts;
	}

	/** The project's table. */
	static BuilderShortcuts load() {
		try (InputStream input = BuilderShortcuts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (input == null) {
				throw new IllegalStateException("The builder shortcuts table " + SOURCE + " is not on the class path");
			}
			return parse(new String(input.readAllBytes(), StandardCharsets.UTF_8), SOURCE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + SOURCE, ex);
		}
	}

	/**
	 * A table without shortcuts, for descriptions that have none of the project's types.
	 */
	static BuilderShortcuts none() {
		return new BuilderShortcuts("no builder shortcuts table", List.of());
	}

	/**
	 * Read a table.
	 * @param text the table
	 * @param source where it comes from, for messages
	 * @return the table
	 * @throws IllegalStateException naming every malformed or duplicate line
	 */
	static BuilderShortcuts parse(String text, String source) {
		List<Shortcut> shortcuts = new ArrayList<>();
		Set<String> methods = new HashSet<>();
		List<String> problems = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] columns = COLUMNS.split(line);
			if (columns.length != 4) {
				problems.add("line " + number + " has " + columns.length
						+ " columns; write type, property, role and message type, separated by tabs: " + line);
				continue;
			}
			Shortcut shortcut = new Shortcut(columns[0], columns[1], columns[2], columns[3], number);
			if (!ROLE.matcher(shortcut.role()).matches()) {
				problems.add("line " + number + " gives the role '" + shortcut.role()
						+ "'; write it as the API does, in lower case");
				continue;
			}
			if (!methods.add(shortcut.type() + "." + shortcut.method())) {
				problems.add("line " + number + " gives " + shortcut.type() + " a second " + shortcut.method()
						+ "; keep one of the two lines");
				continue;
			}
			shortcuts.add(shortcut);
		}
		fail(problems, source);
		return new BuilderShortcuts(source, List.copyOf(shortcuts));
	}

	/**
	 * The shortcuts of a record's list property.
	 * @param type the record's simple name, {@code Outer.Inner} for a nested one
	 * @param property the API's name of the property
	 * @return its shortcuts, in the table's order
	 */
	List<Shortcut> of(String type, String property) {
		return this.shortcuts.stream()
			.filter((shortcut) -> shortcut.type().equals(type) && shortcut.property().equals(property))
			.toList();
	}

	/**
	 * Check that generation applied every line.
	 * @param applied the lines applied
	 * @throws IllegalStateException naming every line that names a property the generated
	 * records do not have
	 */
	void checkApplied(Collection<Shortcut> applied) {
		List<String> problems = new ArrayList<>();
		for (Shortcut shortcut : this.shortcuts) {
			if (!applied.contains(shortcut)) {
				problems.add("line " + shortcut.line() + " names " + shortcut.type() + "." + shortcut.property()
						+ ", which no generated record has; remove the line or correct the type or property");
			}
		}
		fail(problems, this.source);
	}

	/** A problem with one line, with where the table is. */
	IllegalStateException problem(Shortcut shortcut, String problem) {
		return new IllegalStateException("The builder shortcuts table " + this.source + " needs changes:\n  line "
				+ shortcut.line() + ": " + problem);
	}

	private static void fail(List<String> problems, String source) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"The builder shortcuts table " + source + " needs changes:\n  " + String.join("\n  ", problems));
		}
	}

}

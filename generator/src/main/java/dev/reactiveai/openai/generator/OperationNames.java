package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The naming table: for each operation of the API description, the service it belongs to
 * (an accessor path such as {@code threads.runs}) and its method name. The names are the
 * client's public API, so they are written down and reviewed, never derived from the
 * order or shape of the paths.
 * <p>
 * A line is {@code operationId<TAB>accessor.path<TAB>method}; lines starting with
 * {@code #} and blank lines are ignored.
 */
final class OperationNames {

	/** The project's table, on the generator's class path. */
	static final String RESOURCE = "operations.tsv";

	/** Where the project's table is, for messages. */
	static final String SOURCE = "generator/src/main/resources/" + RESOURCE;

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");

	private static final Pattern COLUMNS = Pattern.compile("\t+");

	/**
	 * Members every service has: an operation's methods may not take their names.
	 */
	static final Set<String> SERVICE_MEMBERS = Set.of("withOptions", "withRawResponse", "equals", "hashCode",
			"toString", "getClass", "notify", "notifyAll", "wait");

	/**
	 * One line of the table.
	 *
	 * @param operationId the operation, as the description names it
	 * @param accessors the accessors from the client to the service, the group first
	 * @param method the method's name
	 * @param line the line of the table, for messages
	 */
	record Entry(String operationId, List<String> accessors, String method, int line) {

		String accessorPath() {
			return String.join(".", this.accessors);
		}

	}

	/**
	 * An operation of the description, as far as naming it needs.
	 *
	 * @param operationId its id
	 * @param method the HTTP method, lower case
	 * @param path the path template
	 */
	record Described(String operationId, String method, String path) {

	}

	private final String source;

	private final Map<String, Entry> entries;

	private OperationNames(String source, Map<String, Entry> entries) {
		this.source = source;
		this.entries = entries;
	}

	/** The project's table. */
	static OperationNames load() {
		try (InputStream input = OperationNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (input == null) {
				throw new IllegalStateException("The naming table " + SOURCE + " is not on the class path");
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
	 * @throws IllegalStateException naming every malformed or duplicate line
	 */
	static OperationNames parse(String text, String source) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		Map<String, Entry> byMethod = new HashMap<>();
		List<String> problems = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			int number = i + 1;
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] columns = COLUMNS.split(line);
			if (columns.length != 3) {
				problems.add("line " + number + " has " + columns.length
						+ " columns; write operationId, accessor path and method, separated by tabs: " + line);
				continue;
			}
			List<String> accessors = List.of(columns[1].split("\\.", -1));
			Entry entry = new Entry(columns[0], accessors, columns[2], number);
			for (String accessor : accessors) {
				checkIdentifier(accessor, "accessor", entry, problems);
			}
			checkIdentifier(entry.method(), "method", entry, problems);
			if (SERVICE_MEMBERS.contains(entry.method())) {
				problems.add("line " + number + " names " + entry.operationId() + "'s method " + entry.method()
						+ ", which every service has already; choose another name");
			}
			Entry previous = entries.putIfAbsent(entry.operationId(), entry);
			if (previous != null) {
				problems.add("line " + number + " names " + entry.operationId() + " again (line " + previous.line()
						+ "); keep one of the two lines");
				continue;
			}
			String qualified = entry.accessorPath() + "." + entry.method();
			Entry clash = byMethod.putIfAbsent(qualified, entry);
			if (clash != null) {
				problems.add("line " + number + " gives " + entry.operationId() + " the method " + qualified
						+ ", which line " + clash.line() + " gives " + clash.operationId() + "; rename one of them");
			}
		}
		failIfAny(problems, source);
		return new OperationNames(source, entries);
	}

	private static void checkIdentifier(String name, String what, Entry entry, List<String> problems) {
		if (!IDENTIFIER.matcher(name).matches() || Names.isKeyword(name)) {
			problems.add("line " + entry.line() + " gives " + entry.operationId() + " the " + what + " '" + name
					+ "'; write a camelCase Java name that is not a keyword");
		}
	}

	/**
	 * The table's entries for the described operations, in the table's order.
	 * @param operations the operations of the description
	 * @return the entry of each operation
	 * @throws IllegalStateException when an operation has no entry (naming it, with a
	 * line to add) or an entry names no operation
	 */
	List<Entry> resolve(Collection<Described> operations) {
		List<String> problems = new ArrayList<>();
		Map<String, Described> described = new LinkedHashMap<>();
		for (Described operation : operations) {
			described.put(operation.operationId(), operation);
			if (!this.entries.containsKey(operation.operationId())) {
				problems.add("operation " + operation.operationId() + " (" + operation.method().toUpperCase(Locale.ROOT)
						+ " " + operation.path() + ") has no name; add a line such as: " + suggestion(operation));
			}
		}
		for (Entry entry : this.entries.values()) {
			if (!described.containsKey(entry.operationId())) {
				problems.add("line " + entry.line() + " names " + entry.operationId()
						+ ", which the API description does not have; remove the line or correct the operationId");
			}
		}
		failIfAny(problems, this.source);
		return List.copyOf(this.entries.values());
	}

	/** The entry of an operation that {@link #resolve} has accepted. */
	Entry entry(String operationId) {
		Entry entry = this.entries.get(operationId);
		if (entry == null) {
			throw new IllegalArgumentException("No entry for " + operationId + " in " + this.source);
		}
		return entry;
	}

	/** Where the table comes from, for messages. */
	String source() {
		return this.source;
	}

	/**
	 * A line to start from for an operation without one, from its path: a static segment
	 * after a parameter of a {@code POST} is an action, the rest are accessors. A
	 * suggestion only: the name is decided when the line is reviewed.
	 */
	static String suggestion(Described operation) {
		List<String> statics = new ArrayList<>();
		String[] segments = operation.path().substring(1).split("/");
		boolean endsWithParameter = false;
		boolean action = false;
		for (int i = 0; i < segments.length; i++) {
			endsWithParameter = segments[i].startsWith("{");
			if (!endsWithParameter) {
				statics.add(Names.camel(segments[i]));
				action = i > 0 && segments[i - 1].startsWith("{") && i == segments.length - 1
						&& operation.method().equals("post");
			}
		}
		String method;
		if (action) {
			method = statics.remove(statics.size() - 1);
		}
		else {
			method = switch (operation.method()) {
				case "get" -> endsWithParameter ? "retrieve" : "list";
				case "post" -> endsWithParameter ? "update" : "create";
				case "delete" -> "delete";
				default -> "update";
			};
		}
		return operation.operationId() + "<TAB>" + String.join(".", statics) + "<TAB>" + method;
	}

	private static void failIfAny(List<String> problems, String source) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"The naming table " + source + " needs changes:\n  " + String.join("\n  ", problems));
		}
	}

}

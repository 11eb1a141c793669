package dev.reactiveai.openai.helpers;

/**
 * A Java type whose JSON a strict schema cannot describe (a {@code Map}, an
 * {@code Object}, an interface, ...), or a schema that breaks one of strict mode's rules.
 * Thrown when the schema is derived, that is when a structured output or a tool is
 * defined, before any request is sent. The message names the type, the path of the
 * property at fault and what to use instead.
 */
public class UnsupportedSchemaException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String typeName;

	private final String path;

	/**
	 * Creates the exception.
	 * @param type the type the schema was derived from
	 * @param path where in it the problem is: {@code Recipe.ingredients[].extras}, or a
	 * JSON pointer into the schema for a rule of strict mode
	 * @param problem what is wrong and how to fix it
	 */
	public UnsupportedSchemaException(Class<?> type, String path, String problem) {
		super("Cannot derive a strict JSON schema from " + type.getName() + ": " + path + " " + problem);
		this.typeName = type.getName();
		this.path = path;
	}

	/**
	 * The name of the type the schema was derived from.
	 * @return the class name
	 */
	public String typeName() {
		return this.typeName;
	}

	/**
	 * Where in the type the problem is.
	 * @return the property path or schema pointer
	 */
	public String path() {
		return this.path;
	}

}

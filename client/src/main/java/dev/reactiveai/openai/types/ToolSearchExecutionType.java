// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code server} or {@code client}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ToolSearchExecutionType(@JsonValue String value) {
	/**
	 * The value {@code server}.
	 */
	public static final ToolSearchExecutionType SERVER = new ToolSearchExecutionType("server");

	/**
	 * The value {@code client}.
	 */
	public static final ToolSearchExecutionType CLIENT = new ToolSearchExecutionType("client");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ToolSearchExecutionType {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ToolSearchExecutionType of(String value) {
		return switch (value) {
			case "server" -> SERVER;
			case "client" -> CLIENT;
			default -> new ToolSearchExecutionType(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "server", "client" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code completed}, {@code incomplete} or {@code failed}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ComputerCallOutputStatus(@JsonValue String value) {
	/**
	 * The value {@code completed}.
	 */
	public static final ComputerCallOutputStatus COMPLETED = new ComputerCallOutputStatus("completed");

	/**
	 * The value {@code incomplete}.
	 */
	public static final ComputerCallOutputStatus INCOMPLETE = new ComputerCallOutputStatus("incomplete");

	/**
	 * The value {@code failed}.
	 */
	public static final ComputerCallOutputStatus FAILED = new ComputerCallOutputStatus("failed");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ComputerCallOutputStatus {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ComputerCallOutputStatus of(String value) {
		return switch (value) {
			case "completed" -> COMPLETED;
			case "incomplete" -> INCOMPLETE;
			case "failed" -> FAILED;
			default -> new ComputerCallOutputStatus(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "completed", "incomplete", "failed" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code custom} or {@code thought}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record TaskType(@JsonValue String value) {
	/**
	 * The value {@code custom}.
	 */
	public static final TaskType CUSTOM = new TaskType("custom");

	/**
	 * The value {@code thought}.
	 */
	public static final TaskType THOUGHT = new TaskType("thought");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public TaskType {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static TaskType of(String value) {
		return switch (value) {
			case "custom" -> CUSTOM;
			case "thought" -> THOUGHT;
			default -> new TaskType(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "custom", "thought" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

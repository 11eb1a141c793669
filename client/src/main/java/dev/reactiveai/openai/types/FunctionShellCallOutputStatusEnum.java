// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code in_progress}, {@code completed} or {@code incomplete}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record FunctionShellCallOutputStatusEnum(@JsonValue String value) {
	/**
	 * The value {@code in_progress}.
	 */
	public static final FunctionShellCallOutputStatusEnum IN_PROGRESS = new FunctionShellCallOutputStatusEnum(
			"in_progress");

	/**
	 * The value {@code completed}.
	 */
	public static final FunctionShellCallOutputStatusEnum COMPLETED = new FunctionShellCallOutputStatusEnum(
			"completed");

	/**
	 * The value {@code incomplete}.
	 */
	public static final FunctionShellCallOutputStatusEnum INCOMPLETE = new FunctionShellCallOutputStatusEnum(
			"incomplete");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public FunctionShellCallOutputStatusEnum {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static FunctionShellCallOutputStatusEnum of(String value) {
		return switch (value) {
			case "in_progress" -> IN_PROGRESS;
			case "completed" -> COMPLETED;
			case "incomplete" -> INCOMPLETE;
			default -> new FunctionShellCallOutputStatusEnum(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "in_progress", "completed", "incomplete" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code in_progress}, {@code completed}, {@code incomplete}, {@code calling} or
 * {@code failed}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record MCPToolCallStatus(@JsonValue String value) {
	/**
	 * The value {@code in_progress}.
	 */
	public static final MCPToolCallStatus IN_PROGRESS = new MCPToolCallStatus("in_progress");

	/**
	 * The value {@code completed}.
	 */
	public static final MCPToolCallStatus COMPLETED = new MCPToolCallStatus("completed");

	/**
	 * The value {@code incomplete}.
	 */
	public static final MCPToolCallStatus INCOMPLETE = new MCPToolCallStatus("incomplete");

	/**
	 * The value {@code calling}.
	 */
	public static final MCPToolCallStatus CALLING = new MCPToolCallStatus("calling");

	/**
	 * The value {@code failed}.
	 */
	public static final MCPToolCallStatus FAILED = new MCPToolCallStatus("failed");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public MCPToolCallStatus {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static MCPToolCallStatus of(String value) {
		return switch (value) {
			case "in_progress" -> IN_PROGRESS;
			case "completed" -> COMPLETED;
			case "incomplete" -> INCOMPLETE;
			case "calling" -> CALLING;
			case "failed" -> FAILED;
			default -> new MCPToolCallStatus(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "in_progress", "completed", "incomplete", "calling", "failed" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Status values reported for apply_patch tool calls.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ApplyPatchCallStatusParam(@JsonValue String value) {
	/**
	 * The value {@code in_progress}.
	 */
	public static final ApplyPatchCallStatusParam IN_PROGRESS = new ApplyPatchCallStatusParam("in_progress");

	/**
	 * The value {@code completed}.
	 */
	public static final ApplyPatchCallStatusParam COMPLETED = new ApplyPatchCallStatusParam("completed");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ApplyPatchCallStatusParam {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ApplyPatchCallStatusParam of(String value) {
		return switch (value) {
			case "in_progress" -> IN_PROGRESS;
			case "completed" -> COMPLETED;
			default -> new ApplyPatchCallStatusParam(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "in_progress", "completed" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

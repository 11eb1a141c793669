// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Outcome values reported for apply_patch tool call outputs.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ApplyPatchCallOutputStatusParam(@JsonValue String value) {
	/**
	 * The value {@code completed}.
	 */
	public static final ApplyPatchCallOutputStatusParam COMPLETED = new ApplyPatchCallOutputStatusParam("completed");

	/**
	 * The value {@code failed}.
	 */
	public static final ApplyPatchCallOutputStatusParam FAILED = new ApplyPatchCallOutputStatusParam("failed");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ApplyPatchCallOutputStatusParam {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ApplyPatchCallOutputStatusParam of(String value) {
		return switch (value) {
			case "completed" -> COMPLETED;
			case "failed" -> FAILED;
			default -> new ApplyPatchCallOutputStatusParam(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "completed", "failed" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

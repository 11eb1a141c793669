// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Controls which (if any) tool is called by the model.
 * <p>
 * {@code none} means the model will not call any tool and instead generates a message.
 * <p>
 * {@code auto} means the model can pick between generating a message or calling one or
 * more tools.
 * <p>
 * {@code required} means the model must call one or more tools.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ToolChoiceOptions(@JsonValue String value) {
	/**
	 * The value {@code none}.
	 */
	public static final ToolChoiceOptions NONE = new ToolChoiceOptions("none");

	/**
	 * The value {@code auto}.
	 */
	public static final ToolChoiceOptions AUTO = new ToolChoiceOptions("auto");

	/**
	 * The value {@code required}.
	 */
	public static final ToolChoiceOptions REQUIRED = new ToolChoiceOptions("required");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ToolChoiceOptions {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ToolChoiceOptions of(String value) {
		return switch (value) {
			case "none" -> NONE;
			case "auto" -> AUTO;
			case "required" -> REQUIRED;
			default -> new ToolChoiceOptions(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "none", "auto", "required" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

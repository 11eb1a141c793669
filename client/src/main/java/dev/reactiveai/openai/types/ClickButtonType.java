// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code left}, {@code right}, {@code wheel}, {@code back} or {@code forward}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ClickButtonType(@JsonValue String value) {
	/**
	 * The value {@code left}.
	 */
	public static final ClickButtonType LEFT = new ClickButtonType("left");

	/**
	 * The value {@code right}.
	 */
	public static final ClickButtonType RIGHT = new ClickButtonType("right");

	/**
	 * The value {@code wheel}.
	 */
	public static final ClickButtonType WHEEL = new ClickButtonType("wheel");

	/**
	 * The value {@code back}.
	 */
	public static final ClickButtonType BACK = new ClickButtonType("back");

	/**
	 * The value {@code forward}.
	 */
	public static final ClickButtonType FORWARD = new ClickButtonType("forward");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ClickButtonType {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ClickButtonType of(String value) {
		return switch (value) {
			case "left" -> LEFT;
			case "right" -> RIGHT;
			case "wheel" -> WHEEL;
			case "back" -> BACK;
			case "forward" -> FORWARD;
			default -> new ClickButtonType(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "left", "right", "wheel", "back", "forward" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

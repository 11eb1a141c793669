// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ClickButtonType(@JsonValue String value) {
	public static final ClickButtonType LEFT = new ClickButtonType("left");

	public static final ClickButtonType RIGHT = new ClickButtonType("right");

	public static final ClickButtonType WHEEL = new ClickButtonType("wheel");

	public static final ClickButtonType BACK = new ClickButtonType("back");

	public static final ClickButtonType FORWARD = new ClickButtonType("forward");

	public ClickButtonType {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
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

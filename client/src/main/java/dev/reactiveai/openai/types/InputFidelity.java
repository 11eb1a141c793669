// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Control how much effort the model will exert to match the style and features,
 * especially facial features, of input images. This parameter is only supported for
 * {@code gpt-image-1} and {@code gpt-image-1.5} and later models, unsupported for
 * {@code gpt-image-1-mini}. Supports {@code high} and {@code low}. Defaults to
 * {@code low}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record InputFidelity(@JsonValue String value) {
	/**
	 * The value {@code high}.
	 */
	public static final InputFidelity HIGH = new InputFidelity("high");

	/**
	 * The value {@code low}.
	 */
	public static final InputFidelity LOW = new InputFidelity("low");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public InputFidelity {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static InputFidelity of(String value) {
		return switch (value) {
			case "high" -> HIGH;
			case "low" -> LOW;
			default -> new InputFidelity(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "high", "low" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

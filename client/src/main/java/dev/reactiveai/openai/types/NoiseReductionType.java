// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Type of noise reduction. {@code near_field} is for close-talking microphones such as
 * headphones, {@code far_field} is for far-field microphones such as laptop or conference
 * room microphones.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record NoiseReductionType(@JsonValue String value) {
	/**
	 * The value {@code near_field}.
	 */
	public static final NoiseReductionType NEAR_FIELD = new NoiseReductionType("near_field");

	/**
	 * The value {@code far_field}.
	 */
	public static final NoiseReductionType FAR_FIELD = new NoiseReductionType("far_field");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public NoiseReductionType {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static NoiseReductionType of(String value) {
		return switch (value) {
			case "near_field" -> NEAR_FIELD;
			case "far_field" -> FAR_FIELD;
			default -> new NoiseReductionType(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "near_field", "far_field" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

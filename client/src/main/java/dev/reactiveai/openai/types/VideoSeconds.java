// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code 4}, {@code 8} or {@code 12}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record VideoSeconds(@JsonValue String value) {
	/**
	 * The value {@code 4}.
	 */
	public static final VideoSeconds V4 = new VideoSeconds("4");

	/**
	 * The value {@code 8}.
	 */
	public static final VideoSeconds V8 = new VideoSeconds("8");

	/**
	 * The value {@code 12}.
	 */
	public static final VideoSeconds V12 = new VideoSeconds("12");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public VideoSeconds {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static VideoSeconds of(String value) {
		return switch (value) {
			case "4" -> V4;
			case "8" -> V8;
			case "12" -> V12;
			default -> new VideoSeconds(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "4", "8", "12" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

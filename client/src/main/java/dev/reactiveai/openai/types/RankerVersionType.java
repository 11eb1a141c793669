// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code auto} or {@code default-2024-11-15}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record RankerVersionType(@JsonValue String value) {
	/**
	 * The value {@code auto}.
	 */
	public static final RankerVersionType AUTO = new RankerVersionType("auto");

	/**
	 * The value {@code default-2024-11-15}.
	 */
	public static final RankerVersionType DEFAULT_2024_11_15 = new RankerVersionType("default-2024-11-15");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public RankerVersionType {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static RankerVersionType of(String value) {
		return switch (value) {
			case "auto" -> AUTO;
			case "default-2024-11-15" -> DEFAULT_2024_11_15;
			default -> new RankerVersionType(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "auto", "default-2024-11-15" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

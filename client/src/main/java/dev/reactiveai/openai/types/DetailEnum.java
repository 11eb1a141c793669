// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code low}, {@code high}, {@code auto} or {@code original}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record DetailEnum(@JsonValue String value) {
	/**
	 * The value {@code low}.
	 */
	public static final DetailEnum LOW = new DetailEnum("low");

	/**
	 * The value {@code high}.
	 */
	public static final DetailEnum HIGH = new DetailEnum("high");

	/**
	 * The value {@code auto}.
	 */
	public static final DetailEnum AUTO = new DetailEnum("auto");

	/**
	 * The value {@code original}.
	 */
	public static final DetailEnum ORIGINAL = new DetailEnum("original");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public DetailEnum {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static DetailEnum of(String value) {
		return switch (value) {
			case "low" -> LOW;
			case "high" -> HIGH;
			case "auto" -> AUTO;
			case "original" -> ORIGINAL;
			default -> new DetailEnum(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "low", "high", "auto", "original" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Constrains the verbosity of the model's response. Lower values will result in more
 * concise responses, while higher values will result in more verbose responses. Currently
 * supported values are {@code low}, {@code medium}, and {@code high}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record Verbosity(@JsonValue String value) {
	/**
	 * The value {@code low}.
	 */
	public static final Verbosity LOW = new Verbosity("low");

	/**
	 * The value {@code medium}.
	 */
	public static final Verbosity MEDIUM = new Verbosity("medium");

	/**
	 * The value {@code high}.
	 */
	public static final Verbosity HIGH = new Verbosity("high");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public Verbosity {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static Verbosity of(String value) {
		return switch (value) {
			case "low" -> LOW;
			case "medium" -> MEDIUM;
			case "high" -> HIGH;
			default -> new Verbosity(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "low", "medium", "high" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

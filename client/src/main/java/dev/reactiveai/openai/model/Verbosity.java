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
public record Verbosity(@JsonValue String value) {
	public static final Verbosity LOW = new Verbosity("low");

	public static final Verbosity MEDIUM = new Verbosity("medium");

	public static final Verbosity HIGH = new Verbosity("high");

	public Verbosity {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
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

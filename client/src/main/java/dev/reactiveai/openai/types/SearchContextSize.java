// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code low}, {@code medium} or {@code high}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record SearchContextSize(@JsonValue String value) {
	/**
	 * The value {@code low}.
	 */
	public static final SearchContextSize LOW = new SearchContextSize("low");

	/**
	 * The value {@code medium}.
	 */
	public static final SearchContextSize MEDIUM = new SearchContextSize("medium");

	/**
	 * The value {@code high}.
	 */
	public static final SearchContextSize HIGH = new SearchContextSize("high");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public SearchContextSize {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static SearchContextSize of(String value) {
		return switch (value) {
			case "low" -> LOW;
			case "medium" -> MEDIUM;
			case "high" -> HIGH;
			default -> new SearchContextSize(value);
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

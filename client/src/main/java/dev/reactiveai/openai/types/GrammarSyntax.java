// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code lark} or {@code regex}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record GrammarSyntax(@JsonValue String value) {
	/**
	 * The value {@code lark}.
	 */
	public static final GrammarSyntax LARK = new GrammarSyntax("lark");

	/**
	 * The value {@code regex}.
	 */
	public static final GrammarSyntax REGEX = new GrammarSyntax("regex");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public GrammarSyntax {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static GrammarSyntax of(String value) {
		return switch (value) {
			case "lark" -> LARK;
			case "regex" -> REGEX;
			default -> new GrammarSyntax(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "lark", "regex" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

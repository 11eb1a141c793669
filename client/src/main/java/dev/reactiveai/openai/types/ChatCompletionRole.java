// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The role of the author of a message
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ChatCompletionRole(@JsonValue String value) {
	/**
	 * The value {@code developer}.
	 */
	public static final ChatCompletionRole DEVELOPER = new ChatCompletionRole("developer");

	/**
	 * The value {@code system}.
	 */
	public static final ChatCompletionRole SYSTEM = new ChatCompletionRole("system");

	/**
	 * The value {@code user}.
	 */
	public static final ChatCompletionRole USER = new ChatCompletionRole("user");

	/**
	 * The value {@code assistant}.
	 */
	public static final ChatCompletionRole ASSISTANT = new ChatCompletionRole("assistant");

	/**
	 * The value {@code tool}.
	 */
	public static final ChatCompletionRole TOOL = new ChatCompletionRole("tool");

	/**
	 * The value {@code function}.
	 */
	public static final ChatCompletionRole FUNCTION = new ChatCompletionRole("function");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ChatCompletionRole {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ChatCompletionRole of(String value) {
		return switch (value) {
			case "developer" -> DEVELOPER;
			case "system" -> SYSTEM;
			case "user" -> USER;
			case "assistant" -> ASSISTANT;
			case "tool" -> TOOL;
			case "function" -> FUNCTION;
			default -> new ChatCompletionRole(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "developer", "system", "user", "assistant", "tool", "function" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

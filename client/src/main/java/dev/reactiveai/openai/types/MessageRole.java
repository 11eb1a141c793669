// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code unknown}, {@code user}, {@code assistant}, {@code system},
 * {@code critic}, {@code discriminator}, {@code developer} or {@code tool}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record MessageRole(@JsonValue String value) {
	/**
	 * The value {@code unknown}.
	 */
	public static final MessageRole UNKNOWN = new MessageRole("unknown");

	/**
	 * The value {@code user}.
	 */
	public static final MessageRole USER = new MessageRole("user");

	/**
	 * The value {@code assistant}.
	 */
	public static final MessageRole ASSISTANT = new MessageRole("assistant");

	/**
	 * The value {@code system}.
	 */
	public static final MessageRole SYSTEM = new MessageRole("system");

	/**
	 * The value {@code critic}.
	 */
	public static final MessageRole CRITIC = new MessageRole("critic");

	/**
	 * The value {@code discriminator}.
	 */
	public static final MessageRole DISCRIMINATOR = new MessageRole("discriminator");

	/**
	 * The value {@code developer}.
	 */
	public static final MessageRole DEVELOPER = new MessageRole("developer");

	/**
	 * The value {@code tool}.
	 */
	public static final MessageRole TOOL = new MessageRole("tool");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public MessageRole {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static MessageRole of(String value) {
		return switch (value) {
			case "unknown" -> UNKNOWN;
			case "user" -> USER;
			case "assistant" -> ASSISTANT;
			case "system" -> SYSTEM;
			case "critic" -> CRITIC;
			case "discriminator" -> DISCRIMINATOR;
			case "developer" -> DEVELOPER;
			case "tool" -> TOOL;
			default -> new MessageRole(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

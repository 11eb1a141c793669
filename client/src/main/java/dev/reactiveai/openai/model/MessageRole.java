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
public record MessageRole(@JsonValue String value) {
	public static final MessageRole UNKNOWN = new MessageRole("unknown");

	public static final MessageRole USER = new MessageRole("user");

	public static final MessageRole ASSISTANT = new MessageRole("assistant");

	public static final MessageRole SYSTEM = new MessageRole("system");

	public static final MessageRole CRITIC = new MessageRole("critic");

	public static final MessageRole DISCRIMINATOR = new MessageRole("discriminator");

	public static final MessageRole DEVELOPER = new MessageRole("developer");

	public static final MessageRole TOOL = new MessageRole("tool");

	public MessageRole {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
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

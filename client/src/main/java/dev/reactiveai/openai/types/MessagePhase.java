// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Labels an {@code assistant} message as intermediate commentary ({@code commentary}) or
 * the final answer ({@code final_answer}). For models like {@code gpt-5.3-codex} and
 * beyond, when sending follow-up requests, preserve and resend phase on all assistant
 * messages — dropping it can degrade performance. Not used for user messages.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record MessagePhase(@JsonValue String value) {
	/**
	 * The value {@code commentary}.
	 */
	public static final MessagePhase COMMENTARY = new MessagePhase("commentary");

	/**
	 * The value {@code final_answer}.
	 */
	public static final MessagePhase FINAL_ANSWER = new MessagePhase("final_answer");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public MessagePhase {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static MessagePhase of(String value) {
		return switch (value) {
			case "commentary" -> COMMENTARY;
			case "final_answer" -> FINAL_ANSWER;
			default -> new MessagePhase(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "commentary", "final_answer" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code active}, {@code expired} or {@code cancelled}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ChatSessionStatus(@JsonValue String value) {
	/**
	 * The value {@code active}.
	 */
	public static final ChatSessionStatus ACTIVE = new ChatSessionStatus("active");

	/**
	 * The value {@code expired}.
	 */
	public static final ChatSessionStatus EXPIRED = new ChatSessionStatus("expired");

	/**
	 * The value {@code cancelled}.
	 */
	public static final ChatSessionStatus CANCELLED = new ChatSessionStatus("cancelled");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ChatSessionStatus {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ChatSessionStatus of(String value) {
		return switch (value) {
			case "active" -> ACTIVE;
			case "expired" -> EXPIRED;
			case "cancelled" -> CANCELLED;
			default -> new ChatSessionStatus(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "active", "expired", "cancelled" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

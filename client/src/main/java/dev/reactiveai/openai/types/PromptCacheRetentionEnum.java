// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code in_memory} or {@code 24h}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record PromptCacheRetentionEnum(@JsonValue String value) {
	/**
	 * The value {@code in_memory}.
	 */
	public static final PromptCacheRetentionEnum IN_MEMORY = new PromptCacheRetentionEnum("in_memory");

	/**
	 * The value {@code 24h}.
	 */
	public static final PromptCacheRetentionEnum V24H = new PromptCacheRetentionEnum("24h");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public PromptCacheRetentionEnum {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static PromptCacheRetentionEnum of(String value) {
		return switch (value) {
			case "in_memory" -> IN_MEMORY;
			case "24h" -> V24H;
			default -> new PromptCacheRetentionEnum(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "in_memory", "24h" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code text} or {@code audio}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ResponseModality(@JsonValue String value) {
	/**
	 * The value {@code text}.
	 */
	public static final ResponseModality TEXT = new ResponseModality("text");

	/**
	 * The value {@code audio}.
	 */
	public static final ResponseModality AUDIO = new ResponseModality("audio");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ResponseModality {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ResponseModality of(String value) {
		return switch (value) {
			case "text" -> TEXT;
			case "audio" -> AUDIO;
			default -> new ResponseModality(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "text", "audio" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code generate}, {@code edit} or {@code auto}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ImageGenActionEnum(@JsonValue String value) {
	/**
	 * The value {@code generate}.
	 */
	public static final ImageGenActionEnum GENERATE = new ImageGenActionEnum("generate");

	/**
	 * The value {@code edit}.
	 */
	public static final ImageGenActionEnum EDIT = new ImageGenActionEnum("edit");

	/**
	 * The value {@code auto}.
	 */
	public static final ImageGenActionEnum AUTO = new ImageGenActionEnum("auto");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ImageGenActionEnum {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ImageGenActionEnum of(String value) {
		return switch (value) {
			case "generate" -> GENERATE;
			case "edit" -> EDIT;
			case "auto" -> AUTO;
			default -> new ImageGenActionEnum(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "generate", "edit", "auto" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

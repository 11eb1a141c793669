// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code 720x1280}, {@code 1280x720}, {@code 1024x1792} or {@code 1792x1024}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record VideoSize(@JsonValue String value) {
	/**
	 * The value {@code 720x1280}.
	 */
	public static final VideoSize V720X1280 = new VideoSize("720x1280");

	/**
	 * The value {@code 1280x720}.
	 */
	public static final VideoSize V1280X720 = new VideoSize("1280x720");

	/**
	 * The value {@code 1024x1792}.
	 */
	public static final VideoSize V1024X1792 = new VideoSize("1024x1792");

	/**
	 * The value {@code 1792x1024}.
	 */
	public static final VideoSize V1792X1024 = new VideoSize("1792x1024");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public VideoSize {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static VideoSize of(String value) {
		return switch (value) {
			case "720x1280" -> V720X1280;
			case "1280x720" -> V1280X720;
			case "1024x1792" -> V1024X1792;
			case "1792x1024" -> V1792X1024;
			default -> new VideoSize(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "720x1280", "1280x720", "1024x1792", "1792x1024" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code video}, {@code thumbnail} or {@code spritesheet}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record VideoContentVariant(@JsonValue String value) {
	/**
	 * The value {@code video}.
	 */
	public static final VideoContentVariant VIDEO = new VideoContentVariant("video");

	/**
	 * The value {@code thumbnail}.
	 */
	public static final VideoContentVariant THUMBNAIL = new VideoContentVariant("thumbnail");

	/**
	 * The value {@code spritesheet}.
	 */
	public static final VideoContentVariant SPRITESHEET = new VideoContentVariant("spritesheet");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public VideoContentVariant {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static VideoContentVariant of(String value) {
		return switch (value) {
			case "video" -> VIDEO;
			case "thumbnail" -> THUMBNAIL;
			case "spritesheet" -> SPRITESHEET;
			default -> new VideoContentVariant(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "video", "thumbnail", "spritesheet" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code queued}, {@code in_progress}, {@code completed} or {@code failed}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record VideoStatus(@JsonValue String value) {
	/**
	 * The value {@code queued}.
	 */
	public static final VideoStatus QUEUED = new VideoStatus("queued");

	/**
	 * The value {@code in_progress}.
	 */
	public static final VideoStatus IN_PROGRESS = new VideoStatus("in_progress");

	/**
	 * The value {@code completed}.
	 */
	public static final VideoStatus COMPLETED = new VideoStatus("completed");

	/**
	 * The value {@code failed}.
	 */
	public static final VideoStatus FAILED = new VideoStatus("failed");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public VideoStatus {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static VideoStatus of(String value) {
		return switch (value) {
			case "queued" -> QUEUED;
			case "in_progress" -> IN_PROGRESS;
			case "completed" -> COMPLETED;
			case "failed" -> FAILED;
			default -> new VideoStatus(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "queued", "in_progress", "completed", "failed" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

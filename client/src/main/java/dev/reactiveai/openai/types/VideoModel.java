// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code sora-2}, {@code sora-2-pro}, {@code sora-2-2025-10-06},
 * {@code sora-2-pro-2025-10-06} or {@code sora-2-2025-12-08}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record VideoModel(@JsonValue String value) {
	/**
	 * The value {@code sora-2}.
	 */
	public static final VideoModel SORA_2 = new VideoModel("sora-2");

	/**
	 * The value {@code sora-2-pro}.
	 */
	public static final VideoModel SORA_2_PRO = new VideoModel("sora-2-pro");

	/**
	 * The value {@code sora-2-2025-10-06}.
	 */
	public static final VideoModel SORA_2_2025_10_06 = new VideoModel("sora-2-2025-10-06");

	/**
	 * The value {@code sora-2-pro-2025-10-06}.
	 */
	public static final VideoModel SORA_2_PRO_2025_10_06 = new VideoModel("sora-2-pro-2025-10-06");

	/**
	 * The value {@code sora-2-2025-12-08}.
	 */
	public static final VideoModel SORA_2_2025_12_08 = new VideoModel("sora-2-2025-12-08");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public VideoModel {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static VideoModel of(String value) {
		return switch (value) {
			case "sora-2" -> SORA_2;
			case "sora-2-pro" -> SORA_2_PRO;
			case "sora-2-2025-10-06" -> SORA_2_2025_10_06;
			case "sora-2-pro-2025-10-06" -> SORA_2_PRO_2025_10_06;
			case "sora-2-2025-12-08" -> SORA_2_2025_12_08;
			default -> new VideoModel(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

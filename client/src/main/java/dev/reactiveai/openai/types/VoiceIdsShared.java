// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code alloy}, {@code ash}, {@code ballad}, {@code coral}, {@code echo},
 * {@code sage}, {@code shimmer} or 3 more.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record VoiceIdsShared(@JsonValue String value) {
	/**
	 * The value {@code alloy}.
	 */
	public static final VoiceIdsShared ALLOY = new VoiceIdsShared("alloy");

	/**
	 * The value {@code ash}.
	 */
	public static final VoiceIdsShared ASH = new VoiceIdsShared("ash");

	/**
	 * The value {@code ballad}.
	 */
	public static final VoiceIdsShared BALLAD = new VoiceIdsShared("ballad");

	/**
	 * The value {@code coral}.
	 */
	public static final VoiceIdsShared CORAL = new VoiceIdsShared("coral");

	/**
	 * The value {@code echo}.
	 */
	public static final VoiceIdsShared ECHO = new VoiceIdsShared("echo");

	/**
	 * The value {@code sage}.
	 */
	public static final VoiceIdsShared SAGE = new VoiceIdsShared("sage");

	/**
	 * The value {@code shimmer}.
	 */
	public static final VoiceIdsShared SHIMMER = new VoiceIdsShared("shimmer");

	/**
	 * The value {@code verse}.
	 */
	public static final VoiceIdsShared VERSE = new VoiceIdsShared("verse");

	/**
	 * The value {@code marin}.
	 */
	public static final VoiceIdsShared MARIN = new VoiceIdsShared("marin");

	/**
	 * The value {@code cedar}.
	 */
	public static final VoiceIdsShared CEDAR = new VoiceIdsShared("cedar");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public VoiceIdsShared {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static VoiceIdsShared of(String value) {
		return switch (value) {
			case "alloy" -> ALLOY;
			case "ash" -> ASH;
			case "ballad" -> BALLAD;
			case "coral" -> CORAL;
			case "echo" -> ECHO;
			case "sage" -> SAGE;
			case "shimmer" -> SHIMMER;
			case "verse" -> VERSE;
			case "marin" -> MARIN;
			case "cedar" -> CEDAR;
			default -> new VoiceIdsShared(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record VoiceIdsShared(@JsonValue String value) {
	public static final VoiceIdsShared ALLOY = new VoiceIdsShared("alloy");

	public static final VoiceIdsShared ASH = new VoiceIdsShared("ash");

	public static final VoiceIdsShared BALLAD = new VoiceIdsShared("ballad");

	public static final VoiceIdsShared CORAL = new VoiceIdsShared("coral");

	public static final VoiceIdsShared ECHO = new VoiceIdsShared("echo");

	public static final VoiceIdsShared SAGE = new VoiceIdsShared("sage");

	public static final VoiceIdsShared SHIMMER = new VoiceIdsShared("shimmer");

	public static final VoiceIdsShared VERSE = new VoiceIdsShared("verse");

	public static final VoiceIdsShared MARIN = new VoiceIdsShared("marin");

	public static final VoiceIdsShared CEDAR = new VoiceIdsShared("cedar");

	public VoiceIdsShared {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
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

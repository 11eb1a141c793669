// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The format of the output, in one of these options: {@code json}, {@code text},
 * {@code srt}, {@code verbose_json}, {@code vtt}, or {@code diarized_json}. For
 * {@code gpt-4o-transcribe} and {@code gpt-4o-mini-transcribe}, the only supported format
 * is {@code json}. For {@code gpt-4o-transcribe-diarize}, the supported formats are
 * {@code json}, {@code text}, and {@code diarized_json}, with {@code diarized_json}
 * required to receive speaker annotations.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record AudioResponseFormat(@JsonValue String value) {
	/**
	 * The value {@code json}.
	 */
	public static final AudioResponseFormat JSON = new AudioResponseFormat("json");

	/**
	 * The value {@code text}.
	 */
	public static final AudioResponseFormat TEXT = new AudioResponseFormat("text");

	/**
	 * The value {@code srt}.
	 */
	public static final AudioResponseFormat SRT = new AudioResponseFormat("srt");

	/**
	 * The value {@code verbose_json}.
	 */
	public static final AudioResponseFormat VERBOSE_JSON = new AudioResponseFormat("verbose_json");

	/**
	 * The value {@code vtt}.
	 */
	public static final AudioResponseFormat VTT = new AudioResponseFormat("vtt");

	/**
	 * The value {@code diarized_json}.
	 */
	public static final AudioResponseFormat DIARIZED_JSON = new AudioResponseFormat("diarized_json");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public AudioResponseFormat {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static AudioResponseFormat of(String value) {
		return switch (value) {
			case "json" -> JSON;
			case "text" -> TEXT;
			case "srt" -> SRT;
			case "verbose_json" -> VERBOSE_JSON;
			case "vtt" -> VTT;
			case "diarized_json" -> DIARIZED_JSON;
			default -> new AudioResponseFormat(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "json", "text", "srt", "verbose_json", "vtt", "diarized_json" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

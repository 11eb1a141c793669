// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The format of the output, in one of these options: `json`, `text`, `srt`,
 * `verbose_json`, `vtt`, or `diarized_json`. For `gpt-4o-transcribe` and
 * `gpt-4o-mini-transcribe`, the only supported format is `json`. For
 * `gpt-4o-transcribe-diarize`, the supported formats are `json`, `text`, and
 * `diarized_json`, with `diarized_json` required to receive speaker annotations.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record AudioResponseFormat(@JsonValue String value) {
	public static final AudioResponseFormat JSON = new AudioResponseFormat("json");

	public static final AudioResponseFormat TEXT = new AudioResponseFormat("text");

	public static final AudioResponseFormat SRT = new AudioResponseFormat("srt");

	public static final AudioResponseFormat VERBOSE_JSON = new AudioResponseFormat("verbose_json");

	public static final AudioResponseFormat VTT = new AudioResponseFormat("vtt");

	public static final AudioResponseFormat DIARIZED_JSON = new AudioResponseFormat("diarized_json");

	public AudioResponseFormat {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
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

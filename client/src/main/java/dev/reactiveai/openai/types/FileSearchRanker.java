// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The ranker to use for the file search. If not specified will use the {@code auto}
 * ranker.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record FileSearchRanker(@JsonValue String value) {
	/**
	 * The value {@code auto}.
	 */
	public static final FileSearchRanker AUTO = new FileSearchRanker("auto");

	/**
	 * The value {@code default_2024_08_21}.
	 */
	public static final FileSearchRanker DEFAULT_2024_08_21 = new FileSearchRanker("default_2024_08_21");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public FileSearchRanker {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static FileSearchRanker of(String value) {
		return switch (value) {
			case "auto" -> AUTO;
			case "default_2024_08_21" -> DEFAULT_2024_08_21;
			default -> new FileSearchRanker(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "auto", "default_2024_08_21" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

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
public record ReasoningEffort(@JsonValue String value) {
	public static final ReasoningEffort NONE = new ReasoningEffort("none");

	public static final ReasoningEffort MINIMAL = new ReasoningEffort("minimal");

	public static final ReasoningEffort LOW = new ReasoningEffort("low");

	public static final ReasoningEffort MEDIUM = new ReasoningEffort("medium");

	public static final ReasoningEffort HIGH = new ReasoningEffort("high");

	public static final ReasoningEffort XHIGH = new ReasoningEffort("xhigh");

	public ReasoningEffort {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 */
	@JsonCreator
	public static ReasoningEffort of(String value) {
		return switch (value) {
			case "none" -> NONE;
			case "minimal" -> MINIMAL;
			case "low" -> LOW;
			case "medium" -> MEDIUM;
			case "high" -> HIGH;
			case "xhigh" -> XHIGH;
			default -> new ReasoningEffort(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "none", "minimal", "low", "medium", "high", "xhigh" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

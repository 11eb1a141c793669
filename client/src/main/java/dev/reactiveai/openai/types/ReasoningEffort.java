// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Constrains effort on reasoning for
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
 * Currently supported values are {@code none}, {@code minimal}, {@code low},
 * {@code medium}, {@code high}, and {@code xhigh}. Reducing reasoning effort can result
 * in faster responses and fewer tokens used on reasoning in a response.
 * <ul>
 * <li>{@code gpt-5.1} defaults to {@code none}, which does not perform reasoning. The
 * supported reasoning values for {@code gpt-5.1} are {@code none}, {@code low},
 * {@code medium}, and {@code high}. Tool calls are supported for all reasoning values in
 * gpt-5.1.</li>
 * <li>All models before {@code gpt-5.1} default to {@code medium} reasoning effort, and
 * do not support {@code none}.</li>
 * <li>The {@code gpt-5-pro} model defaults to (and only supports) {@code high} reasoning
 * effort.</li>
 * <li>{@code xhigh} is supported for all models after {@code gpt-5.1-codex-max}.</li>
 * </ul>
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ReasoningEffort(@JsonValue String value) {
	/**
	 * The value {@code none}.
	 */
	public static final ReasoningEffort NONE = new ReasoningEffort("none");

	/**
	 * The value {@code minimal}.
	 */
	public static final ReasoningEffort MINIMAL = new ReasoningEffort("minimal");

	/**
	 * The value {@code low}.
	 */
	public static final ReasoningEffort LOW = new ReasoningEffort("low");

	/**
	 * The value {@code medium}.
	 */
	public static final ReasoningEffort MEDIUM = new ReasoningEffort("medium");

	/**
	 * The value {@code high}.
	 */
	public static final ReasoningEffort HIGH = new ReasoningEffort("high");

	/**
	 * The value {@code xhigh}.
	 */
	public static final ReasoningEffort XHIGH = new ReasoningEffort("xhigh");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ReasoningEffort {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
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
	 * @return whether the value is one of the constants
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

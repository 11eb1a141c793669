// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Controls which (if any) tool is called by the model.
 *
 * `none` means the model will not call any tool and instead generates a message.
 *
 * `auto` means the model can pick between generating a message or calling one or more
 * tools.
 *
 * `required` means the model must call one or more tools.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ToolChoiceOptions(@JsonValue String value) {
	public static final ToolChoiceOptions NONE = new ToolChoiceOptions("none");

	public static final ToolChoiceOptions AUTO = new ToolChoiceOptions("auto");

	public static final ToolChoiceOptions REQUIRED = new ToolChoiceOptions("required");

	public ToolChoiceOptions {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 */
	@JsonCreator
	public static ToolChoiceOptions of(String value) {
		return switch (value) {
			case "none" -> NONE;
			case "auto" -> AUTO;
			case "required" -> REQUIRED;
			default -> new ToolChoiceOptions(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "none", "auto", "required" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

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
public record ComputerEnvironment(@JsonValue String value) {
	public static final ComputerEnvironment WINDOWS = new ComputerEnvironment("windows");

	public static final ComputerEnvironment MAC = new ComputerEnvironment("mac");

	public static final ComputerEnvironment LINUX = new ComputerEnvironment("linux");

	public static final ComputerEnvironment UBUNTU = new ComputerEnvironment("ubuntu");

	public static final ComputerEnvironment BROWSER = new ComputerEnvironment("browser");

	public ComputerEnvironment {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 */
	@JsonCreator
	public static ComputerEnvironment of(String value) {
		return switch (value) {
			case "windows" -> WINDOWS;
			case "mac" -> MAC;
			case "linux" -> LINUX;
			case "ubuntu" -> UBUNTU;
			case "browser" -> BROWSER;
			default -> new ComputerEnvironment(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "windows", "mac", "linux", "ubuntu", "browser" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

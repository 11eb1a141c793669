// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code windows}, {@code mac}, {@code linux}, {@code ubuntu} or {@code browser}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ComputerEnvironment(@JsonValue String value) {
	/**
	 * The value {@code windows}.
	 */
	public static final ComputerEnvironment WINDOWS = new ComputerEnvironment("windows");

	/**
	 * The value {@code mac}.
	 */
	public static final ComputerEnvironment MAC = new ComputerEnvironment("mac");

	/**
	 * The value {@code linux}.
	 */
	public static final ComputerEnvironment LINUX = new ComputerEnvironment("linux");

	/**
	 * The value {@code ubuntu}.
	 */
	public static final ComputerEnvironment UBUNTU = new ComputerEnvironment("ubuntu");

	/**
	 * The value {@code browser}.
	 */
	public static final ComputerEnvironment BROWSER = new ComputerEnvironment("browser");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ComputerEnvironment {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
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
	 * @return whether the value is one of the constants
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

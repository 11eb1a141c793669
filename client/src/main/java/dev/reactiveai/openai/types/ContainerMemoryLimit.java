// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One of {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ContainerMemoryLimit(@JsonValue String value) {
	/**
	 * The value {@code 1g}.
	 */
	public static final ContainerMemoryLimit V1G = new ContainerMemoryLimit("1g");

	/**
	 * The value {@code 4g}.
	 */
	public static final ContainerMemoryLimit V4G = new ContainerMemoryLimit("4g");

	/**
	 * The value {@code 16g}.
	 */
	public static final ContainerMemoryLimit V16G = new ContainerMemoryLimit("16g");

	/**
	 * The value {@code 64g}.
	 */
	public static final ContainerMemoryLimit V64G = new ContainerMemoryLimit("64g");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ContainerMemoryLimit {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
	 */
	@JsonCreator
	public static ContainerMemoryLimit of(String value) {
		return switch (value) {
			case "1g" -> V1G;
			case "4g" -> V4G;
			case "16g" -> V16G;
			case "64g" -> V64G;
			default -> new ContainerMemoryLimit(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 * @return whether the value is one of the constants
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "1g", "4g", "16g", "64g" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

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
public record ServiceTier(@JsonValue String value) {
	public static final ServiceTier AUTO = new ServiceTier("auto");

	public static final ServiceTier DEFAULT = new ServiceTier("default");

	public static final ServiceTier FLEX = new ServiceTier("flex");

	public static final ServiceTier SCALE = new ServiceTier("scale");

	public static final ServiceTier PRIORITY = new ServiceTier("priority");

	public ServiceTier {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 */
	@JsonCreator
	public static ServiceTier of(String value) {
		return switch (value) {
			case "auto" -> AUTO;
			case "default" -> DEFAULT;
			case "flex" -> FLEX;
			case "scale" -> SCALE;
			case "priority" -> PRIORITY;
			default -> new ServiceTier(value);
		};
	}

	/**
	 * Whether this version of the client knows the value.
	 */
	public boolean isKnown() {
		return switch (this.value) {
			case "auto", "default", "flex", "scale", "priority" -> true;
			default -> false;
		};
	}

	@Override
	public String toString() {
		return this.value;
	}
}

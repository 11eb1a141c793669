// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Specifies the processing type used for serving the request.
 * <ul>
 * <li>If set to 'auto', then the request will be processed with the service tier
 * configured in the Project settings. Unless otherwise configured, the Project will use
 * 'default'.</li>
 * <li>If set to 'default', then the request will be processed with the standard pricing
 * and performance for the selected model.</li>
 * <li>If set to
 * '<a href="https://platform.openai.com/docs/guides/flex-processing">flex</a>' or
 * '<a href="https://openai.com/api-priority-processing/">priority</a>', then the request
 * will be processed with the corresponding service tier.</li>
 * <li>When not set, the default behavior is 'auto'.</li>
 * </ul>
 * <p>
 * When the {@code service_tier} parameter is set, the response body will include the
 * {@code service_tier} value based on the processing mode actually used to serve the
 * request. This response value may be different from the value set in the parameter.
 * <p>
 * An open set: values this version does not know are kept as they are.
 *
 * @param value the value as the API spells it
 */
public record ServiceTier(@JsonValue String value) {
	/**
	 * The value {@code auto}.
	 */
	public static final ServiceTier AUTO = new ServiceTier("auto");

	/**
	 * The value {@code default}.
	 */
	public static final ServiceTier DEFAULT = new ServiceTier("default");

	/**
	 * The value {@code flex}.
	 */
	public static final ServiceTier FLEX = new ServiceTier("flex");

	/**
	 * The value {@code scale}.
	 */
	public static final ServiceTier SCALE = new ServiceTier("scale");

	/**
	 * The value {@code priority}.
	 */
	public static final ServiceTier PRIORITY = new ServiceTier("priority");

	/**
	 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a known
	 * one.
	 * @param value the value as the API spells it
	 */
	public ServiceTier {
		Objects.requireNonNull(value, "'value' must not be null");
	}

	/**
	 * The value for the given text: a constant when it is known.
	 * @param value the value as the API spells it
	 * @return the value
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
	 * @return whether the value is one of the constants
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

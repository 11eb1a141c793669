package dev.reactiveai.openai.core;

import org.jspecify.annotations.Nullable;

/**
 * A value that {@link OpenAiClientOptions} does not accept, with the setting it was given
 * for and why it is refused, so that a configuration layer on top can name its own
 * property. The value is shown only when it is no secret, with line breaks replaced.
 */
public class InvalidOptionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final ClientSetting setting;

	private final @Nullable String shownValue;

	private final String reason;

	/**
	 * Create an exception.
	 * @param setting the setting the value was given for
	 * @param shownValue the value as it may be shown, or null when it must not be
	 * @param reason why it is refused, such as {@code it must be positive}
	 */
	public InvalidOptionException(ClientSetting setting, @Nullable String shownValue, String reason) {
		super("Invalid " + setting.optionName() + ((shownValue != null) ? " '" + shownValue + "'" : "") + ": "
				+ reason);
		this.setting = setting;
		this.shownValue = shownValue;
		this.reason = reason;
	}

	/**
	 * The setting the value was given for.
	 * @return the setting
	 */
	public ClientSetting setting() {
		return this.setting;
	}

	/**
	 * The refused value as it may be shown: null for a secret, line breaks replaced.
	 * @return the value, or null
	 */
	public @Nullable String shownValue() {
		return this.shownValue;
	}

	/**
	 * Why the value is refused, such as {@code it must be positive}.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

}

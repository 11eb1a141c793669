package dev.reactiveai.openai.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * An {@code openai.*} property whose value the client cannot use, with what to do about
 * it; {@link OpenAiPropertyFailureAnalyzer} reports both when start-up fails.
 */
public class InvalidOpenAiPropertyException extends InvalidConfigurationPropertyValueException {

	private static final long serialVersionUID = 1L;

	private final String action;

	public InvalidOpenAiPropertyException(String name, @Nullable Object value, String reason, String action) {
		super(name, value, reason);
		this.action = action;
	}

	/** What to change so that the property is usable. */
	public String getAction() {
		return this.action;
	}

}

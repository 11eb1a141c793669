package dev.reactiveai.openai.error;

import org.jspecify.annotations.Nullable;

/**
 * The API could not be reached, or the connection broke before the response was complete.
 */
public class OpenAiConnectionException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	public OpenAiConnectionException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}

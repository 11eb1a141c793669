package dev.reactiveai.openai.error;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception that the OpenAI client signals.
 */
public class OpenAiException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public OpenAiException(String message) {
		super(message);
	}

	public OpenAiException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}

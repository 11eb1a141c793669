package dev.reactiveai.openai.helpers;

import dev.reactiveai.openai.error.OpenAiException;
import org.jspecify.annotations.Nullable;

/**
 * An answer that should have been JSON of a Java type and cannot be read as one: it is
 * not JSON, not of the type's shape, cut short at the token limit, or there is no text to
 * read. The message names the type and quotes the text (escaped, and cut at 2,000
 * characters).
 */
public class StructuredOutputException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what could not be read and why
	 * @param cause the mapper's exception, if any
	 */
	public StructuredOutputException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}

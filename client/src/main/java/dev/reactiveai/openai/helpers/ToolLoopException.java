package dev.reactiveai.openai.helpers;

import org.jspecify.annotations.Nullable;

/**
 * A tool loop could not finish: the model kept asking for tools beyond the round bound,
 * or (when the loop raises tool errors) a tool failed or an unknown tool was called.
 */
public class ToolLoopException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message what went wrong and what to do
	 */
	public ToolLoopException(String message) {
		super(message);
	}

	/**
	 * Create an exception.
	 * @param message what went wrong and what to do
	 * @param cause the tool's failure
	 */
	public ToolLoopException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}

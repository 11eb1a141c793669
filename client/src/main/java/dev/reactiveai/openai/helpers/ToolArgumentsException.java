package dev.reactiveai.openai.helpers;

import dev.reactiveai.openai.error.OpenAiException;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of a tool call that cannot be read as the tool's argument type: the
 * message names the tool and the type, says why, and quotes the arguments (escaped, and
 * cut at 2,000 characters). A tool loop can send the message back to the model as the
 * call's output, so that it tries again.
 */
public class ToolArgumentsException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final String toolName;

	/**
	 * Creates the exception.
	 * @param toolName the tool's name
	 * @param message what could not be read and why
	 * @param cause the mapper's exception, if any
	 */
	public ToolArgumentsException(String toolName, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.toolName = toolName;
	}

	/**
	 * The name of the tool whose arguments could not be read.
	 * @return the name
	 */
	public String toolName() {
		return this.toolName;
	}

}

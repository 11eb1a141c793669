package dev.reactiveai.openai.error;

import org.jspecify.annotations.Nullable;

/**
 * The client could not get the bearer token it authenticates with from its
 * {@link dev.reactiveai.openai.core.TokenSource}, such as Microsoft Entra ID: the request
 * was not sent.
 */
public class OpenAiTokenException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the message
	 * @param cause the token source's failure
	 */
	public OpenAiTokenException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}

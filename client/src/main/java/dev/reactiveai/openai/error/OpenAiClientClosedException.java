package dev.reactiveai.openai.error;

/**
 * A call was made on a client after it was closed; the request was not sent.
 */
public class OpenAiClientClosedException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	public OpenAiClientClosedException(String message) {
		super(message);
	}

}

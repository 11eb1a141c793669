package dev.reactiveai.openai.error;

/**
 * The client is not configured for the call, for example because no API key is set.
 */
public class OpenAiConfigurationException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	public OpenAiConfigurationException(String message) {
		super(message);
	}

}

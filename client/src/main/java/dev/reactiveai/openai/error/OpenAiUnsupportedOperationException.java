package dev.reactiveai.openai.error;

/**
 * The server that the client is configured for does not serve the operation, as Azure
 * OpenAI serves only part of the API: the request was not sent.
 */
public class OpenAiUnsupportedOperationException extends OpenAiConfigurationException {

	private static final long serialVersionUID = 1L;

	private final String operationId;

	/**
	 * Create an exception.
	 * @param message the message, which names the operation and says what to do
	 * @param operationId the operation's id, such as {@code createModeration}
	 */
	public OpenAiUnsupportedOperationException(String message, String operationId) {
		super(message);
		this.operationId = operationId;
	}

	/**
	 * The id of the operation that was not sent.
	 * @return the operation id
	 */
	public String operationId() {
		return this.operationId;
	}

}

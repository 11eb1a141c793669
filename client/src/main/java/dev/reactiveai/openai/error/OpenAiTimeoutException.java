package dev.reactiveai.openai.error;

import java.time.Duration;

/**
 * The API did not answer, or a stream went silent, within the configured time.
 */
public class OpenAiTimeoutException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final Duration timeout;

	public OpenAiTimeoutException(String message, Duration timeout) {
		super(message);
		this.timeout = timeout;
	}

	/** The timeout that elapsed. */
	public Duration timeout() {
		return this.timeout;
	}

}

package dev.reactiveai.openai.error;

/**
 * A webhook request could not be verified as coming from OpenAI: a header is missing, its
 * timestamp is outside the tolerance, or no signature matches. The message names what was
 * wrong, never the secret nor the expected signature. Answer such a request with
 * {@code 400} and do not act on its body.
 */
public class WebhookVerificationException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	public WebhookVerificationException(String message) {
		super(message);
	}

}

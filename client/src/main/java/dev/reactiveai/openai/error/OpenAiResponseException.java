package dev.reactiveai.openai.error;

import org.jspecify.annotations.Nullable;

/**
 * A successful response could not be read: it was larger than the configured limit, or
 * not the JSON that the operation returns.
 */
public class OpenAiResponseException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final @Nullable String requestId;

	public OpenAiResponseException(String message, @Nullable String requestId, @Nullable Throwable cause) {
		super(message, cause);
		this.requestId = requestId;
	}

	/** The {@code x-request-id} of the response. */
	public @Nullable String requestId() {
		return this.requestId;
	}

}

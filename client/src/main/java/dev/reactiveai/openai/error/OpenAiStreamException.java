package dev.reactiveai.openai.error;

import org.jspecify.annotations.Nullable;

/**
 * A stream failed after it started: the server sent an error event, or the stream broke
 * off.
 */
public class OpenAiStreamException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final OpenAiError error;

	private final @Nullable String requestId;

	public OpenAiStreamException(String message, OpenAiError error, @Nullable String requestId,
			@Nullable Throwable cause) {
		super(message, cause);
		this.error = error;
		this.requestId = requestId;
	}

	/**
	 * The error the server's event described; its fields are null when the stream broke
	 * off.
	 */
	public OpenAiError error() {
		return this.error;
	}

	/** The {@code x-request-id} of the streaming response. */
	public @Nullable String requestId() {
		return this.requestId;
	}

	/** The OpenAI error type, such as {@code server_error}. */
	public @Nullable String type() {
		return this.error.type();
	}

	/** The OpenAI error code. */
	public @Nullable String code() {
		return this.error.code();
	}

}

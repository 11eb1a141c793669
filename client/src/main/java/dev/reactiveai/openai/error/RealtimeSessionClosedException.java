package dev.reactiveai.openai.error;

import org.jspecify.annotations.Nullable;

/**
 * A realtime session's WebSocket closed other than normally: the server closed it with a
 * code other than 1000, or the connection dropped without a close frame (code 1006). The
 * session is over; a realtime session is stateful, so the client does not reconnect.
 */
public class RealtimeSessionClosedException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final int code;

	private final @Nullable String reason;

	/**
	 * Create an exception.
	 * @param message the message
	 * @param code the WebSocket close code
	 * @param reason the close reason the server gave, redacted, or {@code null} for none
	 * @param cause the failure that closed the socket, if any
	 */
	public RealtimeSessionClosedException(String message, int code, @Nullable String reason,
			@Nullable Throwable cause) {
		super(message, cause);
		this.code = code;
		this.reason = reason;
	}

	/**
	 * The WebSocket close code, such as 1011 (server error) or 1006 (no close frame).
	 * @return the code
	 */
	public int code() {
		return this.code;
	}

	/**
	 * The close reason the server gave, with the client's keys redacted.
	 * @return the reason, or {@code null} for none
	 */
	public @Nullable String reason() {
		return this.reason;
	}

}

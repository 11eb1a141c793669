package dev.reactiveai.openai.error;

/**
 * A realtime session received a message larger than its limit; the client closed the
 * session with code 1009 (message too big) instead of holding the message in memory.
 */
public class RealtimeFrameTooLargeException extends RealtimeSessionClosedException {

	private static final long serialVersionUID = 1L;

	/** The close code of a message too big. */
	public static final int CODE = 1009;

	private final long limit;

	/**
	 * Create an exception.
	 * @param message the message
	 * @param limit the largest message the session accepted, in bytes
	 * @param cause the failure of the decoder
	 */
	public RealtimeFrameTooLargeException(String message, long limit, Throwable cause) {
		super(message, CODE, null, cause);
		this.limit = limit;
	}

	/**
	 * The largest message the session accepted.
	 * @return the limit in bytes
	 */
	public long limit() {
		return this.limit;
	}

}

package dev.reactiveai.openai.error;

/**
 * The subscribers of a realtime session's events fell so far behind that its bounded
 * buffer filled up: the server does not wait for a slow reader, and the client does not
 * hold an unbounded backlog. The session was closed.
 */
public class RealtimeOverflowException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final int bufferSize;

	/**
	 * Create an exception.
	 * @param message the message
	 * @param bufferSize how many events the buffer held
	 */
	public RealtimeOverflowException(String message, int bufferSize) {
		super(message);
		this.bufferSize = bufferSize;
	}

	/**
	 * How many events the buffer held when it overflowed.
	 * @return the buffer's size
	 */
	public int bufferSize() {
		return this.bufferSize;
	}

}

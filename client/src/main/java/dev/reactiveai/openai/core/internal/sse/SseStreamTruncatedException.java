package dev.reactiveai.openai.core.internal.sse;

/**
 * The event stream ended in the middle of an event: the connection was cut, and what
 * arrived is not a whole answer.
 */
public class SseStreamTruncatedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Create an exception for a stream that ended with {@code pendingBytes} unread. */
	public SseStreamTruncatedException(int pendingBytes) {
		super("The event stream ended in the middle of an event (" + pendingBytes
				+ " bytes pending); the connection was probably cut");
	}

}

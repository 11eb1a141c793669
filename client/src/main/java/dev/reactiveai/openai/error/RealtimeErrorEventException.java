package dev.reactiveai.openai.error;

import dev.reactiveai.openai.types.RealtimeServerEventError;
import org.jspecify.annotations.Nullable;

/**
 * The server answered a realtime request with an {@code error} event, such as a client
 * event it could not accept. The session's event stream carries such events as events
 * (the session goes on after them); the conversation helpers, which wait for one answer,
 * fail with this exception instead.
 */
public class RealtimeErrorEventException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final transient RealtimeServerEventError event;

	/**
	 * Create an exception.
	 * @param message the message
	 * @param event the error event, its text redacted
	 */
	public RealtimeErrorEventException(String message, RealtimeServerEventError event) {
		super(message);
		this.event = event;
	}

	/**
	 * The error event.
	 * @return the event
	 */
	public RealtimeServerEventError event() {
		return this.event;
	}

	/**
	 * The error's code, such as {@code invalid_value}.
	 * @return the code, or {@code null} for none
	 */
	public @Nullable String code() {
		return this.event.error().code();
	}

}

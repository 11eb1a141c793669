package dev.reactiveai.openai.realtime.websocket;

import org.jspecify.annotations.Nullable;

/**
 * How a realtime session's WebSocket closed.
 *
 * @param code the close code: 1000 for a normal close, 1006 when the connection dropped
 * without a close frame, else the code of the side that closed
 * @param reason the reason given with the code, the client's keys redacted, or
 * {@code null} for none
 * @param byClient whether this client closed the session, with
 * {@link RealtimeSession#close()} or by cancelling
 */
public record RealtimeCloseStatus(int code, @Nullable String reason, boolean byClient) {

	/** The close code of a normal close. */
	public static final int NORMAL = 1000;

	/** The close code of a connection that dropped without a close frame. */
	public static final int ABNORMAL = 1006;

	/**
	 * Whether the session ended as it should: closed by this client, or by the server
	 * with code 1000.
	 * @return whether it did
	 */
	public boolean isNormal() {
		return this.byClient || this.code == NORMAL;
	}

}

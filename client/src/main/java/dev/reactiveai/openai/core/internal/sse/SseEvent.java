package dev.reactiveai.openai.core.internal.sse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One server-sent event, its data kept as the bytes that arrived so that it can be parsed
 * as JSON without an intermediate string.
 *
 * @param event the event name from {@code event:} lines, or null
 * @param data the data lines, joined with {@code \n}, as UTF-8 bytes
 * @param id the last {@code id:} seen, or null
 */
public record SseEvent(@Nullable String event, byte[] data, @Nullable String id) {

	private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

	private static final int MAX_TEXT_LENGTH = 200;

	/** Create an event; the data array is held as given, not copied. */
	public SseEvent {
		Assert.notNull(data, "'data' must not be null");
	}

	/** The data as text. */
	public String dataAsString() {
		return new String(this.data, StandardCharsets.UTF_8);
	}

	/** Whether this is OpenAI's end-of-stream marker, {@code data: [DONE]}. */
	public boolean isDone() {
		return Arrays.equals(this.data, DONE);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SseEvent that && Objects.equals(this.event, that.event)
				&& Arrays.equals(this.data, that.data) && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.event, Arrays.hashCode(this.data), this.id);
	}

	@Override
	public String toString() {
		// Decode no more than the shown characters can take: four bytes each at most
		int length = Math.min(this.data.length, MAX_TEXT_LENGTH * 4);
		String text = new String(this.data, 0, length, StandardCharsets.UTF_8);
		if (text.length() > MAX_TEXT_LENGTH || length < this.data.length) {
			int end = Math.min(text.length(), MAX_TEXT_LENGTH);
			if (Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			text = text.substring(0, end) + "...";
		}
		return "SseEvent[event=" + this.event + ", id=" + this.id + ", data=" + text + "]";
	}

}

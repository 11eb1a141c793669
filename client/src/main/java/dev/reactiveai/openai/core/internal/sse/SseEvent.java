package dev.reactiveai.openai.core.internal.sse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One server-sent event, its data kept as the bytes that arrived so that it can be parsed
 * as JSON without an intermediate string.
 * <p>
 * The data are {@code length} bytes of {@code bytes} from {@code offset}: the events that
 * {@link SseDecoder} decodes from one buffer share one array, their data laid out one
 * after another, each followed by a line feed, so that they can be read with one parser
 * without another copy.
 *
 * @param event the event name from {@code event:} lines, or null
 * @param bytes the array that holds the data
 * @param offset where the data start in {@code bytes}
 * @param length how many bytes the data are
 * @param id the last {@code id:} seen, or null
 */
public record SseEvent(@Nullable String event, byte[] bytes, int offset, int length, @Nullable String id) {

	private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

	private static final int MAX_TEXT_LENGTH = 200;

	/** Create an event; the array is held as given, not copied. */
	public SseEvent {
		Assert.notNull(bytes, "'bytes' must not be null");
		Objects.checkFromIndexSize(offset, length, bytes.length);
	}

	/**
	 * Create an event whose data are a whole array, held as given.
	 * @param event the event name, or null
	 * @param data the data lines, joined with {@code \n}, as UTF-8 bytes
	 * @param id the last id, or null
	 */
	public SseEvent(@Nullable String event, byte[] data, @Nullable String id) {
		this(event, data, 0, data.length, id);
	}

	/**
	 * The data lines, joined with {@code \n}, as UTF-8 bytes: a copy unless they are the
	 * whole array.
	 */
	public byte[] data() {
		return (this.offset == 0 && this.length == this.bytes.length) ? this.bytes
				: Arrays.copyOfRange(this.bytes, this.offset, this.offset + this.length);
	}

	/** The data as text. */
	public String dataAsString() {
		return new String(this.bytes, this.offset, this.length, StandardCharsets.UTF_8);
	}

	/** Whether this is OpenAI's end-of-stream marker, {@code data: [DONE]}. */
	public boolean isDone() {
		return Arrays.equals(this.bytes, this.offset, this.offset + this.length, DONE, 0, DONE.length);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SseEvent that
				&& Objects.equals(this.event, that.event) && Arrays.equals(this.bytes, this.offset,
						this.offset + this.length, that.bytes, that.offset, that.offset + that.length)
				&& Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		int data = 1;
		for (int i = this.offset; i < this.offset + this.length; i++) {
			data = 31 * data + this.bytes[i];
		}
		return Objects.hash(this.event, data, this.id);
	}

	@Override
	public String toString() {
		// Decode no more than the shown characters can take: four bytes each at most
		int length = Math.min(this.length, MAX_TEXT_LENGTH * 4);
		String text = new String(this.bytes, this.offset, length, StandardCharsets.UTF_8);
		if (text.length() > MAX_TEXT_LENGTH || length < this.length) {
			int end = Math.min(text.length(), MAX_TEXT_LENGTH);
			if (Character.isHighSurrogate(text.charAt(end - 1))) {
				end--;
			}
			text = text.substring(0, end) + "...";
		}
		return "SseEvent[event=" + this.event + ", id=" + this.id + ", data=" + text + "]";
	}

}

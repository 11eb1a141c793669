package dev.reactiveai.openai.core.sse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Decodes a body of server-sent events, as the
 * <a href="https://html.spec.whatwg.org/multipage/server-sent-events.html">HTML
 * standard</a> defines them, straight from {@link DataBuffer}s: lines end with LF, CRLF
 * or CR wherever the buffers split, data stays in bytes, and memory is bounded by a limit
 * per event.
 * <p>
 * Unlike the standard, a body that ends in the middle of an event is an error
 * ({@link SseStreamTruncatedException}): for an API answer, a cut connection must never
 * pass for a complete one.
 */
public final class SseDecoder {

	private final int maxEventSize;

	/**
	 * Create a decoder.
	 * @param maxEventSize the most bytes one event (or one line) may hold
	 */
	public SseDecoder(int maxEventSize) {
		this.maxEventSize = maxEventSize;
	}

	/**
	 * Decode a body. Every buffer is released once read, also on error and cancellation.
	 * @param body the body
	 * @return the events
	 */
	public Flux<SseEvent> decode(Flux<DataBuffer> body) {
		return Flux.defer(() -> {
			Parser parser = new Parser(this.maxEventSize);
			return body.concatMapIterable((buffer) -> {
				try {
					return parser.parse(buffer);
				}
				finally {
					DataBufferUtils.release(buffer);
				}
			}).concatWith(Mono.defer(parser::finish)).doOnDiscard(DataBuffer.class, DataBufferUtils::release);
		});
	}

	/**
	 * The state of one stream: the line being read and the event being assembled.
	 */
	private static final class Parser {

		private static final byte LF = '\n';

		private static final byte CR = '\r';

		private final int maxEventSize;

		private byte[] line = new byte[256];

		private int lineLength;

		private byte[] data = new byte[1024];

		private int dataLength;

		private boolean hasData;

		private @Nullable String eventName;

		private @Nullable String lastId;

		private boolean afterCarriageReturn;

		private boolean atStart = true;

		Parser(int maxEventSize) {
			this.maxEventSize = maxEventSize;
		}

		List<SseEvent> parse(DataBuffer buffer) {
			List<SseEvent> events = null;
			try (DataBuffer.ByteBufferIterator iterator = buffer.readableByteBuffers()) {
				while (iterator.hasNext()) {
					events = parse(iterator.next(), events);
				}
			}
			return (events != null) ? events : List.of();
		}

		private @Nullable List<SseEvent> parse(ByteBuffer bytes, @Nullable List<SseEvent> events) {
			int position = bytes.position();
			int limit = bytes.limit();
			while (position < limit) {
				if (this.afterCarriageReturn) {
					this.afterCarriageReturn = false;
					if (bytes.get(position) == LF) {
						position++;
						continue;
					}
				}
				int end = position;
				while (end < limit) {
					byte b = bytes.get(end);
					if (b == LF || b == CR) {
						break;
					}
					end++;
				}
				appendToLine(bytes, position, end - position);
				if (end == limit) {
					break;
				}
				this.afterCarriageReturn = bytes.get(end) == CR;
				position = end + 1;
				SseEvent event = endLine();
				if (event != null) {
					if (events == null) {
						events = new ArrayList<>(4);
					}
					events.add(event);
				}
			}
			return events;
		}

		private void appendToLine(ByteBuffer bytes, int offset, int length) {
			if (length == 0) {
				return;
			}
			int required = this.lineLength + length;
			checkLimit(required + this.dataLength);
			if (required > this.line.length) {
				this.line = Arrays.copyOf(this.line, Math.max(required, this.line.length * 2));
			}
			bytes.get(offset, this.line, this.lineLength, length);
			this.lineLength = required;
		}

		private @Nullable SseEvent endLine() {
			int length = this.lineLength;
			this.lineLength = 0;
			int start = 0;
			if (this.atStart) {
				this.atStart = false;
				if (length >= 3 && (this.line[0] & 0xFF) == 0xEF && (this.line[1] & 0xFF) == 0xBB
						&& (this.line[2] & 0xFF) == 0xBF) {
					start = 3;
				}
			}
			if (length == start) {
				return dispatch();
			}
			if (this.line[start] == ':') {
				return null;
			}
			int colon = indexOf(this.line, start, length, (byte) ':');
			int nameEnd = (colon >= 0) ? colon : length;
			int valueStart = (colon >= 0) ? colon + 1 : length;
			if (valueStart < length && this.line[valueStart] == ' ') {
				valueStart++;
			}
			int nameLength = nameEnd - start;
			if (is(this.line, start, nameLength, "data")) {
				appendData(valueStart, length - valueStart);
			}
			else if (is(this.line, start, nameLength, "event")) {
				this.eventName = new String(this.line, valueStart, length - valueStart, StandardCharsets.UTF_8);
			}
			else if (is(this.line, start, nameLength, "id") && indexOf(this.line, valueStart, length, (byte) 0) < 0) {
				this.lastId = new String(this.line, valueStart, length - valueStart, StandardCharsets.UTF_8);
			}
			return null;
		}

		private void appendData(int offset, int length) {
			int separator = this.hasData ? 1 : 0;
			int required = this.dataLength + separator + length;
			checkLimit(required);
			if (required > this.data.length) {
				this.data = Arrays.copyOf(this.data, Math.max(required, this.data.length * 2));
			}
			if (this.hasData) {
				this.data[this.dataLength] = LF;
			}
			System.arraycopy(this.line, offset, this.data, this.dataLength + separator, length);
			this.dataLength = required;
			this.hasData = true;
		}

		private @Nullable SseEvent dispatch() {
			if (!this.hasData) {
				this.eventName = null;
				return null;
			}
			SseEvent event = new SseEvent(this.eventName, Arrays.copyOf(this.data, this.dataLength), this.lastId);
			this.dataLength = 0;
			this.hasData = false;
			this.eventName = null;
			return event;
		}

		private void checkLimit(int size) {
			if (size > this.maxEventSize) {
				throw new DataBufferLimitException("A server-sent event exceeds the limit of " + this.maxEventSize
						+ " bytes; raise openai.max-in-memory-size to accept larger events");
			}
		}

		Mono<SseEvent> finish() {
			boolean partialLine = this.lineLength > 0 && this.line[0] != ':';
			if (partialLine || this.hasData) {
				return Mono.error(new SseStreamTruncatedException(this.lineLength + this.dataLength));
			}
			return Mono.empty();
		}

		private static int indexOf(byte[] bytes, int from, int to, byte value) {
			for (int i = from; i < to; i++) {
				if (bytes[i] == value) {
					return i;
				}
			}
			return -1;
		}

		private static boolean is(byte[] bytes, int offset, int length, String name) {
			if (length != name.length()) {
				return false;
			}
			for (int i = 0; i < length; i++) {
				if (bytes[offset + i] != name.charAt(i)) {
					return false;
				}
			}
			return true;
		}

	}

}

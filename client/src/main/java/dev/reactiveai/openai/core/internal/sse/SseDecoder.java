package dev.reactiveai.openai.core.internal.sse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.reactiveai.openai.core.internal.MemoryBudget;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.Assert;

/**
 * Decodes a body of server-sent events, as the
 * <a href="https://html.spec.whatwg.org/multipage/server-sent-events.html">HTML
 * standard</a> defines them, straight from {@link DataBuffer}s: lines end with LF, CRLF
 * or CR wherever the buffers split, data stays in bytes, and memory is bounded by a limit
 * per event.
 * <p>
 * Unlike the standard, a body that ends in the middle of an event is an error
 * ({@link SseStreamTruncatedException}): for an API answer, a cut connection must never
 * pass for a complete one. An empty {@code event:} or {@code id:} value reads as no value
 * ({@code null}).
 */
public final class SseDecoder {

	private final int maxEventSize;

	private final MemoryBudget budget;

	/**
	 * Create a decoder.
	 * @param maxEventSize the most bytes one event (or one line) may hold
	 */
	public SseDecoder(int maxEventSize) {
		this(maxEventSize, MemoryBudget.unbounded());
	}

	/**
	 * Create a decoder whose streams take what they hold beyond a small allowance from a
	 * budget shared with other calls.
	 * @param maxEventSize the most bytes one event (or one line) may hold
	 * @param budget the budget
	 */
	public SseDecoder(int maxEventSize, MemoryBudget budget) {
		Assert.isTrue(maxEventSize > 0, "'maxEventSize' must be positive");
		this.maxEventSize = maxEventSize;
		this.budget = budget;
	}

	/**
	 * Decode a body. Every buffer is released once read, also on error and cancellation.
	 * @param body the body
	 * @return the events
	 */
	public Flux<SseEvent> decode(Flux<DataBuffer> body) {
		return Flux.defer(() -> {
			Parser parser = new Parser(this.maxEventSize, this.budget);
			return body.concatMapIterable((buffer) -> {
				try {
					return parser.parse(buffer);
				}
				finally {
					parser.released = buffer;
					DataBufferUtils.release(buffer);
				}
			}).concatWith(Mono.defer(parser::finish)).doOnDiscard(DataBuffer.class, (buffer) -> {
				// When a parse fails, the operator discards the buffer that the parse has
				// released already: release each buffer once.
				if (buffer != parser.released) {
					DataBufferUtils.release(buffer);
				}
			}).doFinally((signal) -> parser.releaseBudget());
		});
	}

	/**
	 * The state of one stream: the line being read and the event being assembled.
	 */
	private static final class Parser {

		private static final byte LF = '\n';

		private static final byte CR = '\r';

		private static final byte COLON = ':';

		private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
				ByteOrder.LITTLE_ENDIAN);

		private static final long ONES = 0x0101010101010101L;

		private static final long HIGH_BITS = 0x8080808080808080L;

		private static final long LF_WORD = ONES * LF;

		private static final long CR_WORD = ONES * CR;

		/** Bytes are copied out of each buffer this many at a time, whatever its size. */
		private static final int CHUNK_SIZE = 8192;

		/**
		 * The copy of the bytes being read, one per thread rather than per stream: an
		 * open stream that waits holds no such buffer, which for thousands of open
		 * streams is most of what each would hold. A parse never calls out, so a thread's
		 * buffer is never used by two parses at once.
		 */
		private static final ThreadLocal<byte[]> CHUNKS = ThreadLocal.withInitial(() -> new byte[CHUNK_SIZE]);

		private static final byte[] NO_BYTES = {};

		private static final long FREE_ALLOWANCE = 64 * 1024;

		private final int maxEventSize;

		/** A line that a chunk boundary split; complete lines are read in the chunk. */
		private byte[] line = NO_BYTES;

		private int lineLength;

		private byte[] data = NO_BYTES;

		private int dataLength;

		private boolean hasData;

		private @Nullable String eventName;

		private @Nullable String lastId;

		/** Whether the last chunk ended with CR, so that a leading LF ends no line. */
		private boolean afterCarriageReturn;

		private boolean atStart = true;

		private @Nullable List<SseEvent> events;

		/** The last buffer parsed, released by the parse. */
		@Nullable DataBuffer released;

		private final MemoryBudget budget;

		/**
		 * What the line and data buffers hold beyond the allowance, taken from the
		 * budget.
		 */
		private long reserved;

		Parser(int maxEventSize, MemoryBudget budget) {
			this.maxEventSize = maxEventSize;
			this.budget = budget;
		}

		/**
		 * Take what the buffers will hold from the budget, beyond what every stream may
		 * hold without asking (so that thousands of small streams never contend for it).
		 */
		private void reserveFor(long lineCapacity, long dataCapacity) {
			long needed = Math.max(0, lineCapacity + dataCapacity - FREE_ALLOWANCE);
			if (needed > this.reserved) {
				this.budget.reserve(needed - this.reserved);
				this.reserved = needed;
			}
		}

		void releaseBudget() {
			this.budget.release(this.reserved);
			this.reserved = 0;
		}

		List<SseEvent> parse(DataBuffer buffer) {
			int remaining = buffer.readableByteCount();
			byte[] chunk = CHUNKS.get();
			while (remaining > 0) {
				int length = Math.min(remaining, CHUNK_SIZE);
				buffer.read(chunk, 0, length);
				parseChunk(chunk, length);
				remaining -= length;
			}
			List<SseEvent> parsed = this.events;
			this.events = null;
			return (parsed != null) ? parsed : List.of();
		}

		private void parseChunk(byte[] bytes, int length) {
			int position = 0;
			if (this.afterCarriageReturn) {
				this.afterCarriageReturn = false;
				if (bytes[0] == LF) {
					position = 1;
				}
			}
			int lineStart = position;
			int end = indexOfLineEnd(bytes, position, length);
			while (end >= 0) {
				if (this.lineLength > 0) {
					appendToLine(bytes, lineStart, end - lineStart);
					int lineLength = this.lineLength;
					this.lineLength = 0;
					endLine(this.line, 0, lineLength);
				}
				else {
					checkLimit(end - lineStart);
					endLine(bytes, lineStart, end - lineStart);
				}
				lineStart = end + 1;
				if (bytes[end] == CR) {
					if (lineStart == length) {
						this.afterCarriageReturn = true;
					}
					else if (bytes[lineStart] == LF) {
						lineStart++;
					}
				}
				end = indexOfLineEnd(bytes, lineStart, length);
			}
			appendToLine(bytes, lineStart, length - lineStart);
		}

		private void appendToLine(byte[] bytes, int offset, int length) {
			if (length == 0) {
				return;
			}
			int required = this.lineLength + length;
			checkLimit(required);
			if (required > this.line.length) {
				this.line = ensureCapacity(this.line, required, this.data.length);
			}
			System.arraycopy(bytes, offset, this.line, this.lineLength, length);
			this.lineLength = required;
		}

		private void endLine(byte[] bytes, int offset, int length) {
			int start = offset;
			int end = offset + length;
			if (this.atStart) {
				this.atStart = false;
				start += bomLength(bytes, offset, length);
			}
			if (start == end) {
				dispatch();
				return;
			}
			if (bytes[start] == COLON) {
				return;
			}
			int colon = start;
			while (colon < end && bytes[colon] != COLON) {
				colon++;
			}
			int valueStart = (colon < end) ? colon + 1 : end;
			if (valueStart < end && bytes[valueStart] == ' ') {
				valueStart++;
			}
			int nameLength = colon - start;
			if (isField(bytes, start, nameLength, "data")) {
				appendData(bytes, valueStart, end - valueStart);
			}
			else if (isField(bytes, start, nameLength, "event")) {
				this.eventName = text(bytes, valueStart, end);
			}
			else if (isField(bytes, start, nameLength, "id") && indexOf(bytes, valueStart, end, (byte) 0) < 0) {
				// The standard ignores an id with NUL, and keeps an id for later events
				this.lastId = text(bytes, valueStart, end);
			}
		}

		private void appendData(byte[] bytes, int offset, int length) {
			int separator = this.hasData ? 1 : 0;
			int required = this.dataLength + separator + length;
			checkLimit(required);
			if (required > this.data.length) {
				this.data = ensureCapacity(this.data, required, this.line.length);
			}
			if (this.hasData) {
				this.data[this.dataLength] = LF;
			}
			System.arraycopy(bytes, offset, this.data, this.dataLength + separator, length);
			this.dataLength = required;
			this.hasData = true;
		}

		private void dispatch() {
			if (this.hasData) {
				if (this.events == null) {
					this.events = new ArrayList<>(4);
				}
				this.events.add(new SseEvent(this.eventName, Arrays.copyOf(this.data, this.dataLength), this.lastId));
				this.dataLength = 0;
				this.hasData = false;
			}
			this.eventName = null;
		}

		/** Fail unless the event so far and {@code pendingLineBytes} fit the limit. */
		private void checkLimit(int pendingLineBytes) {
			if ((long) this.dataLength + pendingLineBytes > this.maxEventSize) {
				throw new DataBufferLimitException("Server-sent event exceeds the limit of " + this.maxEventSize
						+ " bytes; raise openai.max-in-memory-size to accept larger events");
			}
		}

		private byte[] ensureCapacity(byte[] bytes, int required, int otherCapacity) {
			// Double to copy rarely, but never hold more than the limit
			long doubled = Math.max(256, (long) bytes.length * 2);
			int capacity = (int) Math.max(required, Math.min(doubled, this.maxEventSize));
			reserveFor(capacity, otherCapacity);
			return Arrays.copyOf(bytes, capacity);
		}

		Mono<SseEvent> finish() {
			int start = this.atStart ? bomLength(this.line, 0, this.lineLength) : 0;
			boolean partialLine = start < this.lineLength && this.line[start] != COLON;
			if (partialLine || this.hasData) {
				return Mono.error(new SseStreamTruncatedException(this.lineLength + this.dataLength));
			}
			return Mono.empty();
		}

		private static int bomLength(byte[] bytes, int offset, int length) {
			boolean bom = length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
					&& bytes[offset + 2] == (byte) 0xBF;
			return bom ? 3 : 0;
		}

		private static @Nullable String text(byte[] bytes, int start, int end) {
			return (start < end) ? new String(bytes, start, end - start, StandardCharsets.UTF_8) : null;
		}

		/** The index of the first LF or CR from {@code from}, or -1. */
		private static int indexOfLineEnd(byte[] bytes, int from, int to) {
			int i = from;
			// Test eight bytes at a time: a byte equal to LF or CR is zero after XOR, and
			// (v - 0x01..) & ~v & 0x80.. marks the lowest zero byte exactly
			for (; i + Long.BYTES <= to; i += Long.BYTES) {
				long word = (long) LONGS.get(bytes, i);
				long lf = word ^ LF_WORD;
				long cr = word ^ CR_WORD;
				long found = (((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & HIGH_BITS;
				if (found != 0) {
					return i + (Long.numberOfTrailingZeros(found) >>> 3);
				}
			}
			for (; i < to; i++) {
				if (bytes[i] == LF || bytes[i] == CR) {
					return i;
				}
			}
			return -1;
		}

		private static int indexOf(byte[] bytes, int from, int to, byte value) {
			for (int i = from; i < to; i++) {
				if (bytes[i] == value) {
					return i;
				}
			}
			return -1;
		}

		private static boolean isField(byte[] bytes, int offset, int length, String name) {
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

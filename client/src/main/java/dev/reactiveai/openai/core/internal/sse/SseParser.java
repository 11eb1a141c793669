package dev.reactiveai.openai.core.internal.sse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.reactiveai.openai.core.internal.MemoryBudget;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;

/**
 * The state of one stream that {@link SseDecoder} decodes: the line being read and the
 * event being assembled, in buffers whose size beyond a small allowance is taken from the
 * client's memory budget.
 */
final class SseParser {

	private static final byte COLON = ':';

	/** Bytes are copied out of each buffer this many at a time, whatever its size. */
	private static final int CHUNK_SIZE = 8192;

	/**
	 * The copy of the bytes being read, one per thread rather than per stream: an open
	 * stream that waits holds no such buffer, which for thousands of open streams is most
	 * of what each would hold. A parse never calls out, so a thread's buffer is never
	 * used by two parses at once.
	 */
	private static final ThreadLocal<byte[]> CHUNKS = ThreadLocal.withInitial(() -> new byte[CHUNK_SIZE]);

	private static final byte[] NO_BYTES = {};

	/**
	 * The array that the events of a parse are laid out in, one per thread, for parsers
	 * whose events are read before the next parse ({@link SseDecoder#readBatches}): a
	 * long stream then allocates no array per buffer for its events' bytes.
	 */
	private static final ThreadLocal<byte[]> LAYOUTS = ThreadLocal.withInitial(() -> NO_BYTES);

	/**
	 * The largest array a thread keeps for {@link #LAYOUTS}: twice the largest buffer
	 * that Reactor Netty reads from a socket. A parse that needs more takes an array of
	 * its own.
	 */
	private static final int MAX_SHARED_LAYOUT = 128 * 1024;

	private static final long FREE_ALLOWANCE = 64 * 1024;

	private final int maxEventSize;

	/** A line that a chunk boundary split; complete lines are read in the chunk. */
	private byte[] line = NO_BYTES;

	private int lineLength;

	/**
	 * The data of the event being assembled, when they are more than one line or a line
	 * that outlived its chunk: an event's single data line is copied once, when the event
	 * ends, from where it lies ({@link #lineSource}).
	 */
	private byte[] data = NO_BYTES;

	private int dataLength;

	private boolean hasData;

	/** The event's one data line, not copied yet, or null. */
	private byte @Nullable [] lineSource;

	private int lineOffset;

	/**
	 * The data of the events that this parse completed, one after another, each followed
	 * by a line feed: the array the events share.
	 */
	private byte[] laidOut = NO_BYTES;

	private int laidOutLength;

	/**
	 * What the events of one parse can hold at most, as far as it can be told at its
	 * start.
	 */
	private int laidOutEstimate;

	/** Whether the events are read before the next parse, see {@link #LAYOUTS}. */
	private final boolean readBeforeNextParse;

	/** Whether this parse may still lay its events out in the thread's array. */
	private boolean sharedLayoutFree;

	private @Nullable String eventName;

	private @Nullable String lastId;

	/** The last event name read, and its bytes, for {@link #eventName}. */
	private @Nullable String lastEventName;

	private byte[] lastEventNameBytes = NO_BYTES;

	/** Whether the last chunk ended with CR, so that a leading LF ends no line. */
	private boolean afterCarriageReturn;

	private boolean atStart = true;

	private @Nullable List<SseEvent> events;

	/** The last buffer parsed, released by the parse. */
	@Nullable DataBuffer released;

	private final MemoryBudget budget;

	/**
	 * What the line and data buffers hold beyond the allowance, taken from the budget.
	 */
	private long reserved;

	/**
	 * A parser of one stream.
	 * @param maxEventSize the most bytes one event (or one line) may hold
	 * @param budget the budget that what the parser holds beyond an allowance is taken
	 * from
	 * @param readBeforeNextParse whether the events of each parse are read, and dropped,
	 * before the next parse starts on the same thread: their bytes may then be laid out
	 * in an array that the thread reuses
	 */
	SseParser(int maxEventSize, MemoryBudget budget, boolean readBeforeNextParse) {
		this.maxEventSize = maxEventSize;
		this.budget = budget;
		this.readBeforeNextParse = readBeforeNextParse;
	}

	/**
	 * Take what the buffers will hold from the budget, beyond what every stream may hold
	 * without asking (so that thousands of small streams never contend for it).
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
		// Each event takes at least a line end from the buffer for its line feed.
		this.laidOutEstimate = this.dataLength + this.lineLength + remaining + 1;
		this.laidOut = NO_BYTES;
		this.laidOutLength = 0;
		this.sharedLayoutFree = this.readBeforeNextParse;
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
			if (bytes[0] == SseBytes.LF) {
				position = 1;
			}
		}
		int lineStart = position;
		int end = SseBytes.indexOfLineEnd(bytes, position, length);
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
			if (bytes[end] == SseBytes.CR) {
				if (lineStart == length) {
					this.afterCarriageReturn = true;
				}
				else if (bytes[lineStart] == SseBytes.LF) {
					lineStart++;
				}
			}
			end = SseBytes.indexOfLineEnd(bytes, lineStart, length);
		}
		// The chunk and the line are about to be overwritten.
		keepDataLine();
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
			start += SseBytes.bomLength(bytes, offset, length);
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
		if (SseBytes.isField(bytes, start, nameLength, "data")) {
			appendData(bytes, valueStart, end - valueStart);
		}
		else if (SseBytes.isField(bytes, start, nameLength, "event")) {
			this.eventName = eventName(bytes, valueStart, end);
		}
		else if (SseBytes.isField(bytes, start, nameLength, "id")
				&& SseBytes.indexOf(bytes, valueStart, end, (byte) 0) < 0) {
			// The standard ignores an id with NUL, and keeps an id for later events
			this.lastId = SseBytes.text(bytes, valueStart, end);
		}
	}

	/**
	 * An event's name: the last one's string again when the bytes are the same, as a
	 * stream of typed events mostly repeats a few names.
	 */
	private @Nullable String eventName(byte[] bytes, int start, int end) {
		String last = this.lastEventName;
		if (last != null
				&& Arrays.equals(bytes, start, end, this.lastEventNameBytes, 0, this.lastEventNameBytes.length)) {
			return last;
		}
		String name = SseBytes.text(bytes, start, end);
		if (name != null) {
			this.lastEventName = name;
			this.lastEventNameBytes = Arrays.copyOfRange(bytes, start, end);
		}
		return name;
	}

	private void appendData(byte[] bytes, int offset, int length) {
		if (!this.hasData) {
			checkLimit(length);
			this.lineSource = bytes;
			this.lineOffset = offset;
			this.dataLength = length;
			this.hasData = true;
			return;
		}
		keepDataLine();
		int required = this.dataLength + 1 + length;
		checkLimit(required);
		if (required > this.data.length) {
			this.data = ensureCapacity(this.data, required, this.line.length);
		}
		this.data[this.dataLength] = SseBytes.LF;
		System.arraycopy(bytes, offset, this.data, this.dataLength + 1, length);
		this.dataLength = required;
	}

	/** Copy the event's one data line out of the chunk or line that holds it. */
	private void keepDataLine() {
		byte[] source = this.lineSource;
		if (source != null) {
			this.lineSource = null;
			if (this.dataLength > this.data.length) {
				this.data = ensureCapacity(this.data, this.dataLength, this.line.length);
			}
			System.arraycopy(source, this.lineOffset, this.data, 0, this.dataLength);
		}
	}

	private void dispatch() {
		if (this.hasData) {
			if (this.events == null) {
				// A stream's small events come tens to a buffer: grow the list seldom.
				this.events = new ArrayList<>(Math.max(4, Math.min(this.laidOutEstimate / 256, 256)));
			}
			int required = this.laidOutLength + this.dataLength + 1;
			if (required > this.laidOut.length) {
				// Events already made keep the array they were laid out in.
				this.laidOut = layout(Math.max(required, this.laidOutEstimate));
				this.laidOutLength = 0;
			}
			int start = this.laidOutLength;
			byte[] source = (this.lineSource != null) ? this.lineSource : this.data;
			int sourceOffset = (this.lineSource != null) ? this.lineOffset : 0;
			System.arraycopy(source, sourceOffset, this.laidOut, start, this.dataLength);
			this.laidOut[start + this.dataLength] = SseBytes.LF;
			this.laidOutLength = start + this.dataLength + 1;
			this.events.add(new SseEvent(this.eventName, this.laidOut, start, this.dataLength, this.lastId));
			this.lineSource = null;
			this.dataLength = 0;
			this.hasData = false;
		}
		this.eventName = null;
	}

	/**
	 * An array to lay events out in: the thread's own, once per parse, when the events
	 * are read before the next parse.
	 */
	private byte[] layout(int capacity) {
		if (!this.sharedLayoutFree || capacity > MAX_SHARED_LAYOUT) {
			return new byte[capacity];
		}
		this.sharedLayoutFree = false;
		byte[] shared = LAYOUTS.get();
		if (shared.length < capacity) {
			shared = new byte[capacity];
			LAYOUTS.set(shared);
		}
		return shared;
	}

	/** Fail unless the event so far and {@code pendingLineBytes} fit the limit. */
	private void checkLimit(int pendingLineBytes) {
		if ((long) this.dataLength + pendingLineBytes > this.maxEventSize) {
			throw new DataBufferLimitException("Server-sent event exceeds the limit of " + this.maxEventSize
					+ " bytes; raise the client's maxInMemorySize to accept larger events");
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
		int start = this.atStart ? SseBytes.bomLength(this.line, 0, this.lineLength) : 0;
		boolean partialLine = start < this.lineLength && this.line[start] != COLON;
		if (partialLine || this.hasData) {
			return Mono.error(new SseStreamTruncatedException(this.lineLength + this.dataLength));
		}
		return Mono.empty();
	}

}

package dev.reactiveai.openai.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Finds {@code "error"} in an event's bytes: the cheap test that every streamed event
 * passes before the transport parses it again to see whether it reports an error.
 * <p>
 * It runs once per event, so it must cost little next to reading the event: a byte at a
 * time it cost a tenth of the stream's time in a profile. It looks for the two adjacent
 * {@code r}s eight bytes at a time, which are rare in JSON, and compares the whole word
 * only where they are.
 */
final class ErrorMarker {

	private static final byte[] MARKER = "\"error\"".getBytes(StandardCharsets.US_ASCII);

	/** Where the {@code rr} falls in the marker. */
	private static final int PAIR_OFFSET = 2;

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long R_WORD = 0x0101010101010101L * 'r';

	private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

	private ErrorMarker() {
	}

	/**
	 * Whether a range of bytes contains {@code "error"}.
	 * @param bytes the bytes
	 * @param offset where the range starts
	 * @param length the range's length
	 * @return whether it does
	 */
	static boolean isIn(byte[] bytes, int offset, int length) {
		int end = offset + length;
		int i = offset;
		// Windows of eight bytes, seven apart, so that every adjacent pair is inside one
		for (; i + Long.BYTES <= end; i += Long.BYTES - 1) {
			long r = (long) LONGS.get(bytes, i) ^ R_WORD;
			// The high bit of each byte that is 'r', exactly (no borrow between bytes)
			long isR = ~(((r & LOW_BITS) + LOW_BITS) | r | LOW_BITS);
			long pairs = isR & (isR >>> 8);
			while (pairs != 0) {
				int first = i + (Long.numberOfTrailingZeros(pairs) >>> 3);
				if (matchesAt(bytes, first - PAIR_OFFSET, offset, end)) {
					return true;
				}
				pairs &= pairs - 1;
			}
		}
		for (; i < end - 1; i++) {
			if (bytes[i] == 'r' && bytes[i + 1] == 'r' && matchesAt(bytes, i - PAIR_OFFSET, offset, end)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matchesAt(byte[] bytes, int start, int offset, int end) {
		if (start < offset || start + MARKER.length > end) {
			return false;
		}
		for (int j = 0; j < MARKER.length; j++) {
			if (bytes[start + j] != MARKER[j]) {
				return false;
			}
		}
		return true;
	}

}

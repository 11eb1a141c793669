package dev.reactiveai.openai.core.internal.sse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * The byte-level tests of {@link SseParser}: line ends found eight bytes at a time, the
 * byte order mark, field names, and text.
 */
final class SseBytes {

	static final byte LF = '\n';

	static final byte CR = '\r';

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGH_BITS = 0x8080808080808080L;

	private static final long LF_WORD = ONES * LF;

	private static final long CR_WORD = ONES * CR;

	private SseBytes() {
	}

	static int bomLength(byte[] bytes, int offset, int length) {
		boolean bom = length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
				&& bytes[offset + 2] == (byte) 0xBF;
		return bom ? 3 : 0;
	}

	static @Nullable String text(byte[] bytes, int start, int end) {
		return (start < end) ? new String(bytes, start, end - start, StandardCharsets.UTF_8) : null;
	}

	/** The index of the first LF or CR from {@code from}, or -1. */
	static int indexOfLineEnd(byte[] bytes, int from, int to) {
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

	static int indexOf(byte[] bytes, int from, int to, byte value) {
		for (int i = from; i < to; i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		return -1;
	}

	static boolean isField(byte[] bytes, int offset, int length, String name) {
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

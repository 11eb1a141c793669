package dev.reactiveai.openai.core.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ErrorMarker} finds {@code "error"} within a range of an array, wherever it lies
 * in the range, and never beyond it: the events of a stream share one array.
 */
class ErrorMarkerTests {

	private static final byte[] MARKER = "\"error\"".getBytes(StandardCharsets.US_ASCII);

	@Test
	void findsTheMarkerAtEveryPlaceInRangesOfEveryLength() {
		for (int length = MARKER.length; length < 40; length++) {
			for (int at = 0; at + MARKER.length <= length; at++) {
				byte[] bytes = padded(length, 5);
				System.arraycopy(MARKER, 0, bytes, 5 + at, MARKER.length);
				assertThat(ErrorMarker.isIn(bytes, 5, length)).as("length %d, at %d", length, at).isTrue();
			}
		}
	}

	@Test
	void doesNotSeeAMarkerThatAnyBoundaryCuts() {
		byte[] bytes = padded(60, 0);
		System.arraycopy(MARKER, 0, bytes, 20, MARKER.length);
		for (int offset = 0; offset <= 60; offset++) {
			for (int end = offset; end <= 60; end++) {
				boolean whole = offset <= 20 && 20 + MARKER.length <= end;
				assertThat(ErrorMarker.isIn(bytes, offset, end - offset)).as("[%d, %d)", offset, end).isEqualTo(whole);
			}
		}
	}

	@Test
	void doesNotTakeOtherWordsForTheMarker() {
		byte[] bytes = "{\"errors\":1,\"terror\":\"error\",\"err\":\"or\"}".getBytes(StandardCharsets.US_ASCII);
		assertThat(ErrorMarker.isIn(bytes, 0, bytes.length)).isTrue();
		byte[] none = "{\"errors\":1,\"terror\":2,\"err\":\"or\",\"rr\":\"errorr\"}"
			.getBytes(StandardCharsets.US_ASCII);
		assertThat(ErrorMarker.isIn(none, 0, none.length)).isFalse();
	}

	private static byte[] padded(int length, int padding) {
		byte[] bytes = new byte[length + 2 * padding];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) ((i % 2 == 0) ? 'r' : 'x');
		}
		return bytes;
	}

}

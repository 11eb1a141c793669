package dev.reactiveai.openai.realtime.websocket;

import java.util.Arrays;
import java.util.Base64;

import dev.reactiveai.openai.types.RealtimeClientEventInputAudioBufferAppend;
import dev.reactiveai.openai.types.RealtimeServerEventResponseAudioDelta;

/**
 * The audio of realtime events as bytes. The API sends audio base64-encoded in JSON;
 * {@link #bytes(RealtimeServerEventResponseAudioDelta)} decodes a delta straight from its
 * text into an array of the exact size, with no intermediate copy (the JDK's decoder
 * first copies the text into a byte array), and only when it is asked for: events that
 * nobody plays cost no decoding.
 */
public final class RealtimeAudio {

	private static final byte[] VALUES = new byte[128];

	static {
		Arrays.fill(VALUES, (byte) -1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
		for (int i = 0; i < alphabet.length(); i++) {
			VALUES[alphabet.charAt(i)] = (byte) i;
		}
	}

	private RealtimeAudio() {
	}

	/**
	 * The audio of a delta, in the session's output format (PCM16 at 24 kHz, little
	 * endian, mono, unless the session chose another).
	 * @param delta the delta
	 * @return the bytes
	 * @throws IllegalArgumentException if the delta is not base64
	 */
	public static byte[] bytes(RealtimeServerEventResponseAudioDelta delta) {
		return decode(delta.delta());
	}

	/**
	 * The event that appends audio to the input buffer.
	 * @param audio audio in the session's input format
	 * @return the event
	 */
	public static RealtimeClientEventInputAudioBufferAppend append(byte[] audio) {
		return RealtimeClientEventInputAudioBufferAppend.builder()
			.audio(Base64.getEncoder().encodeToString(audio))
			.build();
	}

	/**
	 * Decode standard base64 (with padding) into an array of the exact size.
	 * @param base64 the text
	 * @return the bytes
	 * @throws IllegalArgumentException if the text is not standard padded base64
	 */
	public static byte[] decode(CharSequence base64) {
		int length = base64.length();
		if (length % 4 != 0) {
			throw new IllegalArgumentException(
					"Audio is not base64: its length, " + length + ", is not a multiple of 4");
		}
		int padding = 0;
		if (length > 0 && base64.charAt(length - 1) == '=') {
			padding = (length > 1 && base64.charAt(length - 2) == '=') ? 2 : 1;
		}
		byte[] bytes = new byte[length / 4 * 3 - padding];
		int out = 0;
		for (int i = 0; i < length; i += 4) {
			boolean last = i + 4 == length;
			int quad = (value(base64, i, false) << 18) | (value(base64, i + 1, false) << 12)
					| (value(base64, i + 2, last && padding == 2) << 6) | value(base64, i + 3, last && padding >= 1);
			bytes[out++] = (byte) (quad >> 16);
			if (out < bytes.length) {
				bytes[out++] = (byte) (quad >> 8);
			}
			if (out < bytes.length) {
				bytes[out++] = (byte) quad;
			}
		}
		return bytes;
	}

	private static int value(CharSequence base64, int index, boolean padding) {
		char c = base64.charAt(index);
		if (padding && c == '=') {
			return 0;
		}
		int value = (c < 128) ? VALUES[c] : -1;
		if (value < 0) {
			throw new IllegalArgumentException("Audio is not base64: character " + index + " is not of the alphabet");
		}
		return value;
	}

}

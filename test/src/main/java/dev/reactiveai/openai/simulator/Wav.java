package dev.reactiveai.openai.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the simulator's audio: WAV files of 16-bit mono PCM at 24 kHz (the
 * rate of the API's speech), holding a tone. The text that was spoken is kept in a
 * {@code LIST}/{@code INFO}/{@code ICMT} chunk after the samples, where players ignore
 * it, so that transcribing the simulator's speech gives its text back.
 */
final class Wav {

	static final int SAMPLE_RATE = 24_000;

	private Wav() {
	}

	/**
	 * Samples of a tone that fades in and out.
	 * @param seconds the duration
	 * @param frequency the tone's frequency in Hz
	 * @return 16-bit little-endian mono PCM samples at {@link #SAMPLE_RATE}
	 */
	static byte[] tone(double seconds, double frequency) {
		int samples = (int) Math.round(seconds * SAMPLE_RATE);
		int fade = SAMPLE_RATE / 100;
		ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < samples; i++) {
			double envelope = Math.min(1, Math.min(i, samples - 1 - i) / (double) fade);
			double value = 0.3 * envelope * Math.sin(2 * Math.PI * frequency * i / SAMPLE_RATE);
			pcm.putShort((short) Math.round(value * Short.MAX_VALUE));
		}
		return pcm.array();
	}

	/**
	 * A WAV file of samples.
	 * @param pcm 16-bit little-endian mono samples at {@link #SAMPLE_RATE}
	 * @param comment the text to keep with it, or {@code null} for none
	 * @return the file's bytes
	 */
	static byte[] wav(byte[] pcm, @Nullable String comment) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(ascii("WAVE"));
		ByteBuffer format = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
		format.putShort((short) 1).putShort((short) 1).putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2);
		format.putShort((short) 2).putShort((short) 16);
		chunk(body, "fmt ", format.array());
		chunk(body, "data", pcm);
		if (comment != null) {
			ByteArrayOutputStream info = new ByteArrayOutputStream();
			info.writeBytes(ascii("INFO"));
			byte[] text = (comment + "\0").getBytes(StandardCharsets.UTF_8);
			chunk(info, "ICMT", text);
			chunk(body, "LIST", info.toByteArray());
		}
		ByteArrayOutputStream wav = new ByteArrayOutputStream();
		chunk(wav, "RIFF", body.toByteArray());
		return wav.toByteArray();
	}

	/**
	 * What a WAV file holds, or {@code null} when the bytes are not one.
	 * @param content the bytes
	 * @return its duration and comment
	 */
	static @Nullable Info read(byte[] content) {
		ByteBuffer buffer = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
		if (content.length < 12 || !"RIFF".equals(ascii(content, 0)) || !"WAVE".equals(ascii(content, 8))) {
			return null;
		}
		int byteRate = 0;
		long dataBytes = -1;
		String comment = null;
		int position = 12;
		while (position + 8 <= content.length) {
			String id = ascii(content, position);
			int size = buffer.getInt(position + 4);
			int start = position + 8;
			if (size < 0 || start + size > content.length) {
				break;
			}
			if (id.equals("fmt ") && size >= 16) {
				byteRate = buffer.getInt(start + 8);
			}
			else if (id.equals("data")) {
				dataBytes = size;
			}
			else if (id.equals("LIST") && size >= 4 && "INFO".equals(ascii(content, start))) {
				comment = comment(content, buffer, start + 4, start + size);
			}
			position = start + size + (size & 1);
		}
		if (byteRate <= 0 || dataBytes < 0) {
			return null;
		}
		return new Info(dataBytes / (double) byteRate, comment);
	}

	private static @Nullable String comment(byte[] content, ByteBuffer buffer, int from, int to) {
		int position = from;
		while (position + 8 <= to) {
			int size = buffer.getInt(position + 4);
			if (size < 0 || position + 8 + size > to) {
				return null;
			}
			if ("ICMT".equals(ascii(content, position))) {
				String text = new String(content, position + 8, size, StandardCharsets.UTF_8);
				int end = text.indexOf('\0');
				return (end >= 0) ? text.substring(0, end) : text;
			}
			position += 8 + size + (size & 1);
		}
		return null;
	}

	private static void chunk(ByteArrayOutputStream out, String id, byte[] data) {
		out.writeBytes(ascii(id));
		out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
		out.writeBytes(data);
		if ((data.length & 1) == 1) {
			out.write(0);
		}
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static String ascii(byte[] content, int offset) {
		return new String(content, offset, 4, StandardCharsets.US_ASCII);
	}

	/**
	 * What a WAV file holds.
	 *
	 * @param seconds its duration
	 * @param comment the text kept with it, or {@code null}
	 */
	record Info(double seconds, @Nullable String comment) {

	}

}

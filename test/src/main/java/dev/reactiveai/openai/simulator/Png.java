package dev.reactiveai.openai.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes the simulator's images: valid PNG files (8-bit RGB) of any size, a horizontal
 * shading of one colour. Every row after the first is written with PNG's "up" filter as
 * zeros, so even a 1792x1024 image compresses to a few kilobytes; no AWT is needed.
 */
final class Png {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final int FILTER_NONE = 0;

	private static final int FILTER_UP = 2;

	private Png() {
	}

	/**
	 * An image shaded from a colour at half brightness on the left to the full colour on
	 * the right.
	 * @param width the width in pixels
	 * @param height the height in pixels
	 * @param rgb the colour, as {@code 0xRRGGBB}
	 * @return the PNG file's bytes
	 */
	static byte[] shaded(int width, int height, int rgb) {
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("An image needs at least one pixel, was " + width + "x" + height);
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(SIGNATURE);
		ByteBuffer header = ByteBuffer.allocate(13);
		header.putInt(width).putInt(height);
		header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(png, "IHDR", header.array());
		chunk(png, "IDAT", pixels(width, height, rgb));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static byte[] pixels(int width, int height, int rgb) {
		byte[] first = new byte[1 + width * 3];
		first[0] = FILTER_NONE;
		for (int x = 0; x < width; x++) {
			double shade = 0.5 + 0.5 * x / Math.max(1, width - 1);
			first[1 + x * 3] = (byte) (((rgb >> 16) & 0xff) * shade);
			first[2 + x * 3] = (byte) (((rgb >> 8) & 0xff) * shade);
			first[3 + x * 3] = (byte) ((rgb & 0xff) * shade);
		}
		byte[] same = new byte[1 + width * 3];
		same[0] = FILTER_UP;
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 8192)) {
			out.write(first);
			for (int y = 1; y < height; y++) {
				out.write(same);
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return compressed.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/**
	 * The size of a PNG image, read from its header.
	 * @param content the bytes of a file
	 * @return {@code {width, height}}, or {@code null} when the bytes are not a PNG
	 */
	static int @org.jspecify.annotations.Nullable [] size(byte[] content) {
		if (content.length < 24) {
			return null;
		}
		for (int i = 0; i < SIGNATURE.length; i++) {
			if (content[i] != SIGNATURE[i]) {
				return null;
			}
		}
		ByteBuffer buffer = ByteBuffer.wrap(content);
		return new int[] { buffer.getInt(16), buffer.getInt(20) };
	}

}

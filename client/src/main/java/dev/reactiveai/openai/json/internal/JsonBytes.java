package dev.reactiveai.openai.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;

/**
 * The tokens of one JSON document read straight from its UTF-8 bytes, for
 * {@link DirectReader}: only the common, unambiguous forms, each read to exactly the
 * value that Jackson's parser reads from it. Anything else (an escape it cannot decode
 * the same way, bytes that are not well-formed UTF-8, a number that is not a plain
 * {@code long} or {@code double}, a value longer than the mapper's limits, JSON that is
 * not valid) throws {@link #UNREADABLE}, and the document is read by Jackson instead,
 * which reads it, or fails on it, as it always did.
 */
final class JsonBytes {

	/**
	 * Thrown where the bytes are not of a form read here; shared and without a stack
	 * trace, as it only ever tells the caller to read the document with Jackson.
	 */
	static final RuntimeException UNREADABLE = new RuntimeException("Read by Jackson instead", null, false, false) {
	};

	private final byte[] bytes;

	private final int end;

	private final int maxStringLength;

	private final int maxNameLength;

	private final int maxNumberLength;

	private final int maxDepth;

	private final @Nullable RepeatedStrings repeats;

	private int position;

	/** How many objects and arrays the position is in. */
	private int depth;

	/** Where the last name read began and ended, between its quotes. */
	private int nameStart;

	private int nameEnd;

	/**
	 * The tokens of a document.
	 * @param bytes the bytes
	 * @param offset where the document starts
	 * @param length its length
	 * @param constraints the mapper's limits, which hold here as in its parser
	 * @param repeats the string values of the documents before it in its stream, or null
	 * for a document on its own
	 */
	JsonBytes(byte[] bytes, int offset, int length, StreamReadConstraints constraints,
			@Nullable RepeatedStrings repeats) {
		this.bytes = bytes;
		this.position = offset;
		this.end = offset + length;
		this.maxStringLength = constraints.getMaxStringLength();
		this.maxNameLength = constraints.getMaxNameLength();
		this.maxNumberLength = constraints.getMaxNumberLength();
		this.maxDepth = constraints.getMaxNestingDepth();
		this.repeats = repeats;
	}

	/** The next byte that is not JSON white space, left unread. */
	int peek() {
		skipSpace();
		if (this.position >= this.end) {
			throw UNREADABLE;
		}
		return this.bytes[this.position];
	}

	/** Whether only white space is left. */
	boolean atEnd() {
		skipSpace();
		return this.position >= this.end;
	}

	private void skipSpace() {
		while (this.position < this.end) {
			byte b = this.bytes[this.position];
			// Every byte above the space is not white space: one comparison for the
			// common case, compact JSON.
			if (b > ' ' || (b != ' ' && b != '\n' && b != '\r' && b != '\t')) {
				return;
			}
			this.position++;
		}
	}

	void expect(char expected) {
		if (peek() != expected) {
			throw UNREADABLE;
		}
		this.position++;
	}

	/** Read the opening bracket of an object or array, within the mapper's depth. */
	void open(char bracket) {
		expect(bracket);
		if (++this.depth > this.maxDepth) {
			throw UNREADABLE;
		}
	}

	/** Read the closing bracket of an empty object or array. */
	void close(char bracket) {
		expect(bracket);
		this.depth--;
	}

	/**
	 * After a member's value, whether another member follows: a comma, then a name's
	 * quote.
	 */
	boolean nextMember() {
		if (!next('}')) {
			return false;
		}
		if (peek() != '"') {
			throw UNREADABLE;
		}
		return true;
	}

	/** After an array's element, whether another element follows. */
	boolean nextElement() {
		return next(']');
	}

	/** Read a comma, or the closing bracket: whether a comma it was. */
	private boolean next(char bracket) {
		int next = peek();
		this.position++;
		if (next == bracket) {
			this.depth--;
			return false;
		}
		if (next != ',') {
			throw UNREADABLE;
		}
		return true;
	}

	/**
	 * Read a name and its colon when the name is the given one.
	 * @param name the name's bytes: ASCII, nothing to escape
	 * @return whether it was; if not, nothing was read
	 */
	boolean nameIs(byte[] name) {
		if (!stringIs(name)) {
			return false;
		}
		expect(':');
		return true;
	}

	/**
	 * Read a name that has no escapes, and its colon; {@link #lastNameIs} and
	 * {@link #name()} then tell which it is.
	 */
	void readName() {
		if (peek() != '"') {
			throw UNREADABLE;
		}
		int start = this.position + 1;
		int close = start;
		while (close < this.end) {
			byte b = this.bytes[close];
			if (b == '"') {
				break;
			}
			if (b == '\\' || (b >= 0 && b < 0x20)) {
				throw UNREADABLE;
			}
			close++;
		}
		if (close >= this.end || close - start > this.maxNameLength) {
			throw UNREADABLE;
		}
		this.nameStart = start;
		this.nameEnd = close;
		this.position = close + 1;
		expect(':');
	}

	/**
	 * Read a string when it is the given one.
	 * @param value the string's bytes: nothing to escape
	 * @return whether it was; if not, nothing was read
	 */
	boolean stringIs(byte[] value) {
		if (peek() != '"') {
			throw UNREADABLE;
		}
		int start = this.position + 1;
		int close = start + value.length;
		if (close >= this.end || this.bytes[close] != '"'
				|| !Arrays.equals(this.bytes, start, close, value, 0, value.length)) {
			return false;
		}
		this.position = close + 1;
		return true;
	}

	/**
	 * The bytes that JSON gives a string in when it needs no escapes, for
	 * {@link #stringIs}.
	 * @param string the string
	 * @return its bytes, or null when it has a character to escape or one that is not
	 * ASCII
	 */
	static byte @Nullable [] plainAscii(String string) {
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
				return null;
			}
		}
		return string.getBytes(StandardCharsets.US_ASCII);
	}

	/** The bytes of the name last read by {@link #readName()}. */
	byte[] lastName() {
		return Arrays.copyOfRange(this.bytes, this.nameStart, this.nameEnd);
	}

	/** Whether the name last read by {@link #readName()} is the given one. */
	boolean lastNameIs(byte[] name) {
		return Arrays.equals(this.bytes, this.nameStart, this.nameEnd, name, 0, name.length);
	}

	/** The name last read by {@link #readName()}. */
	String name() {
		return text(this.nameStart, this.nameEnd);
	}

	/** Read {@code null} if it is next. */
	boolean readNull() {
		if (peek() != 'n') {
			return false;
		}
		literal("null");
		return true;
	}

	boolean readBoolean() {
		if (peek() == 't') {
			literal("true");
			return true;
		}
		literal("false");
		return false;
	}

	private void literal(String literal) {
		int length = literal.length();
		if (this.position + length > this.end) {
			throw UNREADABLE;
		}
		for (int i = 0; i < length; i++) {
			if (this.bytes[this.position + i] != literal.charAt(i)) {
				throw UNREADABLE;
			}
		}
		this.position += length;
		// What follows is checked by the caller: a comma, a closing bracket or the end.
	}

	/** Read a string. */
	/**
	 * Read a string value of a property whose value may repeat in the stream's next
	 * document.
	 * @param slot the property's slot in {@link RepeatedStrings}
	 * @return the string
	 */
	String readString(int slot) {
		RepeatedStrings repeats = this.repeats;
		return (repeats != null) ? repeats.read(this, slot) : readString();
	}

	String readString() {
		if (peek() != '"') {
			throw UNREADABLE;
		}
		int start = this.position + 1;
		int i = start;
		boolean ascii = true;
		while (i < this.end) {
			byte b = this.bytes[i];
			if (b == '"') {
				break;
			}
			if (b == '\\') {
				return readEscapedString(start);
			}
			if (b < 0x20) {
				if (b >= 0) {
					throw UNREADABLE;
				}
				ascii = false;
			}
			i++;
		}
		if (i >= this.end || i - start > this.maxStringLength) {
			throw UNREADABLE;
		}
		this.position = i + 1;
		if (ascii) {
			return new String(this.bytes, start, i - start, StandardCharsets.ISO_8859_1);
		}
		return text(start, i);
	}

	/** Read a string from its start, knowing it holds escapes. */
	private String readEscapedString(int start) {
		StringBuilder text = new StringBuilder();
		int segment = start;
		int i = start;
		while (true) {
			if (i >= this.end || i - start > this.maxStringLength) {
				throw UNREADABLE;
			}
			byte b = this.bytes[i];
			if (b == '"') {
				text.append(text(segment, i));
				this.position = i + 1;
				return text.toString();
			}
			if (b >= 0 && b < 0x20) {
				throw UNREADABLE;
			}
			if (b != '\\') {
				i++;
				continue;
			}
			text.append(text(segment, i));
			if (i + 1 >= this.end) {
				throw UNREADABLE;
			}
			byte escaped = this.bytes[i + 1];
			i += 2;
			switch (escaped) {
				case '"', '\\', '/' -> text.append((char) escaped);
				case 'b' -> text.append('\b');
				case 'f' -> text.append('\f');
				case 'n' -> text.append('\n');
				case 'r' -> text.append('\r');
				case 't' -> text.append('\t');
				case 'u' -> {
					// Each escape is one char, as Jackson reads it: a surrogate pair of
					// escapes makes one code point, a lone surrogate stays one.
					text.append((char) hex(i));
					i += 4;
				}
				default -> throw UNREADABLE;
			}
			segment = i;
		}
	}

	private int hex(int at) {
		if (at + 4 > this.end) {
			throw UNREADABLE;
		}
		int value = 0;
		for (int i = at; i < at + 4; i++) {
			int digit = Character.digit(this.bytes[i], 16);
			if (digit < 0) {
				throw UNREADABLE;
			}
			value = (value << 4) | digit;
		}
		return value;
	}

	/**
	 * Text that holds no escapes: ASCII, or well-formed UTF-8 (where Jackson and the JDK
	 * decode alike; Jackson fails on, or reads differently, some bytes that are not).
	 */
	private String text(int start, int end) {
		for (int i = start; i < end; i++) {
			if (this.bytes[i] < 0) {
				checkWellFormed(i, end);
				return new String(this.bytes, start, end - start, StandardCharsets.UTF_8);
			}
		}
		return new String(this.bytes, start, end - start, StandardCharsets.ISO_8859_1);
	}

	/**
	 * The well-formed byte sequences of the Unicode standard (its table 3-7), or throw.
	 */
	private void checkWellFormed(int from, int end) {
		int i = from;
		while (i < end) {
			int b = this.bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length;
			int low = 0x80;
			int high = 0xBF;
			if (b >= 0xC2 && b <= 0xDF) {
				length = 2;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				length = 3;
				low = (b == 0xE0) ? 0xA0 : 0x80;
				high = (b == 0xED) ? 0x9F : 0xBF;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				length = 4;
				low = (b == 0xF0) ? 0x90 : 0x80;
				high = (b == 0xF4) ? 0x8F : 0xBF;
			}
			else {
				throw UNREADABLE;
			}
			if (i + length > end) {
				throw UNREADABLE;
			}
			int second = this.bytes[i + 1] & 0xFF;
			if (second < low || second > high) {
				throw UNREADABLE;
			}
			for (int k = 2; k < length; k++) {
				int next = this.bytes[i + k] & 0xFF;
				if (next < 0x80 || next > 0xBF) {
					throw UNREADABLE;
				}
			}
			i += length;
		}
	}

	/**
	 * Read an integer of at most 18 digits, which a {@code long} holds, without a
	 * fraction or exponent.
	 */
	long readLong() {
		boolean negative = peek() == '-';
		int i = this.position;
		if (negative) {
			i = ++this.position;
		}
		long value = 0;
		int digits = 0;
		while (i < this.end) {
			int digit = this.bytes[i] - '0';
			if (digit < 0 || digit > 9) {
				break;
			}
			value = value * 10 + digit;
			digits++;
			i++;
		}
		if (digits == 0 || digits > 18 || digits > this.maxNumberLength
				|| (digits > 1 && this.bytes[this.position] == '0') || (negative && value == 0)) {
			throw UNREADABLE;
		}
		if (i < this.end && (this.bytes[i] == '.' || this.bytes[i] == 'e' || this.bytes[i] == 'E')) {
			throw UNREADABLE;
		}
		this.position = i;
		return negative ? -value : value;
	}

	/** Read a number with a fraction or an exponent, as Jackson reads a float. */
	double readDouble() {
		peek();
		int start = this.position;
		int i = start;
		if (i < this.end && this.bytes[i] == '-') {
			i++;
		}
		int integer = digits(i);
		if (integer == 0 || (integer > 1 && this.bytes[i] == '0')) {
			throw UNREADABLE;
		}
		i += integer;
		boolean fraction = false;
		if (i < this.end && this.bytes[i] == '.') {
			int digits = digits(i + 1);
			if (digits == 0) {
				throw UNREADABLE;
			}
			i += 1 + digits;
			fraction = true;
		}
		boolean exponent = false;
		if (i < this.end && (this.bytes[i] == 'e' || this.bytes[i] == 'E')) {
			i++;
			if (i < this.end && (this.bytes[i] == '+' || this.bytes[i] == '-')) {
				i++;
			}
			int digits = digits(i);
			if (digits == 0) {
				throw UNREADABLE;
			}
			i += digits;
			exponent = true;
		}
		// An integer is Jackson's integer token, which a double property reads otherwise;
		// long numbers are Jackson's to limit.
		if ((!fraction && !exponent) || i - start > 100 || i - start > this.maxNumberLength) {
			throw UNREADABLE;
		}
		this.position = i;
		return Double.parseDouble(new String(this.bytes, start, i - start, StandardCharsets.ISO_8859_1));
	}

	private int digits(int from) {
		int i = from;
		while (i < this.end && this.bytes[i] >= '0' && this.bytes[i] <= '9') {
			i++;
		}
		return i - from;
	}

}

package dev.reactiveai.openai.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Text that a server controls (error messages, body excerpts, header values, cursors)
 * made fit to quote in an exception message, which ends up in logs: control characters
 * are escaped, so that the text cannot start a forged log line or drive a terminal, and
 * its length is bounded, so that a huge message does not flood the log.
 * <p>
 * Escaped as {@code \r}, {@code \n}, {@code \t} or {@code \}{@code uXXXX}: the C0 and C1
 * control characters (ESC, NEL, CSI among them), DEL, the Unicode line and paragraph
 * separators, and the bidirectional formatting characters that can make a log line read
 * differently from what it contains. Backslashes are left as they are.
 * <p>
 * Public for the helpers, which quote what a model answered when it cannot be read.
 */
public final class ServerText {

	/** The longest free text quoted: an error message, a body excerpt, an event. */
	public static final int MAX_TEXT = 2000;

	/** The longest short value quoted: an error type, code, param, header, cursor. */
	public static final int MAX_VALUE = 256;

	private ServerText() {
	}

	/**
	 * The text escaped and, if longer than the bound once escaped, cut there with a
	 * marker that says how much was left out. Redact it first: cutting may split a key.
	 * @param text the text
	 * @param maxChars the most characters of escaped text kept
	 * @return the quotable text
	 */
	public static String quote(String text, int maxChars) {
		StringBuilder quoted = null;
		int index = 0;
		for (; index < text.length(); index++) {
			char next = text.charAt(index);
			String escape = escape(next);
			int added = (escape != null) ? escape.length() : 1;
			int length = (quoted != null) ? quoted.length() : index;
			if (length + added > maxChars) {
				break;
			}
			if (escape != null || quoted != null) {
				quoted = (quoted != null) ? quoted : new StringBuilder(text.substring(0, index));
				if (escape != null) {
					quoted.append(escape);
				}
				else {
					quoted.append(next);
				}
			}
		}
		if (index == text.length()) {
			return (quoted != null) ? quoted.toString() : text;
		}
		quoted = (quoted != null) ? quoted : new StringBuilder(text.substring(0, index));
		if (index > 0 && Character.isHighSurrogate(text.charAt(index - 1))) {
			// Half a character: drop it too.
			quoted.setLength(quoted.length() - 1);
			index--;
		}
		return quoted.append("...[cut at ")
			.append(maxChars)
			.append(" characters, ")
			.append(text.length() - index)
			.append(" more]")
			.toString();
	}

	/**
	 * The text quoted as a short value, or {@code null}.
	 * @param text the text, or null
	 * @return the quotable text, or {@code "null"}
	 */
	static String quoteValue(@Nullable String text) {
		return (text != null) ? quote(text, MAX_VALUE) : "null";
	}

	private static @Nullable String escape(char c) {
		return switch (c) {
			case '\r' -> "\\r";
			case '\n' -> "\\n";
			case '\t' -> "\\t";
			default -> needsEscape(c) ? String.format("\\u%04x", (int) c) : null;
		};
	}

	private static boolean needsEscape(char c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
				|| (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\u061c';
	}

}

package dev.reactiveai.openai.core.internal;

import java.net.URI;

import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.error.OpenAiError;
import org.jspecify.annotations.Nullable;

/**
 * Keeps secrets out of text that may reach a message or a log: the client's keys, even
 * when a server echoes them, and the passwords of URLs.
 * <p>
 * A key is redacted whole, and so is any fragment of it of {@value #MIN_FRAGMENT} or more
 * characters: a server, or a cut that bounds a message, may leave only the start of an
 * echoed key (at the end of a text, or before an ellipsis), and a window into a body may
 * start inside one. Eight characters is the shortest fragment redacted because the public
 * prefixes of OpenAI keys ({@code sk-proj-}, {@code sk-admin-}, {@code sk-svcacct-}) are
 * eight or more characters long, so that a shorter fragment would mostly be one of them
 * or ordinary text, while the seven or fewer characters that may remain of the random
 * part of a key (over a hundred characters) do not help to guess it. A key shorter than
 * that is redacted only whole.
 */
public final class Redactor {

	/** The shortest fragment of a key that is redacted. */
	public static final int MIN_FRAGMENT = 8;

	private static final String MARK = "[redacted]";

	private static final String MASK = "****";

	private final @Nullable String[] secrets;

	Redactor(@Nullable String... secrets) {
		this.secrets = secrets.clone();
	}

	/**
	 * The redactor of a client's keys.
	 * @param options the client's options
	 * @return the redactor
	 */
	public static Redactor of(OpenAiClientOptions options) {
		return new Redactor(options.apiKey(), options.adminApiKey());
	}

	/**
	 * The redactor of a client's keys and one more secret, such as the client secret a
	 * realtime session is opened with.
	 * @param options the client's options
	 * @param secret the other secret, or {@code null} for none
	 * @return the redactor
	 */
	public static Redactor of(OpenAiClientOptions options, @Nullable String secret) {
		return new Redactor(options.apiKey(), options.adminApiKey(), secret);
	}

	/**
	 * The text with every key, and every fragment of a key of {@value #MIN_FRAGMENT} or
	 * more characters, replaced by a mark. Redact before cutting a text short, so that
	 * the cut cannot leave part of a key behind.
	 * @param text the text
	 * @return the redacted text
	 */
	public String redact(String text) {
		String result = text;
		for (String secret : this.secrets) {
			if (secret != null && !secret.isEmpty()) {
				result = redact(result, secret);
			}
		}
		return result;
	}

	@Nullable String redactNullable(@Nullable String text) {
		return (text != null) ? redact(text) : null;
	}

	/**
	 * The error with every field redacted.
	 * @param error the error
	 * @return the redacted error
	 */
	OpenAiError redact(OpenAiError error) {
		return new OpenAiError(redactNullable(error.message()), redactNullable(error.type()),
				redactNullable(error.code()), redactNullable(error.param()), error.contentFilter());
	}

	private static String redact(String text, String secret) {
		if (secret.length() < MIN_FRAGMENT) {
			return text.contains(secret) ? text.replace(secret, MARK) : text;
		}
		StringBuilder result = null;
		int copied = 0;
		int position = 0;
		while (position <= text.length() - MIN_FRAGMENT) {
			int length = longestFragmentAt(text, position, secret);
			if (length >= MIN_FRAGMENT) {
				result = (result != null) ? result : new StringBuilder(text.length());
				result.append(text, copied, position).append(MARK);
				position += length;
				copied = position;
			}
			else {
				position++;
			}
		}
		return (result != null) ? result.append(text, copied, text.length()).toString() : text;
	}

	/**
	 * The length of the longest part of the secret that the text repeats at a position.
	 */
	private static int longestFragmentAt(String text, int position, String secret) {
		char first = text.charAt(position);
		int longest = 0;
		for (int start = secret.indexOf(first); start >= 0; start = secret.indexOf(first, start + 1)) {
			int length = 1;
			while (position + length < text.length() && start + length < secret.length()
					&& text.charAt(position + length) == secret.charAt(start + length)) {
				length++;
			}
			longest = Math.max(longest, length);
		}
		return longest;
	}

	/**
	 * A URL as it may be shown: the password of its user info masked, or the whole user
	 * info when it has no password, since a lone user name is often a token. Works on
	 * text that is not a valid URI too, as a rejected base URL may be.
	 * @param url the URL
	 * @return the URL without its secret
	 */
	public static String maskUserInfo(String url) {
		int authorityStart = url.indexOf("//");
		if (authorityStart < 0) {
			return url;
		}
		authorityStart += 2;
		int authorityEnd = authorityStart;
		while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
			authorityEnd++;
		}
		int at = url.lastIndexOf('@', authorityEnd - 1);
		if (at < authorityStart) {
			return url;
		}
		int colon = url.indexOf(':', authorityStart);
		String shown = (colon >= 0 && colon < at) ? url.substring(authorityStart, colon + 1) + MASK : MASK;
		return url.substring(0, authorityStart) + shown + url.substring(at);
	}

	/**
	 * A URL as it may be shown.
	 * @param url the URL, or null
	 * @return the URL without its secret, or null
	 * @see #maskUserInfo(String)
	 */
	public static @Nullable String maskUserInfo(@Nullable URI url) {
		return (url != null) ? maskUserInfo(url.toString()) : null;
	}

}

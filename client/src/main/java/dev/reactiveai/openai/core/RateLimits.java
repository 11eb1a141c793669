package dev.reactiveai.openai.core;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The rate-limit state that OpenAI reports in its {@code x-ratelimit-*} response headers.
 * A value is null when its header is absent or unreadable.
 *
 * @param limitRequests requests allowed in the window
 * @param remainingRequests requests left in the window
 * @param resetRequests time until the request budget is full again
 * @param limitTokens tokens allowed in the window
 * @param remainingTokens tokens left in the window
 * @param resetTokens time until the token budget is full again
 */
public record RateLimits(@Nullable Long limitRequests, @Nullable Long remainingRequests,
		@Nullable Duration resetRequests, @Nullable Long limitTokens, @Nullable Long remainingTokens,
		@Nullable Duration resetTokens) {

	private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|µs|ns)");

	/**
	 * Read the rate limits from response headers.
	 * @param headers the response headers
	 * @return the rate limits
	 */
	public static RateLimits from(HttpHeaders headers) {
		return new RateLimits(number(headers, "x-ratelimit-limit-requests"),
				number(headers, "x-ratelimit-remaining-requests"), duration(headers, "x-ratelimit-reset-requests"),
				number(headers, "x-ratelimit-limit-tokens"), number(headers, "x-ratelimit-remaining-tokens"),
				duration(headers, "x-ratelimit-reset-tokens"));
	}

	/**
	 * Parse a Go-style duration such as {@code 6m0s}, {@code 1.5s} or {@code 12ms}.
	 * @param text the text
	 * @return the duration, or null if the text is not a duration
	 */
	public static @Nullable Duration parseDuration(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		Matcher matcher = DURATION_PART.matcher(value);
		long nanos = 0;
		int end = 0;
		while (matcher.find() && matcher.start() == end) {
			double amount = Double.parseDouble(matcher.group(1));
			nanos += (long) (amount * switch (matcher.group(2)) {
				case "h" -> 3_600_000_000_000d;
				case "m" -> 60_000_000_000d;
				case "s" -> 1_000_000_000d;
				case "ms" -> 1_000_000d;
				case "us", "µs" -> 1_000d;
				default -> 1d;
			});
			end = matcher.end();
		}
		return (end == value.length() && end > 0) ? Duration.ofNanos(nanos) : null;
	}

	private static @Nullable Long number(HttpHeaders headers, String name) {
		String value = headers.getFirst(name);
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Duration duration(HttpHeaders headers, String name) {
		return parseDuration(headers.getFirst(name));
	}

}

package dev.reactiveai.openai.core;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A response with its HTTP status and headers, for callers who need more than the body.
 *
 * @param <T> the body type
 * @param statusCode the HTTP status code
 * @param headers the response headers
 * @param body the decoded body; none for an operation that answers without one
 * ({@code ApiResponse<Void>})
 */
public record ApiResponse<T extends @Nullable Object>(int statusCode, HttpHeaders headers, T body) {

	/** The {@code x-request-id} header, to quote to OpenAI support. */
	public @Nullable String requestId() {
		return this.headers.getFirst("x-request-id");
	}

	/** The rate-limit headers, parsed. */
	public RateLimits rateLimits() {
		return RateLimits.from(this.headers);
	}

	/**
	 * The {@code openai-processing-ms} header: how long the API worked on the request.
	 */
	public @Nullable Long processingMillis() {
		String value = this.headers.getFirst("openai-processing-ms");
		try {
			return (value != null) ? Long.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

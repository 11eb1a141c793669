package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * A rate limit or quota was exceeded (HTTP 429); see the {@code x-ratelimit-*} headers.
 */
public class RateLimitException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public RateLimitException(OpenAiError error, HttpHeaders headers, String message) {
		super(429, error, headers, message);
	}

}

package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * The API rejected the request as malformed or invalid (HTTP 400).
 */
public class BadRequestException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public BadRequestException(OpenAiError error, HttpHeaders headers, String message) {
		super(400, error, headers, message);
	}

}

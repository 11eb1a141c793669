package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * The request conflicts with the resource's state (HTTP 409).
 */
public class ConflictException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public ConflictException(OpenAiError error, HttpHeaders headers, String message) {
		super(409, error, headers, message);
	}

}

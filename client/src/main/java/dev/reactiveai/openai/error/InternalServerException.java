package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * The API failed on its side (HTTP 5xx).
 */
public class InternalServerException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public InternalServerException(int statusCode, OpenAiError error, HttpHeaders headers, String message) {
		super(statusCode, error, headers, message);
	}

}

package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * The request was well formed but could not be processed (HTTP 422).
 */
public class UnprocessableEntityException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public UnprocessableEntityException(OpenAiError error, HttpHeaders headers, String message) {
		super(422, error, headers, message);
	}

}

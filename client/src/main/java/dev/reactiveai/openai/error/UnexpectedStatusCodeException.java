package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * The API answered with a status that no other exception type covers, such as a redirect.
 */
public class UnexpectedStatusCodeException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public UnexpectedStatusCodeException(int statusCode, OpenAiError error, HttpHeaders headers, String message) {
		super(statusCode, error, headers, message);
	}

}

package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * The API key is missing, invalid or revoked (HTTP 401).
 */
public class AuthenticationException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public AuthenticationException(OpenAiError error, HttpHeaders headers, String message) {
		super(401, error, headers, message);
	}

}

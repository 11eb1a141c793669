package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * The resource or model does not exist, or the key cannot see it (HTTP 404).
 */
public class NotFoundException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(OpenAiError error, HttpHeaders headers, String message) {
		super(404, error, headers, message);
	}

}

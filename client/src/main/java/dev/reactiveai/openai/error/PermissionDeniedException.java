package dev.reactiveai.openai.error;

import org.springframework.http.HttpHeaders;

/**
 * The API key may not use the resource, region or model (HTTP 403).
 */
public class PermissionDeniedException extends OpenAiServiceException {

	private static final long serialVersionUID = 1L;

	public PermissionDeniedException(OpenAiError error, HttpHeaders headers, String message) {
		super(403, error, headers, message);
	}

}

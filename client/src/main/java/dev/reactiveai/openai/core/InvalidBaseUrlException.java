package dev.reactiveai.openai.core;

import dev.reactiveai.openai.core.internal.Redactor;
import dev.reactiveai.openai.error.OpenAiConfigurationException;

/**
 * A base URL that the client cannot use. The URL is kept, and shown, with the password of
 * its user info masked.
 */
public class InvalidBaseUrlException extends OpenAiConfigurationException {

	private static final long serialVersionUID = 1L;

	private final String baseUrl;

	private final String reason;

	public InvalidBaseUrlException(String baseUrl, String reason) {
		super("Base URL '" + Redactor.maskUserInfo(baseUrl).replaceAll("[\\r\\n]", "?") + "' is not usable: " + reason);
		this.baseUrl = Redactor.maskUserInfo(baseUrl);
		this.reason = reason;
	}

	/** The rejected base URL, with the password of its user info masked. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** Why the URL was rejected. */
	public String reason() {
		return this.reason;
	}

}

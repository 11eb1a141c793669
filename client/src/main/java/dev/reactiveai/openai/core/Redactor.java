package dev.reactiveai.openai.core;

import org.jspecify.annotations.Nullable;

import dev.reactiveai.openai.error.OpenAiError;

/**
 * Keeps the client's keys out of text that may reach a message or a log, even when a
 * server echoes them.
 */
final class Redactor {

	private static final String MARK = "[redacted]";

	private final @Nullable String[] secrets;

	Redactor(@Nullable String... secrets) {
		this.secrets = secrets.clone();
	}

	/**
	 * The redactor of a client's keys.
	 * @param options the client's options
	 * @return the redactor
	 */
	static Redactor of(OpenAiClientOptions options) {
		return new Redactor(options.apiKey(), options.adminApiKey());
	}

	/**
	 * The text with every key replaced by a mark.
	 * @param text the text
	 * @return the redacted text
	 */
	String redact(String text) {
		String result = text;
		for (String secret : this.secrets) {
			if (secret != null && result.contains(secret)) {
				result = result.replace(secret, MARK);
			}
		}
		return result;
	}

	@Nullable String redactNullable(@Nullable String text) {
		return (text != null) ? redact(text) : null;
	}

	/**
	 * The error with its free-text fields redacted.
	 * @param error the error
	 * @return the redacted error
	 */
	OpenAiError redact(OpenAiError error) {
		return new OpenAiError(redactNullable(error.message()), error.type(), error.code(),
				redactNullable(error.param()));
	}

}

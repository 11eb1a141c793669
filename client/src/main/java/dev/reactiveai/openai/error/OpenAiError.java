package dev.reactiveai.openai.error;

import org.jspecify.annotations.Nullable;

/**
 * The {@code error} object of an OpenAI error response or stream error event.
 * <p>
 * The fields hold the server's text as it was sent, with the client's keys redacted: not
 * escaped and not shortened, so that code can compare them. Escape them before writing
 * them to a log yourself; the exception's message already quotes them escaped and bounded
 * in length.
 *
 * @param message the human-readable message
 * @param type the error type, such as {@code invalid_request_error}
 * @param code the machine-readable code, such as {@code invalid_api_key}
 * @param param the request parameter the error relates to
 * @param contentFilter why Azure OpenAI's content filter refused the request (code
 * {@code content_filter}), or {@code null}
 */
public record OpenAiError(@Nullable String message, @Nullable String type, @Nullable String code,
		@Nullable String param, @Nullable ContentFilterResults contentFilter) {

	/**
	 * The error of an answer or stream that described none: every field null, as when the
	 * body was not an OpenAI error or the stream broke off.
	 */
	public static final OpenAiError NONE = new OpenAiError(null, null, null, null);

	/**
	 * An error without content-filter results.
	 * @param message the human-readable message
	 * @param type the error type
	 * @param code the machine-readable code
	 * @param param the request parameter the error relates to
	 */
	public OpenAiError(@Nullable String message, @Nullable String type, @Nullable String code, @Nullable String param) {
		this(message, type, code, param, null);
	}

}

package dev.reactiveai.openai.error;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The API answered with an error status. Each status has its own subclass; use
 * {@link #create} to obtain the right one.
 */
public class OpenAiServiceException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final int statusCode;

	private final OpenAiError error;

	private final transient HttpHeaders headers;

	protected OpenAiServiceException(int statusCode, OpenAiError error, HttpHeaders headers, String message) {
		super(message);
		this.statusCode = statusCode;
		this.error = error;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	/**
	 * Create the exception type that matches the given status.
	 * @param statusCode the HTTP status code
	 * @param error the error the body described, or {@link OpenAiError#NONE}
	 * @param headers the response headers
	 * @param message the exception message
	 * @return the exception
	 */
	public static OpenAiServiceException create(int statusCode, OpenAiError error, HttpHeaders headers,
			String message) {
		return switch (statusCode) {
			case 400 -> new BadRequestException(error, headers, message);
			case 401 -> new AuthenticationException(error, headers, message);
			case 403 -> new PermissionDeniedException(error, headers, message);
			case 404 -> new NotFoundException(error, headers, message);
			case 409 -> new ConflictException(error, headers, message);
			case 422 -> new UnprocessableEntityException(error, headers, message);
			case 429 -> new RateLimitException(error, headers, message);
			default -> (statusCode >= 500 && statusCode <= 599)
					? new InternalServerException(statusCode, error, headers, message)
					: new UnexpectedStatusCodeException(statusCode, error, headers, message);
		};
	}

	/** The HTTP status code. */
	public int statusCode() {
		return this.statusCode;
	}

	/**
	 * The error the response body described; its fields are null when the body was not an
	 * OpenAI error.
	 */
	public OpenAiError error() {
		return this.error;
	}

	/** The response headers. */
	public HttpHeaders headers() {
		return this.headers;
	}

	/** The {@code x-request-id} response header, to quote to OpenAI support. */
	public @Nullable String requestId() {
		return this.headers.getFirst("x-request-id");
	}

	/** The OpenAI error type, such as {@code invalid_request_error}. */
	public @Nullable String type() {
		return this.error.type();
	}

	/** The OpenAI error code, such as {@code invalid_api_key}. */
	public @Nullable String code() {
		return this.error.code();
	}

	/** The request parameter the error relates to. */
	public @Nullable String param() {
		return this.error.param();
	}

	/**
	 * Why Azure OpenAI's content filter refused the request, when it did (code
	 * {@code content_filter}).
	 * @return the filter's results, or {@code null}
	 */
	public @Nullable ContentFilterResults contentFilter() {
		return this.error.contentFilter();
	}

}

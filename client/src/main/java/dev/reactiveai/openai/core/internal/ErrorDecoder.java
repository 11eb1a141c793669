package dev.reactiveai.openai.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.reactiveai.openai.core.internal.sse.SseEvent;
import dev.reactiveai.openai.error.ContentFilterResults;
import dev.reactiveai.openai.error.OpenAiError;
import dev.reactiveai.openai.error.OpenAiResponseException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.error.OpenAiStreamException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Turns what a server sent about a failure (an error body, an error event, JSON that
 * could not be read) into an {@link OpenAiError} and the exception that carries it, with
 * a message fit for logs.
 */
final class ErrorDecoder {

	/** The most of an error body that is read: an error body is small. */
	private static final int MAX_ERROR_BODY = 64 * 1024;

	private final JsonMapper mapper;

	private final Redactor redactor;

	ErrorDecoder(JsonMapper mapper, Redactor redactor) {
		this.mapper = mapper;
		this.redactor = redactor;
	}

	/**
	 * Read an answer with an error status, up to 64 KiB of its body, and fail with its
	 * exception.
	 * @param <T> what the call answers
	 * @param request the request answered
	 * @param response the answer
	 * @return fails with the exception
	 */
	<T> Mono<T> errorFrom(ApiRequest request, ClientResponse response) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		int status = response.statusCode().value();
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), MAX_ERROR_BODY).map((buffer) -> {
			try {
				return buffer.toString(StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		})
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(""))
			.defaultIfEmpty("")
			.flatMap((body) -> Mono.error(serviceException(request, status, headers, body)));
	}

	/**
	 * The exception for an error status.
	 * @param request the request answered
	 * @param status the status code
	 * @param headers the response headers
	 * @param body the response body, empty when there was none or it was too large
	 * @return the exception
	 */
	OpenAiServiceException serviceException(ApiRequest request, int status, HttpHeaders headers, String body) {
		OpenAiError error = this.redactor.redact(parseError(body));
		StringBuilder message = new StringBuilder("HTTP ").append(status).append(" from ").append(request);
		if (error.message() != null) {
			message.append(": ").append(ServerText.quote(error.message(), ServerText.MAX_TEXT));
		}
		else if (!body.isBlank()) {
			message.append(": ").append(ServerText.quote(this.redactor.redact(body.strip()), ServerText.MAX_TEXT));
		}
		if (error.type() != null || error.code() != null || error.param() != null) {
			message.append(" (type=").append(ServerText.quoteValue(error.type()));
			message.append(", code=").append(ServerText.quoteValue(error.code()));
			message.append(", param=").append(ServerText.quoteValue(error.param())).append(')');
		}
		String location = headers.getFirst(HttpHeaders.LOCATION);
		if (status >= 300 && status < 400 && location != null) {
			message.append(" redirecting to ")
				.append(quoteHeader(location))
				.append(", which the client does not follow");
		}
		String requestId = headers.getFirst("x-request-id");
		if (requestId != null) {
			message.append(" [request id ").append(quoteHeader(requestId)).append(']');
		}
		return OpenAiServiceException.create(status, error, headers, message.toString());
	}

	private OpenAiError parseError(String body) {
		if (body.isBlank()) {
			return OpenAiError.NONE;
		}
		try {
			JsonNode root = this.mapper.readTree(body);
			JsonNode error = root.path("error");
			if (error.isObject()) {
				return errorOf(error);
			}
			if (error.isString()) {
				return new OpenAiError(error.asString(), null, null, null);
			}
			if (root.path("message").isString()) {
				return errorOf(root);
			}
		}
		catch (JacksonException ex) {
			// Not JSON: the caller quotes the text instead.
		}
		return OpenAiError.NONE;
	}

	/**
	 * The exception for an event that reports an error, or null if the event is not one.
	 * @param event the event
	 * @param requestId the {@code x-request-id} of the stream
	 * @return the exception, or null
	 */
	@Nullable OpenAiStreamException streamError(SseEvent event, @Nullable String requestId) {
		boolean errorEvent = "error".equals(event.event());
		if (!errorEvent && !ErrorMarker.isIn(event.bytes(), event.offset(), event.length())) {
			return null;
		}
		OpenAiError error;
		try {
			JsonNode root = this.mapper.readTree(event.bytes(), event.offset(), event.length());
			JsonNode member = root.path("error");
			if (member.isObject()) {
				error = errorOf(member);
			}
			else if (errorEvent || "error".equals(text(root, "type"))) {
				error = errorOf(root);
			}
			else {
				return null;
			}
		}
		catch (JacksonException ex) {
			if (!errorEvent) {
				return null;
			}
			error = new OpenAiError(cut(event.dataAsString()), null, null, null);
		}
		error = this.redactor.redact(error);
		String message = "The stream failed: "
				+ ((error.message() != null) ? ServerText.quote(error.message(), ServerText.MAX_TEXT) : "error event")
				+ ((error.type() != null || error.code() != null) ? " (type=" + ServerText.quoteValue(error.type())
						+ ", code=" + ServerText.quoteValue(error.code()) + ")" : "")
				+ ((requestId != null) ? " [request id " + quoteHeader(requestId) + "]" : "");
		return new OpenAiStreamException(message, error, requestId, null);
	}

	/**
	 * The exception for a body or event that is not the JSON expected. Jackson quotes the
	 * JSON it could not read, which may be anything the server sent, so the message is
	 * redacted and the original exception is not kept as the cause.
	 * @param what what could not be read
	 * @param ex Jackson's failure
	 * @param requestId the {@code x-request-id} of the response
	 * @return the exception
	 */
	OpenAiResponseException unreadable(String what, JacksonException ex, @Nullable String requestId) {
		return new OpenAiResponseException(
				this.redactor.redact(
						"Could not read " + what + ": " + ex.getOriginalMessage() + " (at " + ex.getLocation() + ")"),
				requestId, null);
	}

	/**
	 * The exception for a streamed answer that is not an event stream, such as a proxy's
	 * or a captive portal's page: it quotes the start of what came instead.
	 * @param request the request answered
	 * @param contentType the answer's content type, if any
	 * @param start the start of the answer's body
	 * @param requestId the {@code x-request-id} of the response
	 * @return the exception
	 */
	OpenAiResponseException notAnEventStream(ApiRequest request, @Nullable String contentType, String start,
			@Nullable String requestId) {
		StringBuilder message = new StringBuilder("The answer to ").append(request)
			.append(" is not an event stream (Content-Type: ")
			.append((contentType != null) ? quoteHeader(contentType) : "none")
			.append(')');
		if (!start.isBlank()) {
			message.append("; it begins: ").append(ServerText.quote(this.redactor.redact(start), ServerText.MAX_TEXT));
		}
		if (requestId != null) {
			message.append(" [request id ").append(quoteHeader(requestId)).append(']');
		}
		return new OpenAiResponseException(message.toString(), requestId, null);
	}

	private static OpenAiError errorOf(JsonNode node) {
		return new OpenAiError(text(node, "message"), text(node, "type"), text(node, "code"), text(node, "param"),
				contentFilter(node.path("innererror")));
	}

	/**
	 * The results of Azure OpenAI's content filter, from the {@code innererror} of its
	 * error.
	 */
	private static @Nullable ContentFilterResults contentFilter(JsonNode innerError) {
		JsonNode results = innerError.path("content_filter_result");
		if (!results.isObject()) {
			results = innerError.path("content_filter_results");
		}
		if (!results.isObject()) {
			return null;
		}
		Map<String, ContentFilterResults.Category> categories = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : results.properties()) {
			JsonNode category = entry.getValue();
			if (category.isObject() && category.has("filtered")) {
				JsonNode detected = category.get("detected");
				categories.put(entry.getKey(),
						new ContentFilterResults.Category(category.path("filtered").asBoolean(false),
								text(category, "severity"),
								(detected != null && detected.isBoolean()) ? detected.asBoolean() : null));
			}
		}
		return new ContentFilterResults(text(innerError, "code"), categories);
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : (value.isString() ? value.asString() : value.toString());
	}

	private String quoteHeader(String value) {
		return ServerText.quote(this.redactor.redact(value), ServerText.MAX_VALUE);
	}

	/**
	 * The start of an event that is not JSON, kept as the error's message: the event may
	 * be as large as the in-memory limit. Redacted before it is cut, so that the cut
	 * cannot leave part of a key.
	 */
	private String cut(String text) {
		String redacted = this.redactor.redact(text);
		return (redacted.length() <= ServerText.MAX_TEXT) ? redacted
				: redacted.substring(0, ServerText.MAX_TEXT) + "...";
	}

}

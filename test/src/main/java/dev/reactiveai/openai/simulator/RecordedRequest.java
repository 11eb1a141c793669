package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.HttpHeaders;

/**
 * A request the simulator received, for assertions: what went over the wire, and, for a
 * JSON body, the body read into the client's own model types with {@link #body(Class)}.
 *
 * @param operationId the spec's {@code operationId} of the operation it reached, or
 * {@code null} when no operation has its method and path
 * @param method the HTTP method
 * @param path the path below {@code /v1}, such as {@code /chat/completions}
 * @param query the query parameters
 * @param headers the request headers
 * @param content the body as sent, empty for none and for a multipart form
 * @param parts the parts of a multipart form, empty for any other body
 * @param receivedAt when the simulator received the request line (the system's time,
 * whatever the simulator's clock)
 */
public record RecordedRequest(@Nullable String operationId, String method, String path, Map<String, List<String>> query,
		HttpHeaders headers, byte[] content, List<RecordedPart> parts, Instant receivedAt) {

	/**
	 * A request received now.
	 * @param operationId the spec's {@code operationId}, or {@code null}
	 * @param method the HTTP method
	 * @param path the path below {@code /v1}
	 * @param query the query parameters
	 * @param headers the request headers
	 * @param content the body as sent
	 * @param parts the parts of a multipart form
	 */
	public RecordedRequest(@Nullable String operationId, String method, String path, Map<String, List<String>> query,
			HttpHeaders headers, byte[] content, List<RecordedPart> parts) {
		this(operationId, method, path, query, headers, content, parts, Instant.now());
	}

	/**
	 * The body as text.
	 * @return the body decoded as UTF-8, empty for none
	 */
	public String bodyText() {
		return new String(this.content, StandardCharsets.UTF_8);
	}

	/**
	 * The body as a JSON tree.
	 * @return the tree, or a missing node when there is no JSON body
	 */
	public JsonNode json() {
		if (this.content.length == 0) {
			return MissingNode.getInstance();
		}
		try {
			return OpenAiJson.mapper().readTree(this.content);
		}
		catch (RuntimeException ex) {
			return MissingNode.getInstance();
		}
	}

	/**
	 * The JSON body read into a model type, such as
	 * {@code CreateChatCompletionRequest.class}.
	 * @param <T> the type
	 * @param type the type
	 * @return the body
	 */
	public <T> T body(Class<T> type) {
		return OpenAiJson.mapper().readValue(this.content, type);
	}

	/**
	 * The first value of a query parameter.
	 * @param name the parameter's name
	 * @return its value, or {@code null} when absent
	 */
	public @Nullable String queryParameter(String name) {
		List<String> values = this.query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The part of a multipart form with this name.
	 * @param name the part's name
	 * @return the part, or {@code null} when there is none
	 */
	public @Nullable RecordedPart part(String name) {
		return this.parts.stream().filter((part) -> part.name().equals(name)).findFirst().orElse(null);
	}

	@Override
	public String toString() {
		// Headers left out: they hold the API key.
		return this.method + " /v1" + this.path + ((this.operationId != null) ? " (" + this.operationId + ")" : "");
	}

	/**
	 * One part of a multipart form.
	 *
	 * @param name the part's name
	 * @param filename the file name of a file part, {@code null} for a field
	 * @param contentType the part's content type, {@code null} when not given
	 * @param content the part's bytes
	 */
	public record RecordedPart(String name, @Nullable String filename, @Nullable String contentType, byte[] content) {

		/**
		 * The part as text.
		 * @return the content decoded as UTF-8
		 */
		public String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return this.name + ((this.filename != null) ? " (" + this.filename + ", " : " (") + this.content.length
					+ " bytes)";
		}

	}

}

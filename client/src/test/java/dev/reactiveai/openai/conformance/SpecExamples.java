package dev.reactiveai.openai.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example responses of the API description ({@code x-oaiMeta.examples} of each
 * operation), and what kind of text each one is.
 */
final class SpecExamples {

	/** The API description, relative to the client module. */
	static final Path SPEC = Path.of("..", "spec", "openai-openapi.json");

	private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	private static final Pattern SSE_FIELD = Pattern.compile("(?m)^(event|data):");

	private static final Pattern ELLIPSIS = Pattern.compile("(?m)^\\s*(\\{\\s*)?\\.{3,}|\\{\\s*\\.{3}\\s*}");

	private static final Pattern UNQUOTED_KEY = Pattern.compile("(?m)^\\s*[A-Za-z_]\\w*\\s*:");

	private static final Pattern PYTHON_NONE = Pattern.compile(":\\s*None\\b");

	/** Strict JSON: one value, no comments, no trailing commas. */
	private static final JsonMapper STRICT = OpenAiJson.mapperBuilder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private SpecExamples() {
	}

	/**
	 * Every example of every operation that carries a response, in the order of the
	 * description.
	 * @return the examples
	 * @throws IOException if the description cannot be read
	 */
	static List<Example> load() throws IOException {
		JsonNode spec = STRICT.readTree(Files.readString(SPEC));
		List<Example> examples = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (!HTTP_METHODS.contains(operation.getKey())) {
					continue;
				}
				JsonNode declared = operation.getValue().path("x-oaiMeta").path("examples");
				List<JsonNode> entries = declared.isArray() ? List.copyOf(declared.values()) : List.of(declared);
				for (JsonNode entry : entries) {
					JsonNode response = entry.path("response");
					if (!response.isString()) {
						continue;
					}
					String title = entry.path("title").isString() ? entry.path("title").asString() : null;
					examples.add(new Example(operation.getValue().path("operationId").asString(), title,
							operation.getKey().toUpperCase(), path.getKey(), response.asString()));
				}
			}
		}
		return examples;
	}

	/**
	 * The example of the given operation with the given title (or the only one).
	 * @param operationId the operation
	 * @param title the example's title, or {@code null} if it has none
	 * @return the example
	 * @throws IOException if the description cannot be read
	 */
	static Example find(String operationId, @Nullable String title) throws IOException {
		return load().stream()
			.filter((example) -> example.operationId().equals(operationId))
			.filter((example) -> title == null || title.equals(example.title()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No example of " + operationId + " " + title));
	}

	/**
	 * Remove {@code //} comments and trailing commas from JSON-like text, leaving string
	 * literals (such as URLs) untouched.
	 * @param text the text
	 * @return the text without them
	 */
	static String stripCommentsAndTrailingCommas(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean inString = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (inString) {
				out.append(c);
				if (c == '\\' && i + 1 < text.length()) {
					out.append(text.charAt(i + 1));
					i += 2;
					continue;
				}
				inString = (c != '"');
				i++;
			}
			else if (c == '"') {
				inString = true;
				out.append(c);
				i++;
			}
			else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					i++;
				}
			}
			else if (c == ',' && closesNext(text, i + 1)) {
				i++;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/**
	 * Whether the next token from {@code from}, skipping white space and {@code //}
	 * comments, closes an object or array.
	 */
	private static boolean closesNext(String text, int from) {
		int i = from;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					i++;
				}
			}
			else {
				return c == '}' || c == ']';
			}
		}
		return false;
	}

	private static boolean isStrictJson(String text) {
		try {
			STRICT.readTree(text);
			return true;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/**
	 * Why text that is neither JSON nor a server-sent events transcript cannot be
	 * round-tripped.
	 */
	private static String whyNotJson(String text) {
		String trimmed = text.strip();
		if (trimmed.startsWith("<")) {
			return "placeholder for binary content (" + trimmed.lines().findFirst().orElse("") + ")";
		}
		if (trimmed.startsWith("v=0")) {
			return "SDP answer (application/sdp), not JSON";
		}
		if (trimmed.startsWith("{") && multipleJsonValues(trimmed)) {
			return "stream written as bare JSON chunks, without server-sent event framing";
		}
		if (ELLIPSIS.matcher(trimmed).find()) {
			return "elided with '...' placeholders";
		}
		if (UNQUOTED_KEY.matcher(trimmed).find()) {
			return "JavaScript object literal with unquoted keys";
		}
		if (PYTHON_NONE.matcher(trimmed).find()) {
			return "Python None instead of null";
		}
		try {
			STRICT.readTree(stripCommentsAndTrailingCommas(text));
			throw new IllegalStateException("Not malformed");
		}
		catch (JacksonException ex) {
			String message = ex.getOriginalMessage().lines().findFirst().orElse("");
			return "malformed JSON (" + message.replaceAll(" \\(start marker at .*", "") + " at line "
					+ ex.getLocation().getLineNr() + ")";
		}
	}

	private static boolean multipleJsonValues(String text) {
		int values = 0;
		for (String chunk : text.split("\\n\\s*\\n")) {
			String candidate = chunk.strip();
			if (candidate.startsWith("{") && isStrictJson(candidate)) {
				values++;
			}
		}
		return values > 1;
	}

	/**
	 * What an example response is.
	 */
	enum Kind {

		/** Strict JSON. */
		JSON("json"),

		/** JSON once {@code //} comments and trailing commas are removed. */
		JSON_AFTER_CLEANUP("json-after-cleanup"),

		/**
		 * A transcript of server-sent events ({@code event:} and {@code data:} lines).
		 */
		STREAM("stream"),

		/** No text at all. */
		EMPTY("empty"),

		/** Something else: placeholders, other formats, malformed JSON. */
		OTHER("other");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	/**
	 * One example response of an operation.
	 *
	 * @param operationId the operation's id
	 * @param title the example's title, if it has one
	 * @param method the HTTP method, upper case
	 * @param path the path template
	 * @param response the response text as the description gives it
	 */
	record Example(String operationId, @Nullable String title, String method, String path, String response) {

		/** The name of the example's test: the operation id and the example's title. */
		String name() {
			return (this.title != null) ? this.operationId + " " + this.title : this.operationId;
		}

		/** The kind of text the response is. */
		Kind kind() {
			if (this.response.isBlank()) {
				return Kind.EMPTY;
			}
			if (isStrictJson(this.response)) {
				return Kind.JSON;
			}
			if (isStrictJson(stripCommentsAndTrailingCommas(this.response))) {
				return Kind.JSON_AFTER_CLEANUP;
			}
			if (SSE_FIELD.matcher(this.response).find()) {
				return Kind.STREAM;
			}
			return Kind.OTHER;
		}

		/** The JSON of a {@link Kind#JSON} or {@link Kind#JSON_AFTER_CLEANUP} example. */
		String json() {
			return (kind() == Kind.JSON) ? this.response : stripCommentsAndTrailingCommas(this.response);
		}

		/**
		 * Why an {@link Kind#EMPTY} or {@link Kind#OTHER} example is not round-tripped.
		 */
		String skipReason() {
			return (kind() == Kind.EMPTY) ? "empty" : whyNotJson(this.response);
		}

	}

}

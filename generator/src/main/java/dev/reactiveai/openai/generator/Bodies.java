package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What an operation sends and what it answers with, as the description says: the request
 * body's schema and content type, and whether the answer is JSON (and its schema), bytes
 * or nothing. {@link ApiModelReader} reads the schemas into Java types.
 */
final class Bodies {

	static final ClassName DATA_BUFFER = ClassName.get("org.springframework.core.io.buffer", "DataBuffer");

	/**
	 * The content types a request body can be sent as, in the order they are preferred
	 * when an operation accepts several.
	 */
	static final List<String> REQUEST_CONTENT_TYPES = List.of("application/json", "multipart/form-data");

	/**
	 * A request body, as the description gives it.
	 *
	 * @param contentType how it is sent: one of {@link #REQUEST_CONTENT_TYPES}
	 * @param schema its schema
	 * @param description the description's word on it, or empty
	 */
	record RequestSchema(String contentType, JsonNode schema, String description) {

	}

	/** How an operation answers. */
	enum Kind {

		/** A JSON body, read into a model. */
		JSON,

		/** No body. */
		EMPTY,

		/** Bytes: a file, audio, a video. */
		BINARY

	}

	/**
	 * An operation's answer, as the description gives it.
	 *
	 * @param kind how it answers
	 * @param schema the schema of a JSON answer, else null
	 */
	record AnswerSchema(Kind kind, @Nullable JsonNode schema) {

	}

	private final Schemas schemas;

	Bodies(Schemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * The request body of an operation, sent as the first of its content types (in the
	 * description's order) that the client can send.
	 * @param operation the operation
	 * @return the body, or null when the operation has none
	 * @throws IllegalStateException when the client cannot send any of the body's content
	 * types
	 */
	@Nullable RequestSchema requestBody(Operation operation) {
		JsonNode requestBody = operation.node().path("requestBody");
		List<String> offered = new ArrayList<>();
		for (Map.Entry<String, JsonNode> content : requestBody.path("content").properties()) {
			offered.add(content.getKey());
			if (REQUEST_CONTENT_TYPES.contains(content.getKey())) {
				return new RequestSchema(content.getKey(), content.getValue().path("schema"),
						Schemas.description(requestBody));
			}
		}
		if (!offered.isEmpty()) {
			throw new IllegalStateException("Operation " + operation.id() + " (" + operation.path()
					+ ") takes its body only as " + offered + "; the client sends " + REQUEST_CONTENT_TYPES
					+ ": teach ApiRequest and Bodies the new content type");
		}
		return null;
	}

	/**
	 * How an operation answers: the first success status with content decides.
	 * @param operation the operation
	 * @return the answer
	 */
	AnswerSchema answer(Operation operation) {
		for (Map.Entry<String, JsonNode> status : operation.node().path("responses").properties()) {
			if (!status.getKey().startsWith("2")) {
				continue;
			}
			JsonNode content = status.getValue().path("content");
			JsonNode json = content.get("application/json");
			if (json != null) {
				JsonNode schema = json.path("schema");
				// A JSON string answer is a file's bytes (skill bundles), not JSON.
				if ("string".equals(Schemas.type(this.schemas.resolve(schema)))) {
					return new AnswerSchema(Kind.BINARY, null);
				}
				return new AnswerSchema(Kind.JSON, schema);
			}
			if (!content.isEmpty()) {
				return new AnswerSchema(Kind.BINARY, null);
			}
		}
		return new AnswerSchema(Kind.EMPTY, null);
	}

}

package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What an operation sends and what it answers with: the request body's type and content
 * type, and whether the answer is JSON, bytes or nothing.
 */
final class Bodies {

	static final ClassName DATA_BUFFER = ClassName.get("org.springframework.core.io.buffer", "DataBuffer");

	/**
	 * The content types a request body can be sent as, in the order they are preferred
	 * when an operation accepts several.
	 */
	static final List<String> REQUEST_CONTENT_TYPES = List.of("application/json", "multipart/form-data");

	/**
	 * A request body.
	 *
	 * @param type its Java type
	 * @param contentType how it is sent: one of {@link #REQUEST_CONTENT_TYPES}
	 * @param description the description's word on it, or empty
	 */
	record Body(TypeName type, String contentType, String description) {

		boolean isMultipart() {
			return this.contentType.equals("multipart/form-data");
		}

		/**
		 * The call that attaches the body to the {@code ApiRequest} being built; a
		 * multipart body is written by the service's {@link MultipartParts} method.
		 */
		CodeBlock attach(CodeBlock value) {
			return isMultipart() ? CodeBlock.of("\n.multipart((form) -> $N(form, $L))", MultipartParts.METHOD, value)
					: CodeBlock.of("\n.json($L)", value);
		}

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
	 * An operation's answer.
	 *
	 * @param kind how it answers
	 * @param type the Java type of a JSON answer
	 */
	record Response(Kind kind, TypeName type) {

	}

	private final Schemas schemas;

	private final ModelGenerator models;

	Bodies(Schemas schemas, ModelGenerator models) {
		this.schemas = schemas;
		this.models = models;
	}

	/**
	 * The request body of an operation, sent as the first of its content types (in the
	 * description's order) that the client can send.
	 * @param operation the operation
	 * @param types where inline schemas become types
	 * @param typeName the name for an inline body's type
	 * @return the body, or null when the operation has none
	 * @throws IllegalStateException when the client cannot send any of the body's content
	 * types
	 */
	@Nullable Body request(Operation operation, Owner types, String typeName) {
		JsonNode requestBody = operation.node().path("requestBody");
		List<String> offered = new ArrayList<>();
		for (Map.Entry<String, JsonNode> content : requestBody.path("content").properties()) {
			offered.add(content.getKey());
			if (REQUEST_CONTENT_TYPES.contains(content.getKey())) {
				TypeName type = this.models.typeOf(content.getValue().path("schema"), types, typeName);
				return new Body(type, content.getKey(), Schemas.description(requestBody));
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
	 * @param types where inline schemas become types
	 * @param typeName the name for an inline answer's type
	 * @return the answer
	 */
	Response response(Operation operation, Owner types, String typeName) {
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
					return new Response(Kind.BINARY, DATA_BUFFER);
				}
				return new Response(Kind.JSON, this.models.typeOf(schema, types, typeName));
			}
			if (!content.isEmpty()) {
				return new Response(Kind.BINARY, DATA_BUFFER);
			}
		}
		return new Response(Kind.EMPTY, ClassName.get(Void.class));
	}

}

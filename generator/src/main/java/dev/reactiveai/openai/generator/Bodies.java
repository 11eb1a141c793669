package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
	ApiModel.@Nullable RequestBody requestBody(Operation operation) {
		JsonNode requestBody = operation.node().path("requestBody");
		List<String> offered = new ArrayList<>();
		for (Map.Entry<String, JsonNode> content : requestBody.path("content").properties()) {
			offered.add(content.getKey());
			if (REQUEST_CONTENT_TYPES.contains(content.getKey())) {
				return new ApiModel.RequestBody(content.getKey(), content.getValue().path("schema"),
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
	ApiModel.Answer answer(Operation operation) {
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
					return new ApiModel.Answer(Kind.BINARY, null);
				}
				return new ApiModel.Answer(Kind.JSON, schema);
			}
			if (!content.isEmpty()) {
				return new ApiModel.Answer(Kind.BINARY, null);
			}
		}
		return new ApiModel.Answer(Kind.EMPTY, null);
	}

	/**
	 * The Java type of a request body.
	 * @param models the types
	 * @param body the body
	 * @param types where an inline schema becomes a type
	 * @param typeName the name for an inline body's type
	 * @return the body, typed
	 */
	static Body request(ModelGenerator models, ApiModel.RequestBody body, Owner types, String typeName) {
		return new Body(models.typeOf(body.schema(), types, typeName), body.contentType(), body.description());
	}

	/**
	 * The Java type of an answer.
	 * @param models the types
	 * @param answer the answer
	 * @param types where an inline schema becomes a type
	 * @param typeName the name for an inline answer's type
	 * @return the answer, typed
	 */
	static Response response(ModelGenerator models, ApiModel.Answer answer, Owner types, String typeName) {
		return switch (answer.kind()) {
			case JSON ->
				new Response(Kind.JSON, models.typeOf(Objects.requireNonNull(answer.schema()), types, typeName));
			case BINARY -> new Response(Kind.BINARY, DATA_BUFFER);
			case EMPTY -> new Response(Kind.EMPTY, ClassName.get(Void.class));
		};
	}

}

package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * The description as the emitters use it, read by {@link ApiModelReader}: the services
 * with their Java names, and each operation with its method name, parameters, body,
 * answer, stream and documentation resolved. The emitters turn it into code and read no
 * operation's description themselves. The query parameters', bodies' and answers' schemas
 * are read into their Java types ({@link TypeModelReader} reads the types they declare
 * inline into {@link TypeModel}s), so the model carries types, not schemas.
 *
 * @param groups the services of the resource groups, by accessor, sorted
 * @param types the component schemas' types, by component name, sorted
 */
record ApiModel(Map<String, Service> groups, Map<String, TypeDecl> types) {

	/** What a component schema becomes. */
	enum TypeKind {

		/** A record: an object with named properties. */
		OBJECT,

		/** An open enum: a set of string literals. */
		ENUM,

		/** A sealed interface: a {@code oneOf} or {@code anyOf}. */
		UNION,

		/**
		 * No type of its own: the type of what it stands for (a list, a map, a
		 * reference).
		 */
		ALIAS

	}

	/**
	 * A component schema's type, named and classified.
	 *
	 * @param component the component's name
	 * @param className the Java type ({@link TypeNames})
	 * @param kind what it becomes
	 */
	record TypeDecl(String component, ClassName className, TypeKind kind) {

	}

	/**
	 * A service: a resource group or a sub-resource.
	 *
	 * @param accessors the accessors from the client to it, the group first
	 * ({@code threads}, {@code runs})
	 * @param className its generated class ({@code ThreadsRunsService} in the group's
	 * package)
	 * @param path the path that all its operations start with
	 * ({@code /threads/{thread_id}/runs})
	 * @param children its sub-services, by accessor, in the naming table's order
	 * @param operations its operations, in the naming table's order
	 */
	record Service(List<String> accessors, ClassName className, String path, Map<String, Service> children,
			List<ApiOperation> operations) {

		/** Its accessor on its parent. */
		String accessor() {
			return this.accessors.get(this.accessors.size() - 1);
		}

	}

	/**
	 * An operation, resolved.
	 *
	 * @param id its {@code operationId}
	 * @param httpMethod the HTTP method, upper case
	 * @param path its path template
	 * @param methodName its method's name, from the naming table
	 * @param tableLine the line of the naming table that names it
	 * @param summary what it does, as Javadoc
	 * @param pathParameters its path parameters, in the description's order
	 * @param queryParameters its query parameters, in the description's order
	 * @param queryType the record of its query parameters, or null when it has none
	 * @param body the request body it sends, or null
	 * @param answer how it answers
	 * @param stream how it asks for a stream, or null when it does not stream
	 * @param adminKey whether it authenticates with the admin key
	 * @param betaHeader the {@code OpenAI-Beta} header it sends, or null
	 */
	record ApiOperation(String id, String httpMethod, String path, String methodName, int tableLine, String summary,
			List<PathParameter> pathParameters, List<QueryParameter> queryParameters, @Nullable ClassName queryType,
			@Nullable RequestBody body, Answer answer, Streaming.@Nullable Stream stream, boolean adminKey,
			@Nullable String betaHeader) {

		/** The query parameters the caller must set. */
		List<String> requiredQuery() {
			return this.queryParameters.stream().filter(QueryParameter::required).map(QueryParameter::name).toList();
		}

	}

	/**
	 * A path parameter.
	 *
	 * @param name the API's name
	 * @param javaName the method parameter's name
	 * @param doc its Javadoc
	 */
	record PathParameter(String name, String javaName, String doc) {

	}

	/**
	 * A query parameter: a property of its operation's {@code queryType}, documented with
	 * the parameter's description.
	 *
	 * @param name the API's name
	 * @param required whether the caller must set it
	 */
	record QueryParameter(String name, boolean required) {

	}

	/**
	 * A request body, as the client sends it.
	 *
	 * @param contentType the content type it is sent as: one of
	 * {@link Bodies#REQUEST_CONTENT_TYPES}
	 * @param type its Java type
	 * @param description the description's word on it, or empty
	 */
	record RequestBody(String contentType, TypeName type, String description) {

		/**
		 * Whether it is sent as parts, which the service's {@link MultipartParts} method
		 * writes.
		 */
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

	/**
	 * How an operation answers.
	 *
	 * @param kind JSON, nothing or bytes
	 * @param type what its main method's {@code Mono} or {@code Flux} holds: the Java
	 * type of a JSON answer, {@code Void} for nothing, {@code DataBuffer} for bytes
	 */
	record Answer(Bodies.Kind kind, TypeName type) {

	}

}

package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.palantir.javapoet.ClassName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The description as the emitters use it, read by {@link ApiModelReader}: the services
 * with their Java names, and each operation with its method name, parameters, body,
 * answer, stream and documentation resolved. The emitters turn it into code and read no
 * operation's description themselves; what a schema becomes in Java is the types'
 * business ({@link TypeModelReader} reads them into {@link TypeModel}s), so bodies and
 * answers keep their schemas.
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
	 * The body properties through which streaming calls ask for a stream, by the
	 * component of the request body: the call sets them, so their builders have no setter
	 * for them.
	 * @return the asking property of each streaming request body's component
	 */
	Map<String, String> propertiesSetByTheCall() {
		Map<String, String> asking = new TreeMap<>();
		this.groups.values().forEach((group) -> group.addPropertiesSetByTheCall(asking));
		return asking;
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

		private void addPropertiesSetByTheCall(Map<String, String> asking) {
			for (ApiOperation operation : this.operations) {
				Streaming.Stream stream = operation.stream();
				String body = (operation.body() != null) ? Schemas.refName(operation.body().schema()) : null;
				if (stream != null && !stream.query() && body != null) {
					asking.put(body, stream.property());
				}
			}
			this.children.values().forEach((child) -> child.addPropertiesSetByTheCall(asking));
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
	 * @param body the request body it sends, or null
	 * @param answer how it answers
	 * @param stream how it asks for a stream, or null when it does not stream
	 * @param adminKey whether it authenticates with the admin key
	 * @param betaHeader the {@code OpenAI-Beta} header it sends, or null
	 */
	record ApiOperation(String id, String httpMethod, String path, String methodName, int tableLine, String summary,
			List<PathParameter> pathParameters, List<QueryParameter> queryParameters, @Nullable RequestBody body,
			Answer answer, Streaming.@Nullable Stream stream, boolean adminKey, @Nullable String betaHeader) {

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
	 * A query parameter.
	 *
	 * @param name the API's name
	 * @param schema its schema, with the parameter's description
	 * @param required whether the caller must set it
	 */
	record QueryParameter(String name, JsonNode schema, boolean required) {

	}

	/**
	 * A request body, as the client sends it.
	 *
	 * @param contentType the content type it is sent as: one of
	 * {@link Bodies#REQUEST_CONTENT_TYPES}
	 * @param schema its schema
	 * @param description the description's word on it, or empty
	 */
	record RequestBody(String contentType, JsonNode schema, String description) {

	}

	/**
	 * How an operation answers.
	 *
	 * @param kind JSON, nothing or bytes
	 * @param schema the schema of a JSON answer, else null
	 */
	record Answer(Bodies.Kind kind, @Nullable JsonNode schema) {

	}

}

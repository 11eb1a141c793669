package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the description's operations into an {@link ApiModel}: the naming table arranges
 * them into services ({@link ResourceTree}), and each operation's method name,
 * parameters, body, answer, stream ({@link Streaming}) and Javadoc ({@link MethodDocs})
 * are resolved here, once, so that the emitters only write them. The query parameters',
 * the body's and the answer's schemas are read into Java types here too, through the
 * types' reader ({@link ModelGenerator#typeOf}), which reads and writes the types they
 * declare inline, top-level and named after the service and method
 * ({@code WidgetsUsageListParams}).
 */
final class ApiModelReader {

	private final JsonNode spec;

	private final Schemas schemas;

	private final String packageName;

	private final Bodies bodies;

	private final Streaming streaming;

	/**
	 * A reader of a description.
	 * @param spec the description
	 * @param schemas its schemas
	 * @param packageName the package of the types
	 */
	ApiModelReader(JsonNode spec, Schemas schemas, String packageName) {
		this.spec = spec;
		this.schemas = schemas;
		this.packageName = packageName;
		this.bodies = new Bodies(schemas);
		this.streaming = new Streaming(schemas);
	}

	/**
	 * Read the description's operations as the naming table names them, with the types of
	 * their query parameters, bodies and answers. The types need to know first which body
	 * properties the streaming calls set, and the components' types are read and written
	 * before the operations' own (unions before the records that use them); the
	 * operations' inline types are then read in the services' order: a service's
	 * sub-services first, then each operation's query parameters, body and answer.
	 * @param names the naming table
	 * @param types the component schemas' types ({@link #types})
	 * @param models the types' reader and writer, its components not yet generated
	 * @return the model
	 * @throws IllegalStateException when the table and the description disagree, or an
	 * operation's body is of a content type the client cannot send
	 */
	ApiModel read(OperationNames names, Map<String, ApiModel.TypeDecl> types, ModelGenerator models) {
		Map<String, ResourceTree.Resource> tree = ResourceTree.build(this.spec, names);
		propertiesSetByTheCall(tree)
			.forEach((component, property) -> models.setByTheCall(models.className(component), property));
		models.generate();
		Map<String, ApiModel.Service> groups = new TreeMap<>();
		tree.forEach((group, resource) -> groups.put(group, service(resource, models)));
		return new ApiModel(groups, types);
	}

	/**
	 * The body properties through which streaming calls ask for a stream, by the
	 * component of the request body: the call sets them, so their builders have no setter
	 * for them.
	 * @param names the naming table
	 * @return the asking property of each streaming request body's component
	 */
	Map<String, String> propertiesSetByTheCall(OperationNames names) {
		return propertiesSetByTheCall(ResourceTree.build(this.spec, names));
	}

	private Map<String, String> propertiesSetByTheCall(Map<String, ResourceTree.Resource> tree) {
		Map<String, String> asking = new TreeMap<>();
		tree.values().forEach((group) -> addPropertiesSetByTheCall(group, asking));
		return asking;
	}

	private void addPropertiesSetByTheCall(ResourceTree.Resource resource, Map<String, String> asking) {
		for (Operation operation : resource.operations()) {
			Streaming.Stream stream = this.streaming.stream(operation.id(), operation.node());
			Bodies.RequestSchema body = this.bodies.requestBody(operation);
			String component = (body != null) ? Schemas.refName(body.schema()) : null;
			if (stream != null && !stream.query() && component != null) {
				asking.put(component, stream.property());
			}
		}
		resource.children().values().forEach((child) -> addPropertiesSetByTheCall(child, asking));
	}

	/**
	 * The component schemas' types: named by the type naming table, classified by their
	 * schema (with the wrappers that only make it nullable taken off).
	 * @param typeNames the type naming table
	 * @return the types, by component name
	 * @throws IllegalStateException when the table and the description disagree
	 */
	Map<String, ApiModel.TypeDecl> types(TypeNames typeNames) {
		Map<String, String> javaNames = typeNames.resolve(this.schemas.components());
		Map<String, ApiModel.TypeDecl> types = new TreeMap<>();
		for (Map.Entry<String, JsonNode> component : this.schemas.components().properties()) {
			String javaName = javaNames.getOrDefault(component.getKey(), Names.pascal(component.getKey()));
			types.put(component.getKey(), new ApiModel.TypeDecl(component.getKey(),
					ClassName.get(this.packageName, javaName), kind(component.getValue())));
		}
		return types;
	}

	private ApiModel.TypeKind kind(JsonNode schema) {
		JsonNode effective = TypeModelReader.effective(schema);
		List<JsonNode> alternatives = Schemas.alternatives(effective);
		if (alternatives != null && alternatives.size() > 1) {
			return this.schemas.allStrings(alternatives) ? ApiModel.TypeKind.ENUM : ApiModel.TypeKind.UNION;
		}
		List<String> literals = Schemas.stringValues(effective);
		if (literals != null && !literals.isEmpty() && Schemas.refName(effective) == null) {
			return ApiModel.TypeKind.ENUM;
		}
		if (Schemas.refName(effective) == null && this.schemas.hasProperties(effective)) {
			return ApiModel.TypeKind.OBJECT;
		}
		return ApiModel.TypeKind.ALIAS;
	}

	private ApiModel.Service service(ResourceTree.Resource resource, ModelGenerator models) {
		Map<String, ApiModel.Service> children = new LinkedHashMap<>();
		resource.children().forEach((accessor, child) -> children.put(accessor, service(child, models)));
		ClassName name = resource.serviceName();
		// The operations' inline types: top-level, named after the service.
		Owner types = models
			.topLevelOwner(name.simpleName().substring(0, name.simpleName().length() - "Service".length()));
		List<ApiModel.ApiOperation> operations = new ArrayList<>();
		resource.operations().forEach((operation) -> operations.add(operation(operation, models, types)));
		return new ApiModel.Service(resource.accessors(), name, resource.path(), children, operations);
	}

	/**
	 * An operation, resolved.
	 * @param operation the operation
	 * @param models the types' reader
	 * @param types where its inline types go
	 */
	private ApiModel.ApiOperation operation(Operation operation, ModelGenerator models, Owner types) {
		String typePrefix = Names.pascal(operation.methodName());
		List<ApiModel.PathParameter> pathParameters = new ArrayList<>();
		List<ApiModel.QueryParameter> queryParameters = new ArrayList<>();
		// The query parameters as the properties of an object schema, which the types
		// make
		// a record of.
		ObjectNode querySchema = JsonNodeFactory.instance.objectNode();
		querySchema.put("type", "object");
		ObjectNode properties = querySchema.putObject("properties");
		ArrayNode required = querySchema.putArray("required");
		for (JsonNode parameter : operation.node().path("parameters")) {
			String name = parameter.path("name").asString();
			switch (parameter.path("in").asString()) {
				case "path" -> pathParameters.add(new ApiModel.PathParameter(name, Names.camel(name),
						MethodDocs.pathParameter(parameter).toString()));
				case "query" -> {
					ObjectNode schema = ((ObjectNode) parameter.path("schema")).deepCopy();
					if (parameter.has("description")) {
						schema.put("description", parameter.path("description").asString());
					}
					boolean isRequired = parameter.path("required").asBoolean(false);
					queryParameters.add(new ApiModel.QueryParameter(name, isRequired));
					properties.set(name, schema);
					if (isRequired) {
						required.add(name);
					}
				}
				default -> {
				}
			}
		}
		Streaming.Stream stream = this.streaming.stream(operation.id(), operation.node());
		@Nullable ClassName queryType = null;
		if (!properties.isEmpty()) {
			queryType = types.reserve(typePrefix + "Params");
			if (stream != null && stream.query()) {
				// The parameter that asks for a stream is the call's to set, not the
				// record builder's.
				models.setByTheCall(queryType, stream.property());
			}
			types.add(models.record(queryType, querySchema));
		}
		Bodies.RequestSchema body = this.bodies.requestBody(operation);
		ApiModel.RequestBody requestBody = (body != null) ? new ApiModel.RequestBody(body.contentType(),
				models.typeOf(body.schema(), types, typePrefix + "Request"), body.description()) : null;
		return new ApiModel.ApiOperation(operation.id(), operation.method().toUpperCase(Locale.ROOT), operation.path(),
				operation.methodName(), operation.name().line(), MethodDocs.summary(operation), pathParameters,
				queryParameters, queryType, requestBody,
				answer(this.bodies.answer(operation), models, types, typePrefix + "Response"), stream,
				operation.usesAdminKey(), operation.betaHeader());
	}

	/** The Java type of an answer, reading the types its schema declares inline. */
	private static ApiModel.Answer answer(Bodies.AnswerSchema answer, ModelGenerator models, Owner types,
			String typeName) {
		TypeName type = switch (answer.kind()) {
			case JSON -> models.typeOf(Objects.requireNonNull(answer.schema()), types, typeName);
			case BINARY -> Bodies.DATA_BUFFER;
			case EMPTY -> ClassName.get(Void.class);
		};
		return new ApiModel.Answer(answer.kind(), type);
	}

}

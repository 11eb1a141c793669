package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.palantir.javapoet.ClassName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the description's operations into an {@link ApiModel}: the naming table arranges
 * them into services ({@link ResourceTree}), and each operation's method name,
 * parameters, body, answer, stream ({@link Streaming}) and Javadoc ({@link MethodDocs})
 * are resolved here, once, so that the emitters only write them.
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
	 * Read the description's operations as the naming table names them.
	 * @param names the naming table
	 * @param typeNames the type naming table
	 * @return the model
	 * @throws IllegalStateException when the table and the description disagree, or an
	 * operation's body is of a content type the client cannot send
	 */
	ApiModel read(OperationNames names, TypeNames typeNames) {
		Map<String, ApiModel.TypeDecl> types = types(typeNames);
		Map<String, ApiModel.Service> groups = new TreeMap<>();
		ResourceTree.build(this.spec, names).forEach((group, resource) -> groups.put(group, service(resource)));
		return new ApiModel(groups, types);
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

	private ApiModel.Service service(ResourceTree.Resource resource) {
		Map<String, ApiModel.Service> children = new LinkedHashMap<>();
		resource.children().forEach((accessor, child) -> children.put(accessor, service(child)));
		List<ApiModel.ApiOperation> operations = new ArrayList<>();
		resource.operations().forEach((operation) -> operations.add(operation(operation)));
		return new ApiModel.Service(resource.accessors(), resource.serviceName(), resource.path(), children,
				operations);
	}

	/** An operation, resolved. */
	ApiModel.ApiOperation operation(Operation operation) {
		List<ApiModel.PathParameter> pathParameters = new ArrayList<>();
		List<ApiModel.QueryParameter> queryParameters = new ArrayList<>();
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
					queryParameters
						.add(new ApiModel.QueryParameter(name, schema, parameter.path("required").asBoolean(false)));
				}
				default -> {
				}
			}
		}
		return new ApiModel.ApiOperation(operation.id(), operation.method().toUpperCase(Locale.ROOT), operation.path(),
				operation.methodName(), operation.name().line(), MethodDocs.summary(operation), pathParameters,
				queryParameters, this.bodies.requestBody(operation), this.bodies.answer(operation),
				this.streaming.stream(operation.id(), operation.node()), operation.usesAdminKey(),
				operation.betaHeader());
	}

}

package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates one service per resource group of the API, with a nested service per
 * sub-resource, as the paths nest them: {@code /vector_stores/{id}/files} becomes
 * {@code vectorStores().files()}. Each operation is one method that describes the call
 * ({@code ApiRequest}) and hands it to the transport.
 */
final class ServiceGenerator {

	static final String BASE_PACKAGE = "dev.reactiveai.openai";

	private static final ClassName TRANSPORT = ClassName.get("dev.reactiveai.openai.core", "OpenAiTransport");

	private static final ClassName API_REQUEST = ClassName.get("dev.reactiveai.openai.core", "ApiRequest");

	private static final ClassName API_RESPONSE = ClassName.get("dev.reactiveai.openai.core", "ApiResponse");

	private static final ClassName REQUEST_OPTIONS = ClassName.get("dev.reactiveai.openai.core", "RequestOptions");

	private static final ClassName PAGE = ClassName.get("dev.reactiveai.openai.core", "Page");

	private static final ClassName PAGINATION = ClassName.get("dev.reactiveai.openai.core", "Pagination");

	private static final ClassName DOWNLOADS = ClassName.get("dev.reactiveai.openai.core", "Downloads");

	private static final ClassName MULTIPART_FORM = ClassName.get("dev.reactiveai.openai.core", "MultipartForm");

	private static final ClassName MONO = ClassName.get("reactor.core.publisher", "Mono");

	private static final ClassName FLUX = ClassName.get("reactor.core.publisher", "Flux");

	private static final ClassName DATA_BUFFER = ClassName.get("org.springframework.core.io.buffer", "DataBuffer");

	private static final ClassName MEDIA_TYPE = ClassName.get("org.springframework.http", "MediaType");

	private static final ClassName HTTP_METHOD = ClassName.get("org.springframework.http", "HttpMethod");

	private static final ClassName PATH = ClassName.get("java.nio.file", "Path");

	private static final ClassName STANDARD_CHARSETS = ClassName.get("java.nio.charset", "StandardCharsets");

	/**
	 * Operations that stream without the description saying so, and what their events
	 * are.
	 */
	private static final Map<String, String> UNDECLARED_STREAMS = Map.of("createCompletion", "CreateCompletionResponse",
			"createRun", "AssistantStreamEvent", "createThreadAndRun", "AssistantStreamEvent", "submitToolOuputsToRun",
			"AssistantStreamEvent", "getResponse", "ResponseStreamEvent");

	/**
	 * Streams whose events are named by the SSE {@code event:} line rather than inside
	 * their data.
	 */
	private static final Set<String> ENVELOPED_EVENTS = Set.of("AssistantStreamEvent");

	private final JsonNode spec;

	private final Schemas schemas;

	private final ModelGenerator models;

	/** A node of the path tree: a group or a sub-resource, and its operations. */
	private static final class Resource {

		final List<String> segments;

		final Map<String, Resource> children = new LinkedHashMap<>();

		final List<Operation> operations = new ArrayList<>();

		Resource(List<String> segments) {
			this.segments = segments;
		}

	}

	/**
	 * The {@code OpenAI-Beta} header of an operation's example requests, such as
	 * {@code assistants=v2}: the API refuses the beta groups' calls without it.
	 */
	private static final Pattern BETA_HEADER = Pattern.compile("OpenAI-Beta: ([A-Za-z0-9_=.-]+)");

	/**
	 * @param betaHeader the {@code OpenAI-Beta} header the operation needs, or
	 * {@code null}
	 */
	private record Operation(String path, String method, JsonNode operation, List<String> remainder,
			@Nullable String betaHeader) {

		String id() {
			return this.operation.path("operationId").asString();
		}

	}

	ServiceGenerator(JsonNode spec, Schemas schemas, ModelGenerator models) {
		this.spec = spec;
		this.schemas = schemas;
		this.models = models;
	}

	/** The generated services, by class name. */
	Map<ClassName, TypeSpec> generate() {
		Map<String, Resource> groups = tree();
		Map<ClassName, TypeSpec> services = new TreeMap<>((a, b) -> a.canonicalName().compareTo(b.canonicalName()));
		groups.forEach((group, resource) -> emit(resource, packageName(group), services));
		services.put(ClassName.get(BASE_PACKAGE, "OpenAiServices"), aggregate(groups));
		return services;
	}

	static final String AUTOCONFIGURE_PACKAGE = BASE_PACKAGE + ".autoconfigure";

	/**
	 * The auto-configuration's service beans: one per resource group, each replaceable.
	 */
	TypeSpec beans() {
		ClassName client = ClassName.get(BASE_PACKAGE, "OpenAiClient");
		TypeSpec.Builder type = TypeSpec.classBuilder("OpenAiServiceBeans")
			.addAnnotation(com.palantir.javapoet.AnnotationSpec
				.builder(ClassName.get("org.springframework.context.annotation", "Configuration"))
				.addMember("proxyBeanMethods", "false")
				.build())
			.addJavadoc("One bean per resource group of the OpenAI API, from the default client.\n");
		tree().forEach((group, resource) -> type
			.addMethod(MethodSpec.methodBuilder("openAi" + Names.pascal(group) + "Service")
				.addAnnotation(ClassName.get("org.springframework.context.annotation", "Bean"))
				.addAnnotation(
						ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnMissingBean"))
				.addParameter(client, "client")
				.returns(serviceName(resource, packageName(group)))
				.addStatement("return client.$N()", Names.camel(group))
				.build()));
		return type.build();
	}

	static String packageName(String group) {
		return BASE_PACKAGE + "." + group.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
	}

	private Map<String, Resource> tree() {
		Set<String> collections = new HashSet<>();
		List<Map.Entry<String, String>> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.spec.path("paths").properties()) {
			String[] segments = path.getKey().substring(1).split("/");
			for (int i = 1; i < segments.length; i++) {
				if (isParameter(segments[i])) {
					collections.add(String.join("/", List.of(segments).subList(0, i)));
				}
			}
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
					operations.add(Map.entry(path.getKey(), method.getKey()));
				}
			}
		}
		Map<String, String> groupBetaHeaders = groupBetaHeaders(operations);
		Map<String, Resource> groups = new TreeMap<>();
		for (Map.Entry<String, String> entry : operations) {
			List<String> segments = List.of(entry.getKey().substring(1).split("/"));
			Resource resource = groups.computeIfAbsent(segments.get(0), (group) -> new Resource(List.of(group)));
			int last = 0;
			for (int i = 1; i < segments.size(); i++) {
				String segment = segments.get(i);
				if (isParameter(segment)) {
					continue;
				}
				boolean subResource = !isParameter(segments.get(i - 1)) || i < segments.size() - 1
						|| collections.contains(String.join("/", segments.subList(0, i + 1)));
				if (!subResource) {
					break;
				}
				List<String> childSegments = new ArrayList<>(resource.segments);
				childSegments.add(segment);
				resource = resource.children.computeIfAbsent(segment, (key) -> new Resource(childSegments));
				last = i;
			}
			JsonNode operation = this.spec.path("paths").path(entry.getKey()).path(entry.getValue());
			String betaHeader = betaHeader(operation);
			resource.operations.add(new Operation(entry.getKey(), entry.getValue(), operation,
					segments.subList(last + 1, segments.size()),
					(betaHeader != null) ? betaHeader : groupBetaHeaders.get(segments.get(0))));
		}
		return groups;
	}

	/**
	 * The {@code OpenAI-Beta} header of each path group whose examples send one, so that
	 * an operation without an example of its own (ChatKit's thread deletion) sends it
	 * too.
	 */
	private Map<String, String> groupBetaHeaders(List<Map.Entry<String, String>> operations) {
		Map<String, String> headers = new TreeMap<>();
		for (Map.Entry<String, String> entry : operations) {
			String header = betaHeader(this.spec.path("paths").path(entry.getKey()).path(entry.getValue()));
			if (header != null) {
				headers.putIfAbsent(entry.getKey().substring(1).split("/")[0], header);
			}
		}
		return headers;
	}

	private static @Nullable String betaHeader(JsonNode operation) {
		Matcher matcher = BETA_HEADER.matcher(operation.path("x-oaiMeta").toString());
		return matcher.find() ? matcher.group(1) : null;
	}

	private static boolean isParameter(String segment) {
		return segment.startsWith("{");
	}

	private ClassName serviceName(Resource resource, String packageName) {
		StringBuilder name = new StringBuilder();
		for (String segment : resource.segments) {
			name.append(Names.pascal(segment));
		}
		return ClassName.get(packageName, name + "Service");
	}

	private void emit(Resource resource, String packageName, Map<ClassName, TypeSpec> services) {
		ClassName name = serviceName(resource, packageName);
		TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
		type.addJavadoc("The {@code /$L} operations of the OpenAI API.\n", String.join("/", resource.segments));
		type.addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL);
		MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("Create the service.\n@param transport the transport to call through\n")
			.addParameter(TRANSPORT, "transport")
			.addStatement("this.transport = transport");
		for (Resource child : resource.children.values()) {
			ClassName childName = serviceName(child, packageName);
			String accessor = Names.camel(child.segments.get(child.segments.size() - 1));
			type.addField(childName, accessor, Modifier.PRIVATE, Modifier.FINAL);
			constructor.addStatement("this.$N = new $T(transport)", accessor, childName);
			type.addMethod(MethodSpec.methodBuilder(accessor)
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("The {@code /$L} operations.\n", String.join("/", child.segments))
				.returns(childName)
				.addStatement("return this.$N", accessor)
				.build());
			emit(child, packageName, services);
		}
		type.addMethod(constructor.build());
		type.addMethod(MethodSpec.methodBuilder("withOptions")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("This service with the given per-call settings.\n@param options the settings\n")
			.addJavadoc("@return the service\n")
			.addParameter(REQUEST_OPTIONS, "options")
			.returns(name)
			.addStatement("return new $T(this.transport.withOptions(options))", name)
			.build());
		Owner owner = new Owner(name, type);
		ClassName rawName = owner.reserve("WithRawResponse");
		TypeSpec.Builder raw = TypeSpec.classBuilder(rawName)
			.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
			.addJavadoc("The operations that answer with JSON, answering with status, headers and body.\n")
			.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
		Set<String> methodNames = new HashSet<>();
		boolean hasRaw = false;
		String prefix = name.simpleName().substring(0, name.simpleName().length() - "Service".length());
		for (Operation operation : resource.operations) {
			hasRaw |= new OperationEmitter(operation, owner, this.models.topLevelOwner(prefix), methodNames, rawName,
					raw)
				.emit();
		}
		if (hasRaw) {
			type.addField(FieldSpec.builder(rawName, "withRawResponse", Modifier.PRIVATE, Modifier.FINAL)
				.initializer("new $T()", rawName)
				.build());
			type.addMethod(MethodSpec.methodBuilder("withRawResponse")
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("The same operations, answering with status, headers and body.\n@return the view\n")
				.returns(rawName)
				.addStatement("return this.withRawResponse")
				.build());
			type.addType(raw.build());
		}
		services.put(name, type.build());
	}

	private TypeSpec aggregate(Map<String, Resource> groups) {
		ClassName name = ClassName.get(BASE_PACKAGE, "OpenAiServices");
		TypeSpec.Builder type = TypeSpec.classBuilder(name)
			.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
			.addJavadoc("Every service of the OpenAI API, one per resource group.\n");
		MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
			.addModifiers(Modifier.PROTECTED)
			.addJavadoc("Create the services.\n@param transport the transport every service calls through\n")
			.addParameter(TRANSPORT, "transport");
		groups.forEach((group, resource) -> {
			ClassName service = serviceName(resource, packageName(group));
			String accessor = Names.camel(group);
			type.addField(service, accessor, Modifier.PRIVATE, Modifier.FINAL);
			constructor.addStatement("this.$N = new $T(transport)", accessor, service);
			type.addMethod(MethodSpec.methodBuilder(accessor)
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("The {@code /$L} operations.\n@return the service\n", group)
				.returns(service)
				.addStatement("return this.$N", accessor)
				.build());
		});
		type.addMethod(constructor.build());
		return type.build();
	}

	/**
	 * One operation's methods: the call itself, and its streaming, paging and raw forms
	 * where it has them.
	 */
	private final class OperationEmitter {

		private final Operation operation;

		private final Owner owner;

		private final Set<String> methodNames;

		private final List<ParameterSpec> pathParameters = new ArrayList<>();

		private final List<String> pathNames = new ArrayList<>();

		private final ClassName rawName;

		private final TypeSpec.Builder raw;

		/**
		 * Where the operation's inline schemas become types: top-level, in the model
		 * package.
		 */
		private final Owner types;

		OperationEmitter(Operation operation, Owner owner, Owner types, Set<String> methodNames, ClassName rawName,
				TypeSpec.Builder raw) {
			this.operation = operation;
			this.owner = owner;
			this.types = types;
			this.methodNames = methodNames;
			this.rawName = rawName;
			this.raw = raw;
		}

		/** Emit the operation's methods; true if it added to the raw response view. */
		boolean emit() {
			String name = uniqueName(methodName());
			JsonNode op = this.operation.operation();
			for (JsonNode parameter : op.path("parameters")) {
				if ("path".equals(parameter.path("in").asString())) {
					String javaName = Names.camel(parameter.path("name").asString());
					this.pathNames.add(javaName);
					this.pathParameters.add(ParameterSpec.builder(ModelGenerator.STRING, javaName).build());
				}
			}
			ClassName params = queryParameters(name);
			Body body = body(name);
			Response response = response(name);
			CodeBlock request = request(params, body);
			String summary = op.path("summary").asString(op.path("description").asString(""));
			List<ParameterSpec> parameters = new ArrayList<>(this.pathParameters);
			if (body != null) {
				parameters.add(ParameterSpec.builder(body.type(), "request").build());
			}
			if (params != null) {
				parameters.add(ParameterSpec.builder(params, "params").build());
			}
			String description = Names.javadoc(summary).isEmpty()
					? this.operation.method().toUpperCase(Locale.ROOT) + " " + this.operation.path()
					: Names.javadoc(summary);
			CodeBlock arguments = parameters.stream()
				.map((parameter) -> CodeBlock.of("$N", parameter))
				.collect(CodeBlock.joining(", "));
			boolean addedRaw = false;
			switch (response.kind()) {
				case JSON -> {
					TypeName apiResponse = ParameterizedTypeName.get(API_RESPONSE, response.type());
					this.raw.addMethod(
							method(name, description, parameters).returns(ParameterizedTypeName.get(MONO, apiResponse))
								.addStatement("return $T.this.transport.exchange($L, $L)", this.owner.className(),
										request, typeToken(response.type()))
								.build());
					addedRaw = true;
					PageShape page = (params != null) ? pageShape(response.type()) : null;
					TypeName listItem = (page == null && name.equals("list")) ? listItem(response.type()) : null;
					if (page != null) {
						emitPaging(name, description, parameters, arguments, params, response.type(), page);
					}
					else if (listItem != null) {
						this.owner.builder()
							.addMethod(method(name + "Page", description + " The whole list, as the API answers.",
									parameters)
								.returns(ParameterizedTypeName.get(MONO, response.type()))
								.addStatement("return this.withRawResponse.$N($L).map($T::body)", name, arguments,
										API_RESPONSE)
								.build());
						this.owner.builder()
							.addMethod(method(name, description, parameters)
								.returns(ParameterizedTypeName.get(FLUX, listItem))
								.addStatement("return $NPage($L).flatMapIterable((page) -> page.data())", name,
										arguments)
								.build());
					}
					else {
						this.owner.builder()
							.addMethod(method(name, description, parameters)
								.returns(ParameterizedTypeName.get(MONO, response.type()))
								.addStatement("return this.withRawResponse.$N($L).map($T::body)", name, arguments,
										API_RESPONSE)
								.build());
					}
				}
				case EMPTY -> this.owner.builder()
					.addMethod(method(name, description, parameters)
						.returns(ParameterizedTypeName.get(MONO, ClassName.get(Void.class)))
						.addStatement("return this.transport.exchangeWithoutBody($L).then()", request)
						.build());
				case BINARY -> {
					this.owner.builder()
						.addMethod(method(name, description, parameters)
							.addJavadoc("@return the content, buffer by buffer; release each one\n")
							.returns(ParameterizedTypeName.get(FLUX, DATA_BUFFER))
							.addStatement("return this.transport.download($L)", request)
							.build());
					List<ParameterSpec> withTarget = new ArrayList<>(parameters);
					withTarget.add(ParameterSpec.builder(PATH, "target").build());
					this.owner.builder()
						.addMethod(method(name, description + " Writes it to a file.", withTarget)
							.addJavadoc("@return the file, once the whole content is in it\n")
							.returns(ParameterizedTypeName.get(MONO, PATH))
							.addStatement("return $T.writeTo($N($L), target)", DOWNLOADS, name, arguments)
							.build());
				}
			}
			emitStream(name, description, parameters, body, params);
			if (params != null && !hasRequiredQuery()) {
				emitWithoutParams(name, description, parameters, response);
			}
			return addedRaw;
		}

		private MethodSpec.Builder method(String name, String description, List<ParameterSpec> parameters) {
			MethodSpec.Builder method = ModelGenerator.publicMethod(name)
				.addJavadoc("$L\n", description)
				.addParameters(parameters);
			for (ParameterSpec parameter : parameters) {
				method.addJavadoc("@param $N the $L\n", parameter, switch (parameter.name()) {
					case "request" -> "request body";
					case "params" -> "query parameters";
					case "target" -> "file to write";
					default -> "{@code " + parameter.name() + "}";
				});
			}
			return method;
		}

		private CodeBlock typeToken(TypeName type) {
			TypeName bare = type.withoutAnnotations();
			if (bare instanceof ParameterizedTypeName) {
				return CodeBlock.of("new $T<$T>() {\n}", ModelGenerator.TYPE_REFERENCE, bare);
			}
			return CodeBlock.of("$T.class", bare);
		}

		private boolean hasRequiredQuery() {
			for (JsonNode parameter : this.operation.operation().path("parameters")) {
				if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean(false)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * An overload without query parameters, for operations whose parameters are all
		 * optional.
		 */
		private void emitWithoutParams(String name, String description, List<ParameterSpec> parameters,
				Response response) {
			List<ParameterSpec> without = new ArrayList<>(parameters);
			ParameterSpec params = without.remove(without.size() - 1);
			CodeBlock arguments = without.stream()
				.map((parameter) -> CodeBlock.of("$N", parameter))
				.collect(CodeBlock.joining(", "));
			CodeBlock call = arguments.isEmpty() ? CodeBlock.of("$T.builder().build()", params.type())
					: CodeBlock.of("$L, $T.builder().build()", arguments, params.type());
			MethodSpec original = this.owner.builder()
				.build()
				.methodSpecs()
				.stream()
				.filter((method) -> method.name().equals(name) && method.parameters().size() == parameters.size())
				.findFirst()
				.orElseThrow();
			this.owner.builder()
				.addMethod(method(name, description + " With default query parameters.", without)
					.returns(original.returnType())
					.addStatement("return $N($L)", name, call)
					.build());
		}

		/** The fields of a cursor-paginated list response. */
		private record PageShape(TypeName itemType, boolean hasFirstId, CodeBlock nextCursor) {

		}

		/** The item type of a list response without cursors, or null. */
		private @Nullable TypeName listItem(TypeName responseType) {
			JsonNode component = ServiceGenerator.this.models.componentSchema(responseType);
			if (component == null) {
				return null;
			}
			JsonNode data = ServiceGenerator.this.schemas.properties(component).get("data");
			String itemRef = (data != null) ? Schemas.refName(data.path("items")) : null;
			return (itemRef != null && ServiceGenerator.this.models.isRecord(itemRef))
					? ServiceGenerator.this.models.className(itemRef) : null;
		}

		private @Nullable PageShape pageShape(TypeName responseType) {
			JsonNode component = ServiceGenerator.this.models.componentSchema(responseType);
			if (!this.queryNames.contains("after") || component == null) {
				return null;
			}
			Map<String, JsonNode> properties = ServiceGenerator.this.schemas.properties(component);
			JsonNode data = properties.get("data");
			if (data == null || !properties.containsKey("has_more")) {
				return null;
			}
			String itemRef = Schemas.refName(data.path("items"));
			if (itemRef == null || !(ServiceGenerator.this.models.isRecord(itemRef)
					|| ServiceGenerator.this.models.isUnion(itemRef))) {
				return null;
			}
			CodeBlock nextCursor;
			if (properties.containsKey("last_id")) {
				nextCursor = CodeBlock.of("page.lastId()");
			}
			else if (properties.containsKey("next")) {
				nextCursor = CodeBlock.of("page.next()");
			}
			else if (ServiceGenerator.this.models.isRecord(itemRef)
					&& ServiceGenerator.this.schemas.properties(ServiceGenerator.this.schemas.component(itemRef))
						.containsKey("id")) {
				// A null list is left to Page, which rejects it with a clear message.
				nextCursor = CodeBlock
					.of("(page.data() == null || page.data().isEmpty()) ? null : page.data().get(page.data().size() - 1).id()");
			}
			else {
				return null;
			}
			return new PageShape(ServiceGenerator.this.models.className(itemRef), properties.containsKey("first_id"),
					nextCursor);
		}

		private void emitPaging(String name, String description, List<ParameterSpec> parameters, CodeBlock arguments,
				ClassName params, TypeName responseType, PageShape page) {
			String pageName = name + "Page";
			this.owner.builder()
				.addMethod(method(pageName, description + " One page.", parameters)
					.returns(ParameterizedTypeName.get(MONO, responseType))
					.addStatement("return this.withRawResponse.$N($L).map($T::body)", name, arguments, API_RESPONSE)
					.build());
			List<ParameterSpec> pathOnly = parameters.subList(0, parameters.size() - 1);
			CodeBlock pathArguments = pathOnly.stream()
				.map((parameter) -> CodeBlock.of("$N, ", parameter))
				.collect(CodeBlock.joining(""));
			CodeBlock lastId = page.nextCursor();
			this.owner.builder()
				.addMethod(method(name, description + " Pages are fetched as the items are consumed.", parameters)
					.returns(ParameterizedTypeName.get(FLUX, page.itemType()))
					.addStatement(
							"return $T.items($S, params.after(),\n(cursor) -> $N($Lparams.toBuilder().after(cursor).build())\n"
									+ ".map((page) -> new $T<>(page.data(), $T.TRUE.equals(page.hasMore()), $L, $L)))",
							PAGINATION, this.operation.method().toUpperCase(Locale.ROOT) + " " + this.operation.path(),
							pageName, pathArguments, PAGE, Boolean.class, page.hasFirstId() ? "page.firstId()" : "null",
							lastId)
					.build());
		}

		private void emitStream(String name, String description, List<ParameterSpec> parameters, @Nullable Body body,
				@Nullable ClassName params) {
			String eventType = streamEventType();
			if (eventType == null) {
				return;
			}
			ClassName events = ServiceGenerator.this.models.className(eventType);
			CodeBlock streaming;
			if (body != null && hasProperty(body.type(), "stream")) {
				streaming = request(params, body, CodeBlock.of("request.toBuilder().stream(true).build()"), false);
			}
			else if (body != null && hasProperty(body.type(), "stream_format")) {
				streaming = request(params, body,
						CodeBlock.of("request.toBuilder().additionalProperty($S, $S).build()", "stream_format", "sse"),
						false);
			}
			else if (params != null && this.queryNames.contains("stream")) {
				streaming = request(params, body, CodeBlock.of("request"), true);
			}
			else {
				return;
			}
			boolean enveloped = ENVELOPED_EVENTS.contains(eventType);
			this.owner.builder()
				.addMethod(method(name + "Stream", description + " Streamed as server-sent events.", parameters)
					.addJavadoc("@return the events, as they arrive\n")
					.returns(ParameterizedTypeName.get(FLUX, events))
					.addStatement("return this.transport.$L($L, $T.class)", enveloped ? "streamNamedEvents" : "stream",
							streaming, events)
					.build());
		}

		private @Nullable String streamEventType() {
			for (Map.Entry<String, JsonNode> status : this.operation.operation().path("responses").properties()) {
				JsonNode stream = status.getValue().path("content").path("text/event-stream").path("schema");
				String ref = Schemas.refName(stream);
				if (ref != null) {
					return ref;
				}
			}
			return UNDECLARED_STREAMS.get(this.operation.id());
		}

		private boolean hasProperty(TypeName type, String property) {
			JsonNode component = ServiceGenerator.this.models.componentSchema(type);
			return component != null && ServiceGenerator.this.schemas.properties(component).containsKey(property);
		}

		private @Nullable ClassName queryParameters(String methodName) {
			ObjectNode schema = JsonNodeFactory.instance.objectNode();
			schema.put("type", "object");
			ObjectNode properties = schema.putObject("properties");
			tools.jackson.databind.node.ArrayNode required = schema.putArray("required");
			for (JsonNode parameter : this.operation.operation().path("parameters")) {
				if ("query".equals(parameter.path("in").asString())) {
					ObjectNode property = ((ObjectNode) parameter.path("schema")).deepCopy();
					if (parameter.has("description")) {
						property.put("description", parameter.path("description").asString());
					}
					properties.set(parameter.path("name").asString(), property);
					if (parameter.path("required").asBoolean(false)) {
						required.add(parameter.path("name").asString());
					}
				}
			}
			if (properties.isEmpty()) {
				return null;
			}
			ClassName name = this.types.reserve(Names.pascal(methodName) + "Params");
			this.types.add(name, ServiceGenerator.this.models.record(name, schema));
			this.queryNames = new ArrayList<>();
			for (Map.Entry<String, JsonNode> property : properties.properties()) {
				this.queryNames.add(property.getKey());
			}
			return name;
		}

		private List<String> queryNames = List.of();

		private record Body(TypeName type, String contentType) {

		}

		private @Nullable Body body(String methodName) {
			JsonNode content = this.operation.operation().path("requestBody").path("content");
			for (Map.Entry<String, JsonNode> entry : content.properties()) {
				TypeName type = ServiceGenerator.this.models.typeOf(entry.getValue().path("schema"), this.types,
						Names.pascal(methodName) + "Request");
				return new Body(type, entry.getKey());
			}
			return null;
		}

		private enum Kind {

			JSON, EMPTY, BINARY

		}

		private record Response(Kind kind, TypeName type) {

		}

		private Response response(String methodName) {
			for (Map.Entry<String, JsonNode> status : this.operation.operation().path("responses").properties()) {
				if (!status.getKey().startsWith("2")) {
					continue;
				}
				for (Map.Entry<String, JsonNode> content : status.getValue().path("content").properties()) {
					if (content.getKey().equals("application/json")) {
						JsonNode schema = content.getValue().path("schema");
						if ("string".equals(Schemas.type(ServiceGenerator.this.schemas.resolve(schema)))) {
							return new Response(Kind.BINARY, DATA_BUFFER);
						}
						return new Response(Kind.JSON, ServiceGenerator.this.models.typeOf(schema, this.types,
								Names.pascal(methodName) + "Response"));
					}
				}
				if (!status.getValue().path("content").isEmpty()) {
					return new Response(Kind.BINARY, DATA_BUFFER);
				}
			}
			return new Response(Kind.EMPTY, ClassName.get(Void.class));
		}

		private CodeBlock request(@Nullable ClassName params, @Nullable Body body) {
			return request(params, body, CodeBlock.of("request"), false);
		}

		private CodeBlock request(@Nullable ClassName params, @Nullable Body body, CodeBlock bodyValue,
				boolean streamQuery) {
			CodeBlock.Builder request = CodeBlock.builder()
				.add("$T.of($T.$L, $S", API_REQUEST, HTTP_METHOD, this.operation.method().toUpperCase(Locale.ROOT),
						this.operation.path());
			for (String pathName : this.pathNames) {
				request.add(", $N", pathName);
			}
			request.add(")");
			if (this.operation.betaHeader() != null) {
				request.add("\n.header($S, $S)", "OpenAI-Beta", this.operation.betaHeader());
			}
			if (params != null) {
				for (String query : this.queryNames) {
					if (streamQuery && query.equals("stream")) {
						request.add("\n.query($S, true)", query);
					}
					else {
						request.add("\n.query($S, params.$N())", query, Names.camel(query));
					}
				}
			}
			if (body != null) {
				switch (body.contentType()) {
					case "multipart/form-data" -> request.add("\n.multipart((form) -> form.fields($L))", bodyValue);
					case "application/x-www-form-urlencoded" -> request.add("\n.form($L)", bodyValue);
					case "application/json" -> request.add("\n.json($L)", bodyValue);
					default -> request.add("\n.raw(request.toString().getBytes($T.UTF_8), $T.parseMediaType($S))",
							STANDARD_CHARSETS, MEDIA_TYPE, body.contentType());
				}
			}
			return request.add("\n.build()").build();
		}

		private String methodName() {
			List<String> remainder = this.operation.remainder();
			String action = null;
			boolean endsWithParameter = false;
			for (String segment : remainder) {
				if (isParameter(segment)) {
					endsWithParameter = true;
				}
				else {
					action = segment;
					endsWithParameter = false;
				}
			}
			if (action != null) {
				return Names.camel(action);
			}
			return switch (this.operation.method()) {
				case "get" -> endsWithParameter ? "retrieve" : "list";
				case "post" -> endsWithParameter ? "update" : "create";
				case "delete" -> "delete";
				default -> "update";
			};
		}

		private String uniqueName(String name) {
			// Two paths may meet in one sub-resource (/threads/runs and
			// /threads/{id}/runs):
			// the second operation is named by its operationId.
			String unique = name;
			if (!this.methodNames.add(unique)) {
				unique = Names.camel(this.operation.id());
				if (!this.methodNames.add(unique)) {
					unique = unique + Names.pascal(this.operation.method());
					this.methodNames.add(unique);
				}
			}
			return unique;
		}

	}

}

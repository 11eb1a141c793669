package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.palantir.javapoet.ClassName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The model that {@link ApiModelReader} reads from the fixture description
 * ({@code src/test/resources/fixture}): services, and operations with their names,
 * parameters, bodies, answers, streams and documentation resolved.
 */
class ApiModelReaderTests {

	private final ModelGenerator models = models(ServiceFixtureTests.fixture());

	private final ApiModel model = read(ServiceFixtureTests.fixture(), this.models);

	@Test
	void theServicesAreArrangedAsTheNamingTableSays() {
		assertThat(this.model.groups()).containsOnlyKeys("widgets");
		ApiModel.Service widgets = this.model.groups().get("widgets");
		assertThat(widgets.className().canonicalName()).isEqualTo("dev.reactiveai.openai.widgets.WidgetsService");
		assertThat(widgets.path()).isEqualTo("/widgets");
		assertThat(widgets.operations()).extracting(ApiModel.ApiOperation::methodName)
			.containsExactly("list", "create", "retrieve", "delete", "polish", "content");
		assertThat(widgets.children()).containsOnlyKeys("usage");
		ApiModel.Service usage = widgets.children().get("usage");
		assertThat(usage.accessors()).containsExactly("widgets", "usage");
		assertThat(usage.accessor()).isEqualTo("usage");
		assertThat(usage.className().simpleName()).isEqualTo("WidgetsUsageService");
		assertThat(usage.operations()).extracting(ApiModel.ApiOperation::id).containsExactly("widget-usage");
	}

	@Test
	void anOperationHasItsCallAndItsNameResolved() {
		ApiModel.ApiOperation retrieve = operation("getWidget");
		assertThat(retrieve.httpMethod()).isEqualTo("GET");
		assertThat(retrieve.path()).isEqualTo("/widgets/{widget_id}");
		assertThat(retrieve.methodName()).isEqualTo("retrieve");
		assertThat(retrieve.tableLine()).isEqualTo(4);
		assertThat(retrieve.summary()).isEqualTo("Get a widget.");
		assertThat(retrieve.adminKey()).isFalse();
		assertThat(retrieve.pathParameters()).singleElement().satisfies((parameter) -> {
			assertThat(parameter.name()).isEqualTo("widget_id");
			assertThat(parameter.javaName()).isEqualTo("widgetId");
			assertThat(parameter.doc()).isNotBlank();
		});
	}

	@Test
	void queryParametersAreARecordNamedAfterTheServiceAndMethodAndSayWhetherTheyAreRequired() {
		ApiModel.ApiOperation list = operation("listWidgets");
		assertThat(list.queryParameters()).extracting(ApiModel.QueryParameter::name).containsExactly("after", "limit");
		assertThat(list.requiredQuery()).isEmpty();
		assertThat(list.queryType()).isEqualTo(ClassName.get(Generator.MODEL_PACKAGE, "WidgetsListParams"));
		ApiModel.ApiOperation usage = operation("widget-usage");
		assertThat(usage.queryParameters()).extracting(ApiModel.QueryParameter::name)
			.containsExactly("start_time", "page");
		assertThat(usage.requiredQuery()).containsExactly("start_time");
		assertThat(usage.queryType()).isEqualTo(ClassName.get(Generator.MODEL_PACKAGE, "WidgetsUsageListParams"));
		TypeModel.Property startTime = queryProperty(this.models, usage, "start_time");
		assertThat(startTime.javaName()).isEqualTo("startTime");
		assertThat(startTime.type()).isEqualTo(ClassName.get(Long.class));
		assertThat(startTime.required()).isTrue();
		assertThat(startTime.javadoc()).isEqualTo("An integer (the API description says no more).");
		assertThat(queryProperty(this.models, usage, "page").required()).isFalse();
		assertThat(operation("deleteWidget").queryType()).isNull();
	}

	@Test
	void theQueryParameterThatAsksForAStreamIsSetByTheCall() {
		ApiModel.ApiOperation retrieve = operation("getWidget");
		assertThat(retrieve.queryType()).isEqualTo(ClassName.get(Generator.MODEL_PACKAGE, "WidgetsRetrieveParams"));
		assertThat(queryProperty(this.models, retrieve, retrieve.stream().property()).byTheCall()).isTrue();
		assertThat(queryProperty(this.models, operation("listWidgets"), "after").byTheCall()).isFalse();
	}

	@Test
	void aQueryParametersDescriptionGoesOnItsSchemaLeavingTheDescriptionAsItIs() {
		ObjectNode spec = (ObjectNode) ServiceFixtureTests.fixture().deepCopy();
		ObjectNode parameter = (ObjectNode) spec.path("paths")
			.path("/widgets/usage")
			.path("get")
			.path("parameters")
			.path(0);
		parameter.put("description", "When the usage starts.");
		ModelGenerator models = models(spec);
		TypeModel.Property startTime = queryProperty(models, operation(read(spec, models), "widget-usage"),
				"start_time");
		assertThat(startTime.javadoc()).isEqualTo("When the usage starts.");
		assertThat(parameter.path("schema").has("description")).isFalse();
	}

	@Test
	void bodiesAndAnswersAreTheOnesTheClientSendsAndReadsWithTheirJavaTypes() {
		ApiModel.ApiOperation create = operation("createWidget");
		assertThat(create.body()).isNotNull();
		assertThat(create.body().contentType()).isEqualTo("application/json");
		assertThat(create.body().isMultipart()).isFalse();
		assertThat(create.body().type()).isEqualTo(ClassName.get(Generator.MODEL_PACKAGE, "CreateWidgetRequest"));
		assertThat(create.answer())
			.isEqualTo(new ApiModel.Answer(Bodies.Kind.JSON, ClassName.get(Generator.MODEL_PACKAGE, "Widget")));
		ApiModel.RequestBody polish = operation("polishWidget").body();
		assertThat(polish.contentType()).isEqualTo("multipart/form-data");
		assertThat(polish.isMultipart()).isTrue();
		assertThat(polish.description()).isEqualTo("How to polish it.");
		assertThat(operation("deleteWidget").answer())
			.isEqualTo(new ApiModel.Answer(Bodies.Kind.EMPTY, ClassName.get(Void.class)));
		assertThat(operation("downloadWidget").answer())
			.isEqualTo(new ApiModel.Answer(Bodies.Kind.BINARY, Bodies.DATA_BUFFER));
		assertThat(operation("listWidgets").body()).isNull();
	}

	@Test
	void anInlineBodyAndAnswerAreTopLevelTypesNamedAfterTheServiceAndMethod() {
		ObjectNode spec = (ObjectNode) ServiceFixtureTests.fixture().deepCopy();
		ObjectNode post = (ObjectNode) spec.path("paths").path("/widgets").path("post");
		ObjectNode body = (ObjectNode) post.path("requestBody").path("content").path("application/json");
		ObjectNode bodySchema = body.putObject("schema").put("type", "object");
		bodySchema.putObject("properties").putObject("shade").put("type", "string");
		ObjectNode answer = (ObjectNode) post.path("responses").path("200").path("content").path("application/json");
		ObjectNode answerSchema = answer.putObject("schema").put("type", "object");
		answerSchema.putObject("properties").putObject("polished").put("type", "boolean");
		ModelGenerator models = models(spec);
		ApiModel.ApiOperation create = operation(read(spec, models), "createWidget");
		ClassName request = ClassName.get(Generator.MODEL_PACKAGE, "WidgetsCreateRequest");
		ClassName response = ClassName.get(Generator.MODEL_PACKAGE, "WidgetsCreateResponse");
		assertThat(create.body().type()).isEqualTo(request);
		assertThat(create.answer().type()).isEqualTo(response);
		assertThat(models.properties(request)).extracting(ModelGenerator.Property::javaName).containsExactly("shade");
		assertThat(models.properties(response)).extracting(ModelGenerator.Property::javaName)
			.containsExactly("polished");
		assertThat(models.build()).containsKeys("WidgetsCreateRequest", "WidgetsCreateResponse");
	}

	@Test
	void streamsAreAskedForByABodyPropertyOrAQueryParameter() {
		Streaming.Stream create = operation("createWidget").stream();
		assertThat(create).isNotNull();
		assertThat(create.query()).isFalse();
		assertThat(create.property()).isEqualTo("stream");
		Streaming.Stream retrieve = operation("getWidget").stream();
		assertThat(retrieve).isNotNull();
		assertThat(retrieve.query()).isTrue();
		assertThat(operation("listWidgets").stream()).isNull();
		JsonNode fixture = ServiceFixtureTests.fixture();
		assertThat(new ApiModelReader(fixture, new Schemas(fixture), Generator.MODEL_PACKAGE)
			.propertiesSetByTheCall(ServiceFixtureTests.fixtureNames()))
			.isEqualTo(Map.of("CreateWidgetRequest", "stream"));
		assertThat(this.models.componentType(ClassName.get(Generator.MODEL_PACKAGE, "CreateWidgetRequest"), "stream"))
			.as("no setter for what the call sets")
			.isNull();
	}

	@Test
	void everyComponentHasItsJavaNameAndItsKind() {
		assertThat(this.model.types()).hasSize(14);
		assertThat(type("Widget")).isEqualTo(new ApiModel.TypeDecl("Widget",
				ClassName.get(Generator.MODEL_PACKAGE, "Widget"), ApiModel.TypeKind.OBJECT));
		assertThat(type("GadgetObject").className().simpleName()).isEqualTo("Gadget");
		assertThat(type("Gadget-2").className().simpleName()).isEqualTo("GadgetSummary");
		assertThat(type("WidgetNote").kind()).isEqualTo(ApiModel.TypeKind.UNION);
		assertThat(type("GadgetCalls").kind()).isEqualTo(ApiModel.TypeKind.ALIAS);
		assertThat(type("ThreadObject").className().simpleName()).isEqualTo("ThreadObject");
	}

	@Test
	void aSetOfStringLiteralsIsAnOpenEnumAndAStringOrAnObjectAUnion() {
		ObjectNode spec = (ObjectNode) ServiceFixtureTests.fixture().deepCopy();
		ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
		schemas.putObject("Shade").putArray("enum").add("light").add("dark");
		ObjectNode either = schemas.putObject("ShadeOrWidget");
		either.putArray("anyOf")
			.add(schemas.get("Shade").deepCopy())
			.addObject()
			.put("$ref", "#/components/schemas/Widget");
		ObjectNode strings = schemas.putObject("ShadeOrName");
		strings.putArray("anyOf").add(schemas.get("Shade").deepCopy()).addObject().put("type", "string");
		ApiModel read = read(spec);
		assertThat(read.types().get("Shade").kind()).isEqualTo(ApiModel.TypeKind.ENUM);
		assertThat(read.types().get("ShadeOrWidget").kind()).isEqualTo(ApiModel.TypeKind.UNION);
		assertThat(read.types().get("ShadeOrName").kind()).isEqualTo(ApiModel.TypeKind.ENUM);
	}

	@Test
	void aBodyTheClientCannotSendFailsReadingNamingTheOperation() {
		ObjectNode spec = (ObjectNode) ServiceFixtureTests.fixture().deepCopy();
		ObjectNode content = (ObjectNode) spec.path("paths")
			.path("/widgets")
			.path("post")
			.path("requestBody")
			.path("content");
		content.set("application/xml", content.remove("application/json"));
		assertThatIllegalStateException().isThrownBy(() -> read(spec))
			.withMessageContaining("createWidget")
			.withMessageContaining("application/xml");
	}

	private ApiModel.TypeDecl type(String component) {
		return this.model.types().get(component);
	}

	private ApiModel.ApiOperation operation(String id) {
		return operation(this.model, id);
	}

	private static ApiModel.ApiOperation operation(ApiModel model, String id) {
		return all(model.groups().values().stream().toList()).stream()
			.filter((operation) -> operation.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private static List<ApiModel.ApiOperation> all(List<ApiModel.Service> services) {
		return services.stream()
			.flatMap((service) -> Stream.concat(service.operations().stream(),
					all(service.children().values().stream().toList()).stream()))
			.toList();
	}

	private static TypeModel.Property queryProperty(ModelGenerator models, ApiModel.ApiOperation operation,
			String jsonName) {
		TypeModel.RecordType params = (TypeModel.RecordType) models.model(operation.queryType());
		return params.properties()
			.stream()
			.filter((property) -> property.jsonName().equals(jsonName))
			.findFirst()
			.orElseThrow();
	}

	private static ApiModel read(JsonNode spec) {
		return read(spec, models(spec));
	}

	private static ApiModel read(JsonNode spec, ModelGenerator models) {
		ApiModelReader reader = new ApiModelReader(spec, new Schemas(spec), Generator.MODEL_PACKAGE);
		return reader.read(ServiceFixtureTests.fixtureNames(), reader.types(ServiceFixtureTests.fixtureTypes()),
				models);
	}

	/**
	 * The types' reader and writer of a description, its components not yet generated.
	 */
	private static ModelGenerator models(JsonNode spec) {
		Schemas schemas = new Schemas(spec);
		return new ModelGenerator(schemas, new Descriptions(schemas, spec), Generator.MODEL_PACKAGE,
				new ApiModelReader(spec, schemas, Generator.MODEL_PACKAGE).types(ServiceFixtureTests.fixtureTypes()),
				BuilderShortcuts.none());
	}

}

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

	private final ApiModel model = read(ServiceFixtureTests.fixture());

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
	void queryParametersKeepTheirSchemaTheirDescriptionAndWhetherTheyAreRequired() {
		ApiModel.ApiOperation list = operation("listWidgets");
		assertThat(list.queryParameters()).extracting(ApiModel.QueryParameter::name).containsExactly("after", "limit");
		assertThat(list.requiredQuery()).isEmpty();
		ApiModel.ApiOperation usage = operation("widget-usage");
		assertThat(usage.queryParameters()).extracting(ApiModel.QueryParameter::name)
			.containsExactly("start_time", "page");
		assertThat(usage.requiredQuery()).containsExactly("start_time");
		assertThat(usage.queryParameters().get(0).schema().path("type").asString()).isEqualTo("integer");
		assertThat(usage.queryParameters().get(0).schema().has("description")).isFalse();
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
		ApiModel.QueryParameter startTime = operation(read(spec), "widget-usage").queryParameters().get(0);
		assertThat(startTime.schema().path("description").asString()).isEqualTo("When the usage starts.");
		assertThat(parameter.path("schema").has("description")).isFalse();
	}

	@Test
	void bodiesAndAnswersAreTheOnesTheClientSendsAndReads() {
		ApiModel.ApiOperation create = operation("createWidget");
		assertThat(create.body()).isNotNull();
		assertThat(create.body().contentType()).isEqualTo("application/json");
		assertThat(create.answer().kind()).isEqualTo(Bodies.Kind.JSON);
		assertThat(create.answer().schema()).isNotNull();
		assertThat(operation("polishWidget").body().contentType()).isEqualTo("multipart/form-data");
		assertThat(operation("deleteWidget").answer()).isEqualTo(new ApiModel.Answer(Bodies.Kind.EMPTY, null));
		assertThat(operation("downloadWidget").answer()).isEqualTo(new ApiModel.Answer(Bodies.Kind.BINARY, null));
		assertThat(operation("listWidgets").body()).isNull();
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
		assertThat(this.model.propertiesSetByTheCall()).isEqualTo(Map.of("CreateWidgetRequest", "stream"));
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

	private static ApiModel read(JsonNode spec) {
		return new ApiModelReader(spec, new Schemas(spec), Generator.MODEL_PACKAGE)
			.read(ServiceFixtureTests.fixtureNames(), ServiceFixtureTests.fixtureTypes());
	}

}

package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The {@link InputForms} that {@link InputFormReader} reads from the fixture description
 * ({@code src/test/resources/fixture}) with an answer's union and a request's union
 * added: which variants pass as they are, which are read as the request's variant of
 * their {@code type}, and the properties only the answer declares.
 */
class InputFormReaderTests {

	private static final String PACKAGE = Generator.MODEL_PACKAGE;

	/**
	 * A shade call as an answer gives it: {@code created_by} on it, on its owner and on
	 * each of its chunks.
	 */
	private static final String SHADE_CALL_OUTPUT = """
			{"type": "object", "properties": {
			  "type": {"type": "string", "enum": ["shade_call"]},
			  "id": {"type": "string"},
			  "created_by": {"type": "string"},
			  "owner": {"type": "object", "properties": {"name": {"type": "string"}, "created_by": {"type": "string"}}},
			  "chunks": {"type": "array", "items": {"anyOf": [
			    {"type": "object", "properties": {"text": {"type": "string"}, "created_by": {"type": "string"}}},
			    {"type": "null"}]}}}}
			""";

	private static final String SHADE_CALL_INPUT = """
			{"type": "object", "properties": {
			  "type": {"type": "string", "enum": ["shade_call"]},
			  "id": {"type": "string"},
			  "owner": {"type": "object", "properties": {"name": {"type": "string"}}},
			  "chunks": {"type": "array", "items": {"type": "object", "properties": {"text": {"type": "string"}}}}}}
			""";

	@Test
	void aVariantOfBothUnionsPassesAsItIsAndTheUnionsOfAUnionAreIncluded() {
		InputForms forms = read(spec(SHADE_CALL_INPUT));
		assertThat(forms.unions()).containsExactly(Map.entry(type("OutputItem"), type("InputItem")));
		assertThat(forms.forms()).extracting(InputForms.Form::variant)
			.containsExactly(type("UserNote"), type("ReviewNote"), type("ShadeCallOutput"));
		InputForms.Form review = forms.form(type("ReviewNote"));
		assertThat(review).isEqualTo(new InputForms.Form(type("ReviewNote"), type("OutputItem"), type("InputItem"),
				type("ReviewNote"), List.of()));
		assertThat(review.identity()).isTrue();
	}

	@Test
	void aVariantOfTheAnswerOnlyIsReadAsTheRequestsVariantOfItsTypeWithoutWhatOnlyTheAnswerDeclares() {
		InputForms.Form shadeCall = read(spec(SHADE_CALL_INPUT)).form(type("ShadeCallOutput"));
		assertThat(shadeCall).isNotNull();
		assertThat(shadeCall.identity()).isFalse();
		assertThat(shadeCall.form()).isEqualTo(type("ShadeCallInput"));
		assertThat(shadeCall.inputUnion()).isEqualTo(type("InputItem"));
		assertThat(shadeCall.outputOnly()).containsExactly("created_by", "owner.created_by", "chunks[].created_by");
	}

	@Test
	void theUnionsAreFoundByEitherSideAndOtherTypesHaveNoForm() {
		InputForms forms = read(spec(SHADE_CALL_INPUT));
		assertThat(forms.inputUnion(type("OutputItem"))).isEqualTo(type("InputItem"));
		assertThat(forms.inputUnion(type("InputItem"))).isNull();
		assertThat(forms.outputUnion(type("InputItem"))).isEqualTo(type("OutputItem"));
		assertThat(forms.outputUnion(type("WidgetNote"))).isNull();
		assertThat(forms.form(type("ShadeCallInput"))).isNull();
		assertThat(forms.form(type("Widget"))).isNull();
	}

	@Test
	void theComponentsJavaNamesAreTheTypeNamingTables() {
		ObjectNode spec = spec(SHADE_CALL_INPUT);
		ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
		((ObjectNode) schemas.path("OutputItem")).withArray("anyOf")
			.addObject()
			.put("$ref", "#/components/schemas/GadgetObject");
		((ObjectNode) schemas.path("InputItem")).withArray("anyOf")
			.addObject()
			.put("$ref", "#/components/schemas/GadgetObject");
		InputForms.Form gadget = read(spec).form(type("Gadget"));
		assertThat(gadget).isNotNull();
		assertThat(gadget.form()).isEqualTo(type("Gadget"));
	}

	@Test
	void aDescriptionWithoutTheUnionsHasNoForms() {
		InputForms forms = read(ServiceFixtureTests.fixture());
		assertThat(forms.unions()).isEmpty();
		assertThat(forms.forms()).isEmpty();
	}

	@Test
	void aVariantWithoutAnInputFormFailsReadingNamingIt() {
		ObjectNode spec = spec(SHADE_CALL_INPUT.replace("shade_call", "shade_input"));
		assertThatIllegalStateException().isThrownBy(() -> read(spec))
			.withMessageContaining("ShadeCallOutput, a variant of OutputItem, is no variant of InputItem")
			.withMessageContaining("no variant of InputItem has its type shade_call")
			.withMessageContaining("InputFormReader");
	}

	@Test
	void aVariantWithTwoInputFormsFailsReadingNamingThem() {
		ObjectNode spec = spec(SHADE_CALL_INPUT);
		ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
		schemas.set("ShadeCallInputAgain", schemas.get("ShadeCallInput").deepCopy());
		((ObjectNode) schemas.path("InputItem")).withArray("anyOf")
			.addObject()
			.put("$ref", "#/components/schemas/ShadeCallInputAgain");
		assertThatIllegalStateException().isThrownBy(() -> read(spec))
			.withMessageContaining("more than one variant of InputItem")
			.withMessageContaining("[ShadeCallInput, ShadeCallInputAgain]");
	}

	/** The fixture with an answer's union and a request's union that share the notes. */
	private static ObjectNode spec(String shadeCallInput) {
		ObjectNode spec = (ObjectNode) ServiceFixtureTests.fixture().deepCopy();
		ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
		JsonMapper mapper = JsonMapper.builder().build();
		schemas.set("ShadeCallOutput", mapper.readTree(SHADE_CALL_OUTPUT));
		schemas.set("ShadeCallInput", mapper.readTree(shadeCallInput));
		schemas.set("OutputItem", mapper.readTree(
				"""
						{"anyOf": [{"$ref": "#/components/schemas/WidgetNote"}, {"$ref": "#/components/schemas/ShadeCallOutput"}]}
						"""));
		schemas.set("InputItem", mapper.readTree(
				"""
						{"anyOf": [{"$ref": "#/components/schemas/WidgetNote"}, {"$ref": "#/components/schemas/ShadeCallInput"}]}
						"""));
		return spec;
	}

	private static InputForms read(JsonNode spec) {
		Schemas schemas = new Schemas(spec);
		Map<String, ApiModel.TypeDecl> types = new ApiModelReader(spec, schemas, PACKAGE)
			.types(ServiceFixtureTests.fixtureTypes());
		return new InputFormReader(schemas, (component) -> types.get(component).className()).read();
	}

	private static ClassName type(String simpleName) {
		return ClassName.get(PACKAGE, simpleName);
	}

}

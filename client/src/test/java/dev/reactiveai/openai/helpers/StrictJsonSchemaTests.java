package dev.reactiveai.openai.helpers;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Schemas of a matrix of Java types: each is what strict mode accepts (checked by
 * {@link StrictSchemaAssert}, apart from the production rules), and says what the mapper
 * reads; what strict mode cannot express is refused, naming the path and the fix.
 */
class StrictJsonSchemaTests {

	private static final JsonMapper MAPPER = OpenAiJson.mapper();

	enum Unit {

		GRAM, @JsonProperty("ml")
		MILLILITRE

	}

	record Scalars(String name, int count, long total, double ratio, boolean done, BigDecimal price, Integer boxed) {
	}

	record Ingredient(String name, double amount, @Nullable Unit unit) {
	}

	@JsonClassDescription("A dish and how to make it")
	record Recipe(@JsonPropertyDescription("The dish's name") String title, int prepMinutes,
			List<Ingredient> ingredients, @JsonProperty("Steps") List<String> steps, Optional<String> note,
			@Nullable Ingredient garnish, @Nullable List<String> tags, Optional<Unit> preferredUnit, Set<Unit> units,
			@JsonIgnore @Nullable String ignored) {
	}

	record Node(String name, List<Node> children, @Nullable Node parent) {
	}

	record Tree(Node root, Optional<Node> spare) {
	}

	record Times(LocalDate day, Instant at, UUID id, URI source) {
	}

	record Ordered(String zebra, String apple, String mango) {
	}

	record Primitive(@Nullable String text, int number) {
	}

	record WithMap(String name, Map<String, String> extras) {
	}

	record Line(String text, WithMap details) {
	}

	record Order(List<Line> lines) {
	}

	record WithObject(Object anything) {
	}

	record WithMixedList(List<Object> values) {
	}

	interface Shape {

	}

	record WithInterface(Shape shape) {
	}

	record WithBytes(byte[] data) {
	}

	record WithJsonNode(JsonNode node) {
	}

	record Empty() {
	}

	record WithEmpty(Empty nothing) {
	}

	record L1(L2 next) {
	}

	record L2(L3 next) {
	}

	record L3(L4 next) {
	}

	record L4(L5 next) {
	}

	record L5(L6 next) {
	}

	record L6(L7 next) {
	}

	record L7(L8 next) {
	}

	record L8(L9 next) {
	}

	record L9(L10 next) {
	}

	record L10(L11 next) {
	}

	record L11(String end) {
	}

	@Test
	void scalarsAreRequiredPropertiesOfAClosedObjectNamedInSnakeCase() {
		Map<String, Object> schema = StrictJsonSchema.of(Scalars.class);
		assertThat(json(schema)).isEqualTo(MAPPER.readTree("""
				{"type": "object",
				 "properties": {"name": {"type": "string"}, "count": {"type": "integer"}, "total": {"type": "integer"},
				                "ratio": {"type": "number"}, "done": {"type": "boolean"}, "price": {"type": "number"},
				                "boxed": {"type": "integer"}},
				 "required": ["name", "count", "total", "ratio", "done", "price", "boxed"],
				 "additionalProperties": false}
				"""));
		StrictSchemaAssert.assertStrict(schema);
	}

	@Test
	void aRecipeIsStrictWithNullablesAsUnionsWithNullAndDescriptionsFromJackson() {
		Map<String, Object> schema = StrictJsonSchema.of(Recipe.class);
		StrictSchemaAssert.assertStrict(schema);
		JsonNode tree = json(schema);
		assertThat(tree.get("description").asString()).isEqualTo("A dish and how to make it");
		JsonNode properties = tree.get("properties");
		assertThat(properties.propertyNames()).containsExactly("title", "prep_minutes", "ingredients", "Steps", "note",
				"garnish", "tags", "preferred_unit", "units");
		assertThat(properties.get("title"))
			.isEqualTo(MAPPER.readTree("{\"type\": \"string\", \"description\": \"The dish's name\"}"));
		assertThat(properties.get("note")).isEqualTo(MAPPER.readTree("{\"type\": [\"string\", \"null\"]}"));
		assertThat(properties.get("garnish").get("anyOf")).contains(MAPPER.readTree("{\"type\": \"null\"}"));
		assertThat(properties.get("tags")).isEqualTo(MAPPER.readTree("""
				{"anyOf": [{"type": "null"}, {"type": "array", "items": {"type": "string"}}]}
				"""));
		assertThat(properties.get("preferred_unit")).isEqualTo(MAPPER.readTree("""
				{"anyOf": [{"type": "null"}, {"type": "string", "enum": ["GRAM", "ml"]}]}
				"""));
		assertThat(properties.get("units")).isEqualTo(MAPPER
			.readTree("{\"type\": \"array\", \"items\": {\"type\": \"string\", \"enum\": [\"GRAM\", \"ml\"]}}"));
		// The nested record is described where it is used twice: the list and the
		// garnish.
		JsonNode ingredient = tree.get("$defs").get("Ingredient");
		assertThat(ingredient.get("properties").get("unit")).isEqualTo(MAPPER.readTree("""
				{"anyOf": [{"type": "null"}, {"type": "string", "enum": ["GRAM", "ml"]}]}
				"""));
		assertThat(properties.get("ingredients").get("items").get("$ref").asString()).isEqualTo("#/$defs/Ingredient");
	}

	@Test
	void theSchemaDescribesWhatTheMapperReads() {
		Recipe recipe = MAPPER.readValue("""
				{"title": "Soup", "prep_minutes": 5, "ingredients": [{"name": "water", "amount": 1.5, "unit": "ml"}],
				 "Steps": ["boil"], "note": null, "garnish": null, "tags": ["hot"], "preferred_unit": "GRAM",
				 "units": ["ml"]}
				""", Recipe.class);
		assertThat(recipe.ingredients().get(0).unit()).isEqualTo(Unit.MILLILITRE);
		assertThat(recipe.prepMinutes()).isEqualTo(5);
		assertThat(recipe.steps()).containsExactly("boil");
		assertThat(recipe.note()).isEmpty();
		assertThat(recipe.preferredUnit()).contains(Unit.GRAM);
	}

	@Test
	void primitivesAreNeverNullableAndAnnotatedOnesAre() {
		Map<String, Object> schema = StrictJsonSchema.of(Primitive.class);
		JsonNode properties = json(schema).get("properties");
		assertThat(properties.get("text")).isEqualTo(MAPPER.readTree("{\"type\": [\"string\", \"null\"]}"));
		assertThat(properties.get("number")).isEqualTo(MAPPER.readTree("{\"type\": \"integer\"}"));
	}

	@Test
	void recursiveTypesReferToThemselves() {
		Map<String, Object> node = StrictJsonSchema.of(Node.class);
		StrictSchemaAssert.assertStrict(node);
		JsonNode properties = json(node).get("properties");
		assertThat(properties.get("children"))
			.isEqualTo(MAPPER.readTree("{\"type\": \"array\", \"items\": {\"$ref\": \"#\"}}"));
		assertThat(properties.get("parent"))
			.isEqualTo(MAPPER.readTree("{\"anyOf\": [{\"type\": \"null\"}, {\"$ref\": \"#\"}]}"));

		Map<String, Object> tree = StrictJsonSchema.of(Tree.class);
		StrictSchemaAssert.assertStrict(tree);
		JsonNode definition = json(tree).get("$defs").get("Node");
		assertThat(definition.get("properties").get("children").get("items").get("$ref").asString())
			.isEqualTo("#/$defs/Node");
	}

	@Test
	void datesAndIdsKeepTheFormatsStrictModeSupportsOnly() {
		Map<String, Object> schema = StrictJsonSchema.of(Times.class);
		StrictSchemaAssert.assertStrict(schema);
		JsonNode properties = json(schema).get("properties");
		assertThat(properties.get("day")).isEqualTo(MAPPER.readTree("{\"type\": \"string\", \"format\": \"date\"}"));
		assertThat(properties.get("at"))
			.isEqualTo(MAPPER.readTree("{\"type\": \"string\", \"format\": \"date-time\"}"));
		assertThat(properties.get("id")).isEqualTo(MAPPER.readTree("{\"type\": \"string\", \"format\": \"uuid\"}"));
		// "uri" is no format of strict mode's: a plain string, which Jackson still reads
		// as a URI.
		assertThat(properties.get("source")).isEqualTo(MAPPER.readTree("{\"type\": \"string\"}"));
	}

	@Test
	void propertiesKeepTheOrderOfTheRecord() {
		assertThat(json(StrictJsonSchema.of(Ordered.class)).get("properties").propertyNames()).containsExactly("zebra",
				"apple", "mango");
	}

	@Test
	void namesFollowTheGivenMapper() {
		JsonMapper camelCase = JsonMapper.builder().build();
		Map<String, Object> schema = StrictJsonSchema.of(Recipe.class, camelCase);
		assertThat(json(schema).get("properties").propertyNames()).contains("prepMinutes", "preferredUnit", "Steps");
		StrictSchemaAssert.assertStrict(schema);
	}

	@Test
	void theSchemaIsUnmodifiable() {
		Map<String, Object> schema = StrictJsonSchema.of(Scalars.class);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> schema.put("x", 1));
	}

	@Test
	void aMapIsRefusedNamingItsPathAndTheFix() {
		assertThatExceptionOfType(UnsupportedSchemaException.class).isThrownBy(() -> StrictJsonSchema.of(Order.class))
			.satisfies((ex) -> {
				assertThat(ex.path()).isEqualTo("Order.lines[].details.extras");
				assertThat(ex.typeName()).isEqualTo(Order.class.getName());
			})
			.withMessageContaining(Order.class.getName())
			.withMessageContaining("Order.lines[].details.extras is a Map<String,String>")
			.withMessageContaining("Use a record whose components are the keys");
	}

	@Test
	void whatCouldBeAnyJsonIsRefused() {
		assertThatExceptionOfType(UnsupportedSchemaException.class)
			.isThrownBy(() -> StrictJsonSchema.of(WithObject.class))
			.withMessageContaining("WithObject.anything is a Object, whose JSON could be anything");
		assertThatExceptionOfType(UnsupportedSchemaException.class)
			.isThrownBy(() -> StrictJsonSchema.of(WithMixedList.class))
			.withMessageContaining("WithMixedList.values[] is a Object");
		assertThatExceptionOfType(UnsupportedSchemaException.class)
			.isThrownBy(() -> StrictJsonSchema.of(WithJsonNode.class))
			.withMessageContaining("WithJsonNode.node is a tools.jackson.databind.JsonNode");
	}

	@Test
	void interfacesBytesAndEmptyTypesAreRefused() {
		assertThatExceptionOfType(UnsupportedSchemaException.class)
			.isThrownBy(() -> StrictJsonSchema.of(WithInterface.class))
			.withMessageContaining("WithInterface.shape is ")
			.withMessageContaining("an interface or abstract class");
		assertThatExceptionOfType(UnsupportedSchemaException.class)
			.isThrownBy(() -> StrictJsonSchema.of(WithBytes.class))
			.withMessageContaining("WithBytes.data is a byte[]");
		assertThatExceptionOfType(UnsupportedSchemaException.class)
			.isThrownBy(() -> StrictJsonSchema.of(WithEmpty.class))
			.withMessageContaining("WithEmpty.nothing is a ")
			.withMessageContaining("without properties");
	}

	@Test
	void theRootMustBeAnObject() {
		assertThatExceptionOfType(UnsupportedSchemaException.class).isThrownBy(() -> StrictJsonSchema.of(Unit.class))
			.withMessageContaining("Unit is not an object")
			.withMessageContaining("Wrap it in a record");
		assertThatExceptionOfType(UnsupportedSchemaException.class).isThrownBy(() -> StrictJsonSchema.of(List.class))
			.withMessageContaining("List is not an object");
		assertThatExceptionOfType(UnsupportedSchemaException.class).isThrownBy(() -> StrictJsonSchema.of(String.class))
			.withMessageContaining("String is not an object");
	}

	@Test
	void nestingDeeperThanStrictModeAllowsIsRefused() {
		assertThatExceptionOfType(UnsupportedSchemaException.class).isThrownBy(() -> StrictJsonSchema.of(L1.class))
			.withMessageContaining("nests objects 11 levels deep; strict mode allows 10");
		StrictSchemaAssert.assertStrict(StrictJsonSchema.of(L2.class));
	}

	private static JsonNode json(Map<String, Object> schema) {
		return MAPPER.valueToTree(schema);
	}

}

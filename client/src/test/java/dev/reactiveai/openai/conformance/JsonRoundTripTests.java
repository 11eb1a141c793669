package dev.reactiveai.openai.conformance;

import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.conformance.JsonRoundTrip.Findings;
import dev.reactiveai.openai.conformance.SpecExamples.Example;
import dev.reactiveai.openai.conformance.SpecExamples.Kind;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.OutputItem;
import dev.reactiveai.openai.types.VectorStoreFileBatch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The helpers of the round-trip suite find what they are meant to find.
 */
class JsonRoundTripTests {

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void aLostFieldIsADifference() {
		assertThat(differences("{\"a\":{\"b\":1,\"c\":\"x\"}}", "{\"a\":{\"b\":1}}"))
			.containsExactly("$.a.c: lost (was \"x\")");
	}

	@Test
	void aChangedValueIsADifference() {
		assertThat(differences("{\"a\":[1,\"x\",true]}", "{\"a\":[1,\"y\",true]}"))
			.containsExactly("$.a[1]: was \"x\", written as \"y\"");
		assertThat(differences("{\"a\":[1,2]}", "{\"a\":[1]}")).hasSize(1);
		assertThat(differences("{\"a\":1}", "{\"a\":\"1\"}")).hasSize(1);
		assertThat(differences("{\"a\":0.5}", "{\"a\":0.25}")).hasSize(1);
	}

	@Test
	void nullEqualsAbsentAndNumbersCompareByValue() {
		assertThat(differences("{\"a\":null,\"b\":1,\"c\":2.50}", "{\"b\":1.0,\"c\":2.5,\"d\":true}")).isEmpty();
		assertThat(differences("{\"a\":null}", "{\"a\":\"filled in\"}")).hasSize(1);
	}

	@Test
	void commentsAndTrailingCommasAreRemovedButNotFromStrings() {
		String text = """
				{
				  "url": "https://example.com/a//b", // the address
				  "list": [1, 2, ], "text": "a, ]",
				}
				""";
		JsonNode json = this.mapper.readTree(SpecExamples.stripCommentsAndTrailingCommas(text));
		assertThat(json.get("url").asString()).isEqualTo("https://example.com/a//b");
		assertThat(json.get("list").size()).isEqualTo(2);
		assertThat(json.get("text").asString()).isEqualTo("a, ]");
		Example example = new Example("op", null, "GET", "/op", text);
		assertThat(example.kind()).isEqualTo(Kind.JSON_AFTER_CLEANUP);
	}

	@Test
	void examplesAreClassified() {
		assertThat(new Example("op", "t", "GET", "/op", " \n").kind()).isEqualTo(Kind.EMPTY);
		assertThat(new Example("op", "t", "GET", "/op", "{\"a\": 1}").kind()).isEqualTo(Kind.JSON);
		assertThat(new Example("op", "t", "GET", "/op", "event: x\ndata: {}\n").kind()).isEqualTo(Kind.STREAM);
		Example elided = new Example("op", "t", "GET", "/op", "{\"a\": [\n  1,\n  ...\n]}");
		assertThat(elided.kind()).isEqualTo(Kind.OTHER);
		assertThat(elided.skipReason()).contains("'...'");
		assertThat(new Example("op", "t", "GET", "/op", "{\n  id: \"x\"\n}").skipReason()).contains("unquoted keys");
	}

	@Test
	void unknownVariantsAdditionalPropertiesAndLiteralMismatchesAreFound() {
		OutputItem item = this.mapper.readValue("{\"type\":\"brand_new_item\"}", OutputItem.class);
		Findings unknown = JsonRoundTrip.inspect(List.of(Map.of("item", item)), "$");
		assertThat(unknown.unknownVariants).containsExactly("OutputItem at $[0].item");
		VectorStoreFileBatch batch = this.mapper.readValue(
				"{\"id\":\"vsfb_1\",\"object\":\"vector_store.file_batch\","
						+ "\"created_at\":1,\"vector_store_id\":\"vs_1\",\"status\":\"completed\",\"brand_new\":1}",
				VectorStoreFileBatch.class);
		Findings found = JsonRoundTrip.inspect(batch, "$");
		assertThat(found.additionalProperties).containsExactly("VectorStoreFileBatch.brand_new at $");
		assertThat(found.literalMismatches).singleElement().asString().contains("vector_store.file_batch");
	}

	private List<String> differences(String original, String written) {
		return JsonRoundTrip.differences(this.mapper.readTree(original), this.mapper.readTree(written));
	}

}

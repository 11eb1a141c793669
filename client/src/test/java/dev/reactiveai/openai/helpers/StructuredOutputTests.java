package dev.reactiveai.openai.helpers;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import dev.reactiveai.openai.core.MockApi;
import dev.reactiveai.openai.core.TestClients;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseTextParam;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Structured outputs: the request asks for the type's strict schema, the answer is read
 * back into the type, a refusal is a result, and an answer that is not the type fails
 * naming it and quoting the text.
 */
class StructuredOutputTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	@JsonClassDescription("A dish and how to make it")
	record Recipe(String title, List<String> steps, Optional<String> note) {
	}

	private static final StructuredOutput<Recipe> RECIPE = StructuredOutput.of(Recipe.class);

	private static final String SOUP = "{\"title\": \"Soup\", \"steps\": [\"boil\", \"serve\"], \"note\": null}";

	@Test
	void theChatResponseFormatIsTheStrictSchemaNamedAndDescribedAfterTheClass() {
		JsonNode format = Fixtures.MAPPER.valueToTree(RECIPE.responseFormat());
		assertThat(format.get("type").asString()).isEqualTo("json_schema");
		JsonNode jsonSchema = format.get("json_schema");
		assertThat(jsonSchema.get("name").asString()).isEqualTo("Recipe");
		assertThat(jsonSchema.get("description").asString()).isEqualTo("A dish and how to make it");
		assertThat(jsonSchema.get("strict").asBoolean()).isTrue();
		assertThat(jsonSchema.get("schema")).isEqualTo(Fixtures.MAPPER.valueToTree(StrictJsonSchema.of(Recipe.class)));
		StrictSchemaAssert.assertStrict(RECIPE.schema());
	}

	@Test
	void applyingToAResponseRequestKeepsItsVerbosity() {
		CreateResponse request = CreateResponse.builder()
			.model("gpt-4.1")
			.input("Soup?")
			.text(ResponseTextParam.builder().verbosity("low").build())
			.build();
		JsonNode text = Fixtures.MAPPER.valueToTree(RECIPE.applyTo(request)).get("text");
		assertThat(text.get("verbosity").asString()).isEqualTo("low");
		assertThat(text.get("format").get("type").asString()).isEqualTo("json_schema");
		assertThat(text.get("format").get("name").asString()).isEqualTo("Recipe");
		assertThat(text.get("format").get("strict").asBoolean()).isTrue();
		assertThat(text.get("format").get("schema").get("required")).hasSize(3);
	}

	@Test
	void aNameMustBeOneTheApiAccepts() {
		assertThat(RECIPE.withName("recipe_v2").name()).isEqualTo("recipe_v2");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> RECIPE.withName("a recipe"))
			.withMessageContaining("1 to 64 letters, digits, underscores or dashes, not 'a recipe'");
	}

	@Test
	void aChatAnswerIsReadIntoTheType() {
		ChatCompletion completion = Fixtures.chatContent(SOUP, "stop");
		StructuredResult<Recipe, ChatCompletion> result = RECIPE.parse(completion);
		assertThat(result).isInstanceOf(StructuredResult.Parsed.class);
		assertThat(result.orElseThrow()).isEqualTo(new Recipe("Soup", List.of("boil", "serve"), Optional.empty()));
		assertThat(result.raw()).isSameAs(completion);
	}

	@Test
	void aRefusalIsAResultNotAParseError() {
		ChatCompletion completion = Fixtures
			.chat("{\"role\": \"assistant\", \"content\": null, \"refusal\": \"I can't help with that.\"}", "stop");
		StructuredResult<Recipe, ChatCompletion> result = RECIPE.parse(completion);
		assertThat(result)
			.isEqualTo(new StructuredResult.Refused<>("I can't help with that.", Recipe.class, completion));
		assertThatExceptionOfType(StructuredOutputRefusedException.class).isThrownBy(result::orElseThrow)
			.withMessage("The model refused to answer with a Recipe: I can't help with that.")
			.satisfies((ex) -> assertThat(ex.refusal()).isEqualTo("I can't help with that."));
	}

	@Test
	void malformedJsonFailsNamingTheTypeAndQuotingTheText() {
		ChatCompletion completion = Fixtures.chatContent("{\"title\": \"Soup\", \"steps\": [\"bo", "length");
		assertThatExceptionOfType(StructuredOutputException.class).isThrownBy(() -> RECIPE.parse(completion))
			.withMessageStartingWith("The answer is not JSON of " + Recipe.class.getName())
			.withMessageContaining("cut at the token limit (finish_reason length): raise max_completion_tokens")
			.withMessageEndingWith("It reads: {\"title\": \"Soup\", \"steps\": [\"bo");
	}

	@Test
	void jsonOfAnotherShapeFailsToo() {
		assertThatExceptionOfType(StructuredOutputException.class)
			.isThrownBy(() -> RECIPE.parse(Fixtures.chatContent("{\"title\": [1, 2]}", "stop")))
			.withMessageContaining("The answer is not JSON of " + Recipe.class.getName())
			.withMessageEndingWith("It reads: {\"title\": [1, 2]}");
	}

	@Test
	void theQuotedTextIsBoundedAndEscaped() {
		String huge = "{\"title\": \"" + "x".repeat(5000) + "\n";
		assertThatExceptionOfType(StructuredOutputException.class)
			.isThrownBy(() -> RECIPE.parse(Fixtures.chatContent(huge, "stop")))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).hasSizeLessThan(2600).contains("...[cut at 2000 characters, ");
				assertThat(ex.getMessage()).doesNotContain("\n");
			});
	}

	@Test
	void anAnswerWithoutContentFailsSayingWhy() {
		ChatCompletion completion = Fixtures.chat("{\"role\": \"assistant\", \"content\": null, \"tool_calls\": []}",
				"tool_calls");
		assertThatExceptionOfType(StructuredOutputException.class).isThrownBy(() -> RECIPE.parse(completion))
			.withMessage(
					"The chat completion's choice 0 has no content to read a Recipe from (finish_reason tool_calls)");
		assertThatExceptionOfType(StructuredOutputException.class).isThrownBy(() -> RECIPE.parse(completion, 3))
			.withMessageContaining("has no choice 3");
	}

	@Test
	void aResponseIsReadFromItsOutputText() {
		Response response = Fixtures.response("[" + Fixtures.outputTextMessage(SOUP) + "]");
		assertThat(RECIPE.parse(response).orElseThrow().steps()).containsExactly("boil", "serve");
	}

	@Test
	void aResponseRefusalIsAResult() {
		Response response = Fixtures.response("[{\"type\": \"message\", \"id\": \"msg_1\", \"status\": \"completed\", "
				+ "\"role\": \"assistant\", \"content\": [{\"type\": \"refusal\", \"refusal\": \"No.\"}]}]");
		assertThat(RECIPE.parse(response)).isInstanceOfSatisfying(StructuredResult.Refused.class,
				(refused) -> assertThat(refused.refusal()).isEqualTo("No."));
	}

	@Test
	void anIncompleteResponseSaysSo() {
		Response response = Fixtures.MAPPER
			.readValue(Fixtures.responseJson("[" + Fixtures.outputTextMessage("{\"title\": \"So") + "]", "incomplete",
					"{\"reason\": \"max_output_tokens\"}"), Response.class);
		assertThatExceptionOfType(StructuredOutputException.class).isThrownBy(() -> RECIPE.parse(response))
			.withMessageContaining("The response is incomplete (max_output_tokens): raise max_output_tokens.");
		Response empty = Fixtures.MAPPER
			.readValue(Fixtures.responseJson("[]", "incomplete", "{\"reason\": \"content_filter\"}"), Response.class);
		assertThatExceptionOfType(StructuredOutputException.class).isThrownBy(() -> RECIPE.parse(empty))
			.withMessage("The response has no output text to read a Recipe from (status incomplete: content_filter)");
	}

	@Test
	void theFacadeSendsTheSchemaAndReadsTheChatAnswer() throws InterruptedException {
		this.api.enqueue(Fixtures.json(Fixtures.chatJson(
				"{\"role\": \"assistant\", \"content\": " + Fixtures.MAPPER.writeValueAsString(SOUP) + "}", "stop")));
		StructuredOutputs structured = StructuredOutputs.of(this.api.client());
		StepVerifier.create(structured.create(TestClients.chatRequest("Soup?"), Recipe.class))
			.assertNext((result) -> assertThat(result.orElseThrow().title()).isEqualTo("Soup"))
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest sent = this.api.takeRequest();
		JsonNode format = Fixtures.MAPPER.readTree(sent.getBody().utf8()).get("response_format");
		assertThat(format.get("type").asString()).isEqualTo("json_schema");
		assertThat(format.get("json_schema").get("strict").asBoolean()).isTrue();
		assertThat(format.get("json_schema").get("schema"))
			.isEqualTo(Fixtures.MAPPER.valueToTree(StrictJsonSchema.of(Recipe.class)));
		assertThat(structured.output(Recipe.class)).isSameAs(structured.output(Recipe.class));
	}

	@Test
	void theFacadeReadsAResponseAnswer() throws InterruptedException {
		this.api.enqueue(Fixtures
			.json(Fixtures.responseJson("[" + Fixtures.outputTextMessage(SOUP) + "]", "completed", "null")));
		CreateResponse request = CreateResponse.builder().model("gpt-4.1").input("Soup?").build();
		StepVerifier.create(StructuredOutputs.of(this.api.client()).create(request, Recipe.class))
			.assertNext((result) -> assertThat(result.orElseThrow().steps()).containsExactly("boil", "serve"))
			.expectComplete()
			.verify(TIMEOUT);
		JsonNode text = Fixtures.MAPPER.readTree(this.api.takeRequest().getBody().utf8()).get("text");
		assertThat(text.get("format").get("name").asString()).isEqualTo("Recipe");
	}

	@Test
	void aMalformedAnswerFailsTheMono() {
		this.api
			.enqueue(Fixtures.json(Fixtures.chatJson("{\"role\": \"assistant\", \"content\": \"not json\"}", "stop")));
		StepVerifier
			.create(StructuredOutputs.of(this.api.client()).create(TestClients.chatRequest("Soup?"), Recipe.class))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(StructuredOutputException.class)
				.hasMessageContaining("It reads: not json"))
			.verify(TIMEOUT);
	}

	@Test
	void aTypeWithoutAStrictSchemaFailsBeforeAnythingIsSent() {
		record Bad(java.util.Map<String, Integer> counts) {
		}
		StructuredOutputs structured = StructuredOutputs.of(this.api.client());
		CreateChatCompletionRequest request = TestClients.chatRequest("x");
		assertThatExceptionOfType(UnsupportedSchemaException.class)
			.isThrownBy(() -> structured.create(request, Bad.class))
			.withMessageContaining("Bad.counts is a Map<String,Integer>");
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void aStreamedAnswerIsAccumulatedThenRead() {
		this.api.enqueue(Fixtures.sse(
				"{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}",
				"{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"{\\\"title\\\": \\\"Soup\\\", \"}}]}",
				"{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\\\"steps\\\": [], \\\"note\\\": \\\"hot\\\"}\"}}]}",
				"{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"));
		StepVerifier
			.create(this.api.client()
				.chat()
				.completions()
				.createStream(RECIPE.applyTo(TestClients.chatRequest("Soup?")))
				.as(ChatCompletionAccumulator.accumulate())
				.map(RECIPE::parse))
			.assertNext((result) -> assertThat(result.orElseThrow())
				.isEqualTo(new Recipe("Soup", List.of(), Optional.of("hot"))))
			.expectComplete()
			.verify(TIMEOUT);
	}

}

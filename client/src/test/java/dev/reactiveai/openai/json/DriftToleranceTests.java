package dev.reactiveai.openai.json;

import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCallChunk;
import dev.reactiveai.openai.types.ChatCompletionTokenLogprob;
import dev.reactiveai.openai.types.CompletionUsage;
import dev.reactiveai.openai.types.Embedding;
import dev.reactiveai.openai.types.FileSearchToolCall;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.OutputItem;
import dev.reactiveai.openai.types.RealtimeConversationItem;
import dev.reactiveai.openai.types.RealtimeConversationItemFunctionCall;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One property whose JSON is not of the shape the API description says does not hide the
 * rest: the object is read, that component is null, and the property is kept as it came
 * in {@code additionalProperties} and written back unchanged.
 */
class DriftToleranceTests {

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void responsesItemWithAnObjectWhereAStringIsDescribedStaysTyped() {
		String json = """
				{"type":"function_call","id":"fc_1","call_id":"call_1","name":"get_weather",
				 "arguments":{"city":"Paris"},"status":"completed"}""";
		OutputItem item = this.mapper.readValue(json, OutputItem.class);
		assertThat(item).isInstanceOfSatisfying(FunctionToolCall.class, (call) -> {
			assertThat(call.name()).isEqualTo("get_weather");
			assertThat(call.status()).isEqualTo(FunctionToolCall.Status.COMPLETED);
			assertThat(call.arguments()).isNull();
			assertThat(tree(call.additionalProperties().get("arguments")))
				.isEqualTo(this.mapper.readTree("{\"city\":\"Paris\"}"));
		});
		assertWrittenBack(item, json);
	}

	@Test
	void realtimeItemWithADriftedFieldStaysTyped() {
		String json = """
				{"id":"item_1","object":"realtime.item","type":"function_call","call_id":"call_1",
				 "name":["get","weather"],"arguments":"{}"}""";
		RealtimeConversationItem item = this.mapper.readValue(json, RealtimeConversationItem.class);
		assertThat(item).isInstanceOfSatisfying(RealtimeConversationItemFunctionCall.class, (call) -> {
			assertThat(call.name()).isNull();
			assertThat(call.arguments()).isEqualTo("{}");
			assertThat(call.additionalProperties()).containsKey("name");
		});
		assertWrittenBack(item, json);
	}

	@Test
	void driftedFieldsOfEveryShapeAreKept() {
		// A string where a number is described, a number where an object is, an array in
		// a nested object where a string is.
		String json = """
				{"id":"chatcmpl-1","object":"chat.completion","created":"yesterday","model":"gpt-4o","usage":42,
				 "choices":[{"index":0,"finish_reason":"stop",
				   "message":{"role":"assistant","content":["Hello","there"],"refusal":"none"}}]}""";
		ChatCompletion response = this.mapper.readValue(json, ChatCompletion.class);
		assertThat(response.created()).isNull();
		assertThat(response.usage()).isNull();
		assertThat(response.model()).isEqualTo("gpt-4o");
		assertThat(response.additionalProperties()).containsOnlyKeys("created", "usage");
		ChatCompletion.Choice choice = response.choices().get(0);
		assertThat(choice.message().content()).isNull();
		assertThat(choice.message().refusal()).isEqualTo("none");
		assertThat(choice.message().additionalProperties()).containsOnlyKeys("content");
		assertWrittenBack(response, json);
	}

	@Test
	void driftedElementOfAListOfStringsKeepsTheListAsItCame() {
		String json = """
				{"type":"file_search_call","id":"fs_1","status":"completed",
				 "queries":["weather",{"city":"Paris"}]}""";
		OutputItem item = this.mapper.readValue(json, OutputItem.class);
		assertThat(item).isInstanceOfSatisfying(FileSearchToolCall.class, (call) -> {
			assertThat(call.id()).isEqualTo("fs_1");
			assertThat(call.queries()).isNull();
			assertThat(call.additionalProperties()).containsOnlyKeys("queries");
		});
		assertWrittenBack(item, json);
	}

	@Test
	void listsOfNumbersAreReadAndADriftedElementKeepsTheListAsItCame() {
		String json = """
				{"token":"Hi","logprob":-0.5,"bytes":[72,105,null],"top_logprobs":[
				  {"token":"Hi","logprob":-0.5,"bytes":[72,105]},
				  {"token":"Hey","logprob":-1.5,"bytes":[72,{"e":101},121]}]}""";
		ChatCompletionTokenLogprob logprob = this.mapper.readValue(json, ChatCompletionTokenLogprob.class);
		assertThat(logprob.bytes()).containsExactly(72L, 105L, null);
		assertThat(logprob.topLogprobs().get(0).bytes()).containsExactly(72L, 105L);
		ChatCompletionTokenLogprob.TopLogprob drifted = logprob.topLogprobs().get(1);
		assertThat(drifted.token()).isEqualTo("Hey");
		assertThat(drifted.bytes()).isNull();
		assertThat(tree(drifted.additionalProperties().get("bytes")))
			.isEqualTo(this.mapper.readTree("[72,{\"e\":101},121]"));
		assertWrittenBack(logprob, json);
	}

	@Test
	void driftedFieldOfANestedObjectStaysInThatObject() {
		String usage = """
				{"completion_tokens":1,"prompt_tokens":2,"total_tokens":3,
				 "completion_tokens_details":{"reasoning_tokens":{"estimated":0},"audio_tokens":0}}""";
		CompletionUsage read = this.mapper.readValue(usage, CompletionUsage.class);
		assertThat(read.totalTokens()).isEqualTo(3L);
		assertThat(read.additionalProperties()).isEmpty();
		assertThat(read.completionTokensDetails()).isNotNull();
		assertThat(read.completionTokensDetails().audioTokens()).isZero();
		assertThat(read.completionTokensDetails().reasoningTokens()).isNull();
		assertThat(read.completionTokensDetails().additionalProperties()).containsOnlyKeys("reasoning_tokens");
		assertWrittenBack(read, usage);
	}

	@Test
	void embeddingsAreStillReadInPlace() {
		String json = "{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.25,-0.5]}";
		Embedding embedding = this.mapper.readValue(json, Embedding.class);
		assertThat(embedding.embedding().values()).containsExactly(0.25f, -0.5f);
		assertThat(embedding.additionalProperties()).isEmpty();
	}

	@Test
	void malformedJsonStillFails() {
		String json = "{\"index\":0,\"id\":\"call_1\",\"function\":{\"name\":}}";
		assertThatExceptionOfType(StreamReadException.class)
			.isThrownBy(() -> this.mapper.readValue(json, ChatCompletionMessageToolCallChunk.class));
	}

	private void assertWrittenBack(Object value, String json) {
		JsonNode written = tree(value);
		assertThat(written).isEqualTo(this.mapper.readTree(json));
	}

	/** The JSON a value is written as, numbers read back as from an answer. */
	private JsonNode tree(@Nullable Object value) {
		return this.mapper.readTree(this.mapper.writeValueAsString(value));
	}

}

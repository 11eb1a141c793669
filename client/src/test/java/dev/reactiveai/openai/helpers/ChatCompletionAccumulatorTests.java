package dev.reactiveai.openai.helpers;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import dev.reactiveai.openai.core.MockApi;
import dev.reactiveai.openai.core.TestClients;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCall;
import dev.reactiveai.openai.types.ChatCompletionTokenLogprob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chat streams put together into the completion the same request answers unstreamed.
 */
class ChatCompletionAccumulatorTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	private static final String HEAD = "\"id\":\"chatcmpl-9\",\"object\":\"chat.completion.chunk\",\"created\":1700000001,"
			+ "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_1\",\"service_tier\":\"default\"";

	/** Two choices (n=2), interleaved, with the usage in a last chunk without choices. */
	private static final List<ChatCompletionChunk> TWO_CHOICES = Fixtures
		.chunks("""
				{%1$s,"choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}
				{%1$s,"choices":[{"index":1,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}
				{%1$s,"choices":[{"index":0,"delta":{"content":"Hel"},"logprobs":null,"finish_reason":null}],"usage":null}
				{%1$s,"choices":[{"index":1,"delta":{"content":"Bon"},"logprobs":null,"finish_reason":null}],"usage":null}
				{%1$s,"choices":[{"index":0,"delta":{"content":"lo"},"logprobs":null,"finish_reason":null}],"usage":null}
				{%1$s,"choices":[{"index":1,"delta":{"content":"jour"},"logprobs":null,"finish_reason":null}],"usage":null}
				{%1$s,"choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}
				{%1$s,"choices":[{"index":1,"delta":{},"logprobs":null,"finish_reason":"length"}],"usage":null}
				{%1$s,"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":4,"total_tokens":13}}
				"""
			.formatted(HEAD));

	/** Two parallel tool calls whose arguments come in pieces, interleaved. */
	private static final List<ChatCompletionChunk> TOOL_CALLS = Fixtures
		.chunks("""
				{%1$s,"choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":""}}]},"finish_reason":null}]}
				{%1$s,"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\\"city\\":"}}]},"finish_reason":null}]}
				{%1$s,"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"get_weather","arguments":""}}]},"finish_reason":null}]}
				{%1$s,"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":" \\"Paris\\", \\"unit\\": null}"}}]},"finish_reason":null}]}
				{%1$s,"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"{\\"city\\": \\"Oslo\\", "}}]},"finish_reason":null}]}
				{%1$s,"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"\\"unit\\": \\"CELSIUS\\"}"}}]},"finish_reason":null}]}
				{%1$s,"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}
				"""
			.formatted(HEAD));

	private static final List<ChatCompletionChunk> REFUSAL = Fixtures.chunks("""
			{%1$s,"choices":[{"index":0,"delta":{"role":"assistant","content":null,"refusal":""},"finish_reason":null}]}
			{%1$s,"choices":[{"index":0,"delta":{"refusal":"I can't "},"finish_reason":null}]}
			{%1$s,"choices":[{"index":0,"delta":{"refusal":"help with that."},"finish_reason":null}]}
			{%1$s,"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}
			""".formatted(HEAD));

	private static final List<ChatCompletionChunk> LOGPROBS = Fixtures
		.chunks("""
				{%1$s,"choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"logprobs":{"content":[{"token":"Hi","logprob":-0.1,"bytes":[72,105],"top_logprobs":[]}],"refusal":null},"finish_reason":null}]}
				{%1$s,"choices":[{"index":0,"delta":{"content":"!"},"logprobs":{"content":[{"token":"!","logprob":-0.2,"bytes":[33],"top_logprobs":[]}],"refusal":null},"finish_reason":null}]}
				{%1$s,"choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]}
				"""
			.formatted(HEAD));

	@Test
	void everyChoiceIsPutTogetherWithTheUsageOfTheLastChunk() {
		StepVerifier.create(Flux.fromIterable(TWO_CHOICES).as(ChatCompletionAccumulator.accumulate()))
			.assertNext(
					(completion) -> assertThat(Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(completion)))
						.isEqualTo(Fixtures.MAPPER.readTree(
								"""
										{"id": "chatcmpl-9", "object": "chat.completion", "created": 1700000001,
										 "model": "gpt-4o-mini-2024-07-18", "service_tier": "default", "system_fingerprint": "fp_1",
										 "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hello"}},
										             {"index": 1, "finish_reason": "length", "message": {"role": "assistant", "content": "Bonjour"}}],
										 "usage": {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13}}
										""")))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void parallelToolCallsAreMergedByIndexWithTheirArgumentsConcatenated() {
		ChatCompletion completion = accumulate(TOOL_CALLS);
		var message = completion.choices().get(0).message();
		assertThat(message.content()).isNull();
		assertThat(completion.choices().get(0).finishReason().value()).isEqualTo("tool_calls");
		assertThat(message.toolCalls()).hasSize(2);
		var first = (ChatCompletionMessageToolCall) message.toolCalls().get(0);
		var second = (ChatCompletionMessageToolCall) message.toolCalls().get(1);
		assertThat(first.id()).isEqualTo("call_a");
		assertThat(first.type()).isEqualTo("function");
		assertThat(first.function().arguments()).isEqualTo("{\"city\": \"Paris\", \"unit\": null}");
		assertThat(second.id()).isEqualTo("call_b");
		// The merged calls read as the tool's record.
		ToolDefinition<ToolDefinitionTests.GetWeather> weather = ToolDefinition
			.of(ToolDefinitionTests.GetWeather.class);
		assertThat(weather.arguments(first)).isEqualTo(new ToolDefinitionTests.GetWeather("Paris", Optional.empty()));
		assertThat(weather.arguments(second).unit()).contains(ToolDefinitionTests.Unit.CELSIUS);
	}

	@Test
	void aRefusalIsPutTogetherAndReadsAsRefused() {
		ChatCompletion completion = accumulate(REFUSAL);
		assertThat(completion.choices().get(0).message().refusal()).isEqualTo("I can't help with that.");
		assertThat(completion.choices().get(0).message().content()).isNull();
		assertThat(StructuredOutput.of(StructuredOutputTests.Recipe.class).parse(completion))
			.isInstanceOf(StructuredResult.Refused.class);
	}

	@Test
	void logprobsFollowEachOther() {
		ChatCompletion completion = accumulate(LOGPROBS);
		assertThat(completion.choices().get(0).logprobs().content()).extracting(ChatCompletionTokenLogprob::token)
			.containsExactly("Hi", "!");
		assertThat(completion.choices().get(0).message().content()).isEqualTo("Hi!");
	}

	@Test
	void tapPassesTheChunksOnAndThenGivesTheCompletion() {
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		StepVerifier.create(Flux.fromIterable(TWO_CHOICES).transform(accumulator::tap))
			.expectNextSequence(TWO_CHOICES)
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(accumulator.result())
			.assertNext((completion) -> assertThat(OutputText.of(completion)).isEqualTo("Hello"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void theResultWaitsForTheStream() {
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		StepVerifier.create(accumulator.result())
			.then(() -> Flux.fromIterable(TWO_CHOICES).transform(accumulator::tap).subscribe())
			.assertNext((completion) -> assertThat(completion.usage().totalTokens()).isEqualTo(13))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void aFailedStreamFailsTheResultWithTheSameError() {
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		OpenAiConnectionException failure = new OpenAiConnectionException("connection reset", null);
		StepVerifier
			.create(Flux.fromIterable(TWO_CHOICES.subList(0, 3))
				.concatWith(Flux.error(failure))
				.transform(accumulator::tap))
			.expectNextCount(3)
			.expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure))
			.verify(TIMEOUT);
		StepVerifier.create(accumulator.result())
			.expectErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure))
			.verify(TIMEOUT);
	}

	@Test
	void aCancelledStreamFailsTheResult() {
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		StepVerifier.create(Flux.fromIterable(TWO_CHOICES).transform(accumulator::tap).take(2))
			.expectNextCount(2)
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(accumulator.result())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CancellationException.class)
				.hasMessageContaining("cancelled before it ended"))
			.verify(TIMEOUT);
	}

	@Test
	void anAccumulatorTapsOneStreamOnly() {
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		Flux<ChatCompletionChunk> tapped = Flux.fromIterable(TWO_CHOICES).transform(accumulator::tap);
		StepVerifier.create(tapped).expectNextCount(TWO_CHOICES.size()).expectComplete().verify(TIMEOUT);
		StepVerifier.create(tapped)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("create one per stream"))
			.verify(TIMEOUT);
	}

	@Test
	void aStreamThatEndsBeforeAChoiceFinishesHasNoCompletion() {
		StepVerifier.create(Flux.fromIterable(TWO_CHOICES.subList(0, 7)).as(ChatCompletionAccumulator.accumulate()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalStateException.class)
				.hasMessage("Choice 1 of the stream has no finish_reason: the stream ended before the choice finished"))
			.verify(TIMEOUT);
		StepVerifier.create(Flux.<ChatCompletionChunk>empty().as(ChatCompletionAccumulator.accumulate()))
			.expectErrorMessage("The stream had no chunk: there is no completion")
			.verify(TIMEOUT);
	}

	@Test
	void eachSubscriptionAccumulatesAfresh() {
		var completion = Flux.fromIterable(TWO_CHOICES).as(ChatCompletionAccumulator.accumulate());
		StepVerifier.create(completion.concatWith(completion).map(OutputText::of))
			.expectNext("Hello", "Hello")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void textDeltasLeaveOutTheEmptyChunks() {
		StepVerifier.create(Flux.fromIterable(TWO_CHOICES).transform(OutputText::chatDeltas))
			.expectNext("Hel", "lo")
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(OutputText.chatDeltas(Flux.fromIterable(TWO_CHOICES), 1))
			.expectNext("Bon", "jour")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void oneRequestGivesTheLiveTextAndTheCompletion() {
		this.api.enqueue(
				Fixtures.sse(TWO_CHOICES.stream().map(Fixtures.MAPPER::writeValueAsString).toArray(String[]::new)));
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		Flux<String> text = this.api.client()
			.chat()
			.completions()
			.createStream(TestClients.chatRequest("Hello?"))
			.transform(accumulator::tap)
			.transform(OutputText::chatDeltas);
		StepVerifier.create(text).expectNext("Hel", "lo").expectComplete().verify(TIMEOUT);
		StepVerifier.create(accumulator.result())
			.assertNext((completion) -> assertThat(completion.choices()).hasSize(2))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isEqualTo(1);
	}

	private static ChatCompletion accumulate(List<ChatCompletionChunk> chunks) {
		ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
		chunks.forEach(accumulator::add);
		return accumulator.completion();
	}

}

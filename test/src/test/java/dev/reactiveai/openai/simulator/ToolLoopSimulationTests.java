package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.helpers.OutputText;
import dev.reactiveai.openai.helpers.Tool;
import dev.reactiveai.openai.helpers.ToolLoop;
import dev.reactiveai.openai.helpers.ToolLoopEvent;
import dev.reactiveai.openai.helpers.ToolLoopException;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The tool loop against the simulator, which calls the tools a prompt mentions (several
 * at once when it mentions several) and answers with what the tools returned: one round,
 * parallel calls, a failing tool, the round bound, for both APIs, streamed and not.
 */
class ToolLoopSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	record GetWeather(String city) {
	}

	private final AtomicInteger calls = new AtomicInteger();

	private final ToolLoop loop = ToolLoop.builder().tool(GetWeather.class, (args) -> {
		this.calls.incrementAndGet();
		return Mono.just("Sunny, 21 degrees in " + args.city());
	}).build();

	@Test
	void aChatToolCallIsRunAndItsResultAnswered() {
		OpenAiClient client = simulator.client();
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4.1-mini")
			.addUserMessage("What is the weather in Paris?")
			.build();

		StepVerifier.create(this.loop.chatRounds(client.chat().completions(), request).collectList())
			.assertNext((rounds) -> {
				assertThat(rounds).hasSize(2);
				assertThat(rounds.get(0).results()).singleElement()
					.satisfies((result) -> assertThat(result.name()).isEqualTo("get_weather"));
				assertThat(rounds.get(0).request().tools()).hasSize(1);
				assertThat(rounds.get(1).request().messages()).hasSize(3);
				assertThat(OutputText.of(rounds.get(1).completion())).contains("Sunny, 21 degrees in");
			})
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void aResponsesToolCallIsRunAndItsResultAnswered() {
		OpenAiClient client = simulator.client();
		CreateResponse request = CreateResponse.builder()
			.model("gpt-4.1-mini")
			.input("What is the weather in Paris?")
			.build();

		StepVerifier.create(this.loop.response(client.responses(), request))
			.assertNext((response) -> assertThat(OutputText.of(response)).contains("Sunny, 21 degrees in"))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void aFailingToolIsToldToTheModelOrRaisedWhenAsked() {
		OpenAiClient client = simulator.client();
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4.1-mini")
			.addUserMessage("What is the weather in Paris?")
			.build();
		ToolLoop.Builder failing = ToolLoop.builder()
			.tool(GetWeather.class, (args) -> Mono.error(new IllegalStateException("weather service down")));

		StepVerifier.create(failing.build().chat(client.chat().completions(), request))
			.assertNext((completion) -> assertThat(OutputText.of(completion)).contains("weather service down"))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(failing.raiseToolErrors().build().chat(client.chat().completions(), request))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ToolLoopException.class)
				.hasMessageContaining("Tool 'get_weather' failed: weather service down"))
			.verify(TIMEOUT);
	}

	@Test
	void aModelThatKeepsAskingForToolsEndsTheLoopAtItsBound() {
		OpenAiClient client = simulator.client();
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4.1-mini")
			.addUserMessage("What is the weather in Paris?")
			.build();
		ToolLoop bounded = ToolLoop.builder().tool(GetWeather.class, (args) -> Mono.just("Sunny")).maxRounds(1).build();

		StepVerifier.create(bounded.chat(client.chat().completions(), request))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ToolLoopException.class)
				.hasMessageContaining("[get_weather] after 1 rounds")
				.hasMessageContaining("maxRounds"))
			.verify(TIMEOUT);
	}

	@Test
	void twoToolsOfOneNameAreRefusedWhenTheLoopIsBuilt() {
		ToolLoop.Builder builder = ToolLoop.builder().tool(GetWeather.class, (args) -> Mono.just("a"));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.tool(GetWeather.class, (args) -> Mono.just("b")))
			.withMessageContaining("'get_weather' is already registered");
		assertThatIllegalStateException().isThrownBy(() -> ToolLoop.builder().build())
			.withMessageContaining("needs at least one tool");
	}

	/**
	 * Two tools that each wait for the other at a latch: both answer only if the loop
	 * runs them at once.
	 */
	static final class Rendezvous {

		private final CountDownLatch bothRunning = new CountDownLatch(2);

		record City(String name) {
		}

		@Tool(name = "get_weather", description = "The weather today in a city")
		String weather(City city) throws InterruptedException {
			return meet("Sunny in " + city.name());
		}

		@Tool(name = "local_time", description = "The local time in a city")
		String localTime(City city) throws InterruptedException {
			return meet("12:00 in " + city.name());
		}

		private String meet(String answer) throws InterruptedException {
			this.bothRunning.countDown();
			if (!this.bothRunning.await(5, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The other tool of the round did not run at the same time");
			}
			return answer;
		}

	}

	private static final String BOTH = "What are the weather and the local time in Paris?";

	@Test
	void theParallelChatCallsOfARoundRunAtOnceAndAllTheirResultsGoBack() {
		ToolLoop loop = ToolLoop.builder().tools(new Rendezvous()).raiseToolErrors().build();

		StepVerifier.create(loop.chatRounds(simulator.client().chat().completions(), chat(BOTH)).collectList())
			.assertNext((rounds) -> {
				assertThat(rounds).hasSize(2);
				assertThat(rounds.get(0).results()).extracting(ToolLoop.ToolResult::name)
					.containsExactly("get_weather", "local_time");
				assertThat(OutputText.of(rounds.get(1).completion())).contains("Sunny in")
					.contains("12:00 in")
					.contains("The tools answered");
			})
			.expectComplete()
			.verify(TIMEOUT);
		JsonNode second = simulator.simulator().requests().forOperation("createChatCompletion").get(1).json();
		JsonNode messages = second.path("messages");
		assertThat(messages).hasSize(4);
		assertThat(messages.path(1).path("tool_calls")).hasSize(2);
		assertThat(List.of(messages.path(2), messages.path(3)))
			.allSatisfy((message) -> assertThat(message.path("role").asString()).isEqualTo("tool"))
			.extracting((message) -> message.path("tool_call_id").asString())
			.containsExactly(messages.path(1).path("tool_calls").path(0).path("id").asString(),
					messages.path(1).path("tool_calls").path(1).path("id").asString());
		assertThat(messages.path(2).path("content").asString()).startsWith("Sunny in");
		assertThat(messages.path(3).path("content").asString()).startsWith("12:00 in");
	}

	@Test
	void theParallelResponsesCallsOfARoundRunAtOnceAndAllTheirResultsGoBack() {
		ToolLoop loop = ToolLoop.builder().tools(new Rendezvous()).raiseToolErrors().build();

		StepVerifier.create(loop.response(simulator.client().responses(), response(BOTH)))
			.assertNext((answer) -> assertThat(OutputText.of(answer)).contains("Sunny in").contains("12:00 in"))
			.expectComplete()
			.verify(TIMEOUT);
		JsonNode input = simulator.simulator().requests().forOperation("createResponse").get(1).json().path("input");
		assertThat(input).hasSize(2);
		assertThat(input.path(0).path("type").asString()).isEqualTo("function_call_output");
		assertThat(input.path(0).path("output").asString()).startsWith("Sunny in");
		assertThat(input.path(1).path("output").asString()).startsWith("12:00 in");
	}

	@Test
	void aStreamedChatLoopSendsTheTextAndTheCallsOfEveryRound() {
		ToolLoop loop = ToolLoop.builder().tools(new Rendezvous()).raiseToolErrors().build();

		StepVerifier.create(loop.chatStream(simulator.client().chat().completions(), chat(BOTH)).collectList())
			.assertNext((events) -> {
				assertThat(events.subList(0, 2))
					.allSatisfy((event) -> assertThat(event).isInstanceOf(ToolLoopEvent.ToolCallStarted.class)
						.extracting(ToolLoopEvent::round)
						.isEqualTo(1));
				assertThat(events.subList(2, 4)).allSatisfy((event) -> assertThat(event)
					.isInstanceOfSatisfying(ToolLoopEvent.ToolCallFinished.class, (finished) -> {
						assertThat(finished.failed()).isFalse();
						assertThat(finished.arguments()).contains("\"name\"");
					}))
					.extracting((event) -> ((ToolLoopEvent.ToolCallFinished) event).name())
					.containsExactlyInAnyOrder("get_weather", "local_time");
				assertThat(events.get(4)).isInstanceOfSatisfying(ToolLoop.ChatRound.class,
						(round) -> assertThat(round.results()).hasSize(2));
				ToolLoop.ChatRound last = (ToolLoop.ChatRound) events.get(events.size() - 1);
				assertThat(last.round()).isEqualTo(2);
				assertThat(text(events.subList(5, events.size() - 1))).isEqualTo(OutputText.of(last.completion()))
					.contains("Sunny in");
			})
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(simulator.simulator().requests().forOperation("createChatCompletion"))
			.allSatisfy((request) -> assertThat(request.json().path("stream").asBoolean()).isTrue());
	}

	@Test
	void aStreamedResponsesLoopSendsTheTextAndTheCallsOfEveryRound() {
		ToolLoop loop = ToolLoop.builder().tools(new Rendezvous()).raiseToolErrors().build();

		StepVerifier.create(loop.responseStream(simulator.client().responses(), response(BOTH)).collectList())
			.assertNext((events) -> {
				assertThat(events).filteredOn(ToolLoopEvent.ToolCallFinished.class::isInstance).hasSize(2);
				assertThat(events.get(4)).isInstanceOf(ToolLoop.ResponseRound.class);
				ToolLoop.ResponseRound last = (ToolLoop.ResponseRound) events.get(events.size() - 1);
				assertThat(last.round()).isEqualTo(2);
				assertThat(text(events.subList(5, events.size() - 1))).isEqualTo(OutputText.of(last.response()))
					.contains("12:00 in");
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void aFailingToolIsToldToTheModelInAStreamedLoopOrRaisedWhenAsked() {
		ToolLoop.Builder failing = ToolLoop.builder()
			.tool(GetWeather.class, (args) -> Mono.error(new IllegalStateException("weather service down")));

		StepVerifier
			.create(failing.build()
				.responseStream(simulator.client().responses(), response("What is the weather in Paris?"))
				.filter(ToolLoopEvent.ToolCallFinished.class::isInstance)
				.cast(ToolLoopEvent.ToolCallFinished.class))
			.assertNext((finished) -> {
				assertThat(finished.failed()).isTrue();
				assertThat(finished.failure()).hasMessage("weather service down");
				assertThat(finished.output()).contains("Tool 'get_weather' failed: weather service down");
			})
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier
			.create(failing.raiseToolErrors()
				.build()
				.chatStream(simulator.client().chat().completions(), chat("What is the weather in Paris?")))
			.expectNextMatches(ToolLoopEvent.ToolCallStarted.class::isInstance)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ToolLoopException.class)
				.hasMessageContaining("Tool 'get_weather' failed: weather service down"))
			.verify(TIMEOUT);
	}

	@Test
	void aFailingToolIsToldToTheResponsesModel() {
		ToolLoop failing = ToolLoop.builder()
			.tool(GetWeather.class, (args) -> Mono.error(new IllegalStateException("weather service down")))
			.build();

		StepVerifier.create(failing.response(simulator.client().responses(), response("What is the weather in Paris?")))
			.assertNext((answer) -> assertThat(OutputText.of(answer)).contains("weather service down"))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void theRoundBoundEndsEveryKindOfLoop() {
		ToolLoop bounded = ToolLoop.builder().tool(GetWeather.class, (args) -> Mono.just("Sunny")).maxRounds(1).build();
		OpenAiClient client = simulator.client();
		String prompt = "What is the weather in Paris?";

		List<Flux<?>> loops = List.of(bounded.responseRounds(client.responses(), response(prompt)),
				bounded.chatStream(client.chat().completions(), chat(prompt)),
				bounded.responseStream(client.responses(), response(prompt)));
		for (Flux<?> loop : loops) {
			StepVerifier.create(loop.filter((event) -> !(event instanceof ToolLoopEvent.TextDelta)))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ToolLoopException.class)
					.hasMessageContaining("[get_weather] after 1 rounds"))
				.verify(TIMEOUT);
		}
		assertThat(this.calls).as("no tool runs in a round beyond the bound").hasValue(0);
	}

	@Test
	void cancellingAStreamedLoopStopsTheToolsAndSendsNoFurtherRequest() throws InterruptedException {
		for (boolean responses : List.of(false, true)) {
			Sinks.One<String> answer = Sinks.one();
			ToolLoop loop = ToolLoop.builder().tool(GetWeather.class, (args) -> answer.asMono()).build();
			OpenAiClient client = simulator.client();
			Flux<ToolLoopEvent> events = responses
					? loop.responseStream(client.responses(), response("What is the weather in Paris?"))
					: loop.chatStream(client.chat().completions(), chat("What is the weather in Paris?"));

			StepVerifier.create(events)
				.expectNextMatches(ToolLoopEvent.ToolCallStarted.class::isInstance)
				// The event announces the call; the tool is subscribed to just after it.
				.then(() -> assertThat(awaitSubscribers(answer, 1)).as("the tool runs").isOne())
				.thenCancel()
				.verify(TIMEOUT);
			assertThat(answer.currentSubscriberCount()).as("the tool is cancelled").isZero();
			answer.tryEmitValue("Sunny");
			// Were the loop still running, the tool's answer would send the next request.
			Thread.sleep(300);
			assertThat(simulator.simulator().requests().count()).as("requests when responses=" + responses).isOne();
			simulator.simulator().reset();
		}
	}

	/** The subscriber count once it reaches the expected one, or after 5 seconds. */
	private static int awaitSubscribers(Sinks.One<String> sink, int expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (sink.currentSubscriberCount() != expected && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		return sink.currentSubscriberCount();
	}

	private static CreateChatCompletionRequest chat(String prompt) {
		return CreateChatCompletionRequest.builder().model("gpt-4.1-mini").addUserMessage(prompt).build();
	}

	private static CreateResponse response(String prompt) {
		return CreateResponse.builder().model("gpt-4.1-mini").input(prompt).build();
	}

	private static String text(List<ToolLoopEvent> events) {
		StringBuilder text = new StringBuilder();
		for (ToolLoopEvent event : events) {
			text.append(((ToolLoopEvent.TextDelta) event).text());
		}
		return text.toString();
	}

}

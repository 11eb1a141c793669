package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.helpers.OutputText;
import dev.reactiveai.openai.helpers.ToolLoop;
import dev.reactiveai.openai.helpers.ToolLoopException;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The tool loop against the simulator, which calls the tool a prompt mentions and answers
 * with what the tool returned.
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

}

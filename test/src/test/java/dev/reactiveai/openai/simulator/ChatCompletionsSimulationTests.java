package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class ChatCompletionsSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void streamsTheAnswerOneTokenPerChunk() {
		List<ChatCompletionChunk> chunks = simulator.client()
			.chat()
			.completions()
			.createStream(request("What is Reactor?"))
			.collectList()
			.block(TIMEOUT);
		StringBuilder text = new StringBuilder();
		chunks.forEach((chunk) -> chunk.choices().forEach((choice) -> {
			if (choice.delta().content() != null) {
				text.append(choice.delta().content());
			}
		}));
		assertThat(chunks).hasSizeGreaterThan(10);
		assertThat(text.toString()).startsWith("You said: \"What is Reactor?\".");
		assertThat(simulator.simulator().requests().forOperation("createChatCompletion")).hasSize(1);
	}

	@Test
	void answersTheSamePromptWithTheSameText() {
		String first = simulator.client()
			.chat()
			.completions()
			.create(request("Hello"))
			.block(TIMEOUT)
			.choices()
			.get(0)
			.message()
			.content();
		StepVerifier.create(simulator.client().chat().completions().create(request("Hello")))
			.assertNext((second) -> assertThat(second.choices().get(0).message().content()).isEqualTo(first))
			.expectComplete()
			.verify(TIMEOUT);
	}

	private static CreateChatCompletionRequest request(String content) {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(List.of(ChatCompletionRequestUserMessage.builder().content(content).build()))
			.build();
	}

}

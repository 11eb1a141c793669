package dev.reactiveai.openai.simulator.test;

import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.chat.ChatService;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.SimulatorMode;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @AutoConfigureOpenAiSimulator(mode = AZURE)}: the simulator plays an Azure
 * OpenAI resource, and the application's Azure settings point its clients at it.
 */
@SpringBootTest(classes = AutoConfigureOpenAiSimulatorAzureModeTests.Application.class,
		properties = { "openai.azure.deployment=chat", "openai.azure.api-version=2024-10-21" })
@AutoConfigureOpenAiSimulator(mode = SimulatorMode.AZURE)
class AutoConfigureOpenAiSimulatorAzureModeTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private OpenAiSimulator simulator;

	@Autowired
	private ChatService chat;

	@Test
	void theInjectedServiceCallsTheSimulatedAzureResource() {
		assertThat(this.simulator.mode()).isEqualTo(SimulatorMode.AZURE);
		this.simulator.script().nextReply("From Azure.");
		StepVerifier
			.create(this.chat.completions()
				.create(CreateChatCompletionRequest.builder()
					.model("gpt-4o-mini")
					.messages(List.of(ChatCompletionRequestUserMessage.builder().content("Hi").build()))
					.build()))
			.assertNext((completion) -> assertThat(completion.choices().get(0).message().content())
				.isEqualTo("From Azure."))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.simulator.requests().forOperation("createChatCompletion")).singleElement()
			.satisfies((request) -> {
				assertThat(request.queryParameter("api-version")).isEqualTo("2024-10-21");
				assertThat(request.headers().getFirst("api-key")).isNotBlank();
			});
	}

	@SpringBootConfiguration
	static class Application {

	}

}

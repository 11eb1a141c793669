package dev.reactiveai.openai.simulator.test;

import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.chat.ChatService;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = AutoConfigureOpenAiSimulatorTests.Application.class)
@AutoConfigureOpenAiSimulator(tokensPerSecond = 1000)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureOpenAiSimulatorTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@Autowired
	private OpenAiSimulator simulator;

	@Autowired
	private ChatService chat;

	@Test
	@Order(1)
	void injectedServicesCallTheSimulatorWithScriptedAnswers() {
		this.simulator.script().nextReply("Scripted for this test.");
		StepVerifier.create(this.chat.completions().create(request("Hi")))
			.assertNext((completion) -> assertThat(completion.choices().get(0).message().content())
				.isEqualTo("Scripted for this test."))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.simulator.requests().forOperation("createChatCompletion")).singleElement()
			.satisfies((recorded) -> assertThat(recorded.body(CreateChatCompletionRequest.class).model())
				.hasToString("gpt-4o-mini"));
	}

	@Test
	@Order(2)
	void eachTestStartsWithAFreshSimulator() {
		assertThat(this.simulator.requests().all()).isEmpty();
		StepVerifier.create(this.chat.completions().create(request("Hi")))
			.assertNext((completion) -> assertThat(completion.choices().get(0).message().content())
				.startsWith("You said: \"Hi\"."))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	@Order(3)
	void retriesWhenRateLimited() {
		this.simulator.faults().failNext(1, 429, Duration.ofMillis(100));
		this.simulator.script().nextReply("Paris.");
		StepVerifier.create(this.chat.completions().create(request("Capital of France?")))
			.assertNext((completion) -> assertThat(completion.choices().get(0).message().content()).isEqualTo("Paris."))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.simulator.requests().forOperation("createChatCompletion")).hasSize(2);
	}

	private static CreateChatCompletionRequest request(String content) {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(List.of(ChatCompletionRequestUserMessage.builder().content(content).build()))
			.build();
	}

	@SpringBootConfiguration
	static class Application {

	}

}

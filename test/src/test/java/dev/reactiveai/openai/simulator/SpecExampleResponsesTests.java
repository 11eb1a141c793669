package dev.reactiveai.openai.simulator;

import java.time.Duration;

import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class SpecExampleResponsesTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void answersAnOperationNoGroupModelsFromTheSpec() {
		StepVerifier.create(simulator.client().assistants().retrieve("asst_1"))
			.assertNext((assistant) -> assertThat(assistant.id()).isEqualTo("asst_1"))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(simulator.simulator().operationsAnsweredFromSpec()).contains("getAssistant")
			.doesNotContain("createChatCompletion");
	}

	@Test
	void recordsTheOperationOfARequestAnsweredFromTheSpec() {
		StepVerifier.create(simulator.client().assistants().delete("asst_1"))
			.assertNext((deleted) -> assertThat(deleted.deleted()).isTrue())
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(simulator.simulator().requests().forOperation("deleteAssistant")).hasSize(1);
	}

}

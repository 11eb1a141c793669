package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.reactiveai.openai.OpenAiClient;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class PacingAndLatencyTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@Test
	void pacedStreamsDeliverTheirChunksSpreadOverTime() {
		try (OpenAiSimulator simulator = OpenAiSimulator.builder().tokensPerSecond(50).start();
				OpenAiClient client = SimulatorClients.client(simulator, (options) -> {
				})) {
			List<Long> arrivals = new ArrayList<>();
			long start = System.nanoTime();
			StepVerifier.create(client.chat().completions().createStream(SimulatorClients.chat("Hi")))
				.thenConsumeWhile((chunk) -> arrivals.add(System.nanoTime()))
				.expectComplete()
				.verify(TIMEOUT);
			int chunks = arrivals.size();
			Duration minimum = Duration.ofMillis((chunks - 1) * 1000L / 50);
			assertThat(chunks).isGreaterThan(5);
			assertThat(Duration.ofNanos(arrivals.get(chunks - 1) - start)).isGreaterThanOrEqualTo(minimum);
			assertThat(Duration.ofNanos(arrivals.get(chunks - 1) - arrivals.get(0)))
				.isGreaterThanOrEqualTo(minimum.dividedBy(2));
		}
	}

	@Test
	void latencyDelaysTheAnswer() {
		Duration latency = Duration.ofMillis(300);
		try (OpenAiSimulator simulator = OpenAiSimulator.builder().latency(latency).start();
				OpenAiClient client = SimulatorClients.client(simulator, (options) -> {
				})) {
			long start = System.nanoTime();
			StepVerifier.create(client.models().retrieve("gpt-4o")).expectNextCount(1).expectComplete().verify(TIMEOUT);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(latency);
		}
	}

}

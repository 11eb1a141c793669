package dev.reactiveai.openai.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SimulatorCloseTests {

	@Test
	void closeEndsAHangingCallAndStopsListening() {
		OpenAiSimulator simulator = OpenAiSimulator.start();
		int port = simulator.port();
		simulator.faults().hangNext(1);
		long[] closing = new long[1];
		try (OpenAiClient client = SimulatorClients.client(simulator,
				(options) -> options.retries((retries) -> retries.withMaxRetries(0))
					.timeouts((timeouts) -> timeouts.withTimeout(Duration.ofSeconds(30))))) {
			StepVerifier.create(client.models().retrieve("gpt-4o")).then(() -> {
				awaitRequest(simulator);
				long start = System.nanoTime();
				simulator.close();
				closing[0] = System.nanoTime() - start;
			})
				.expectErrorSatisfies((ex) -> assertThat(ex).isNotInstanceOf(OpenAiTimeoutException.class))
				.verify(Duration.ofSeconds(20));
		}
		assertThat(Duration.ofNanos(closing[0])).isLessThan(Duration.ofSeconds(10));
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close());
	}

	private static void awaitRequest(OpenAiSimulator simulator) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (simulator.requests().count() == 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(simulator.requests().count()).isEqualTo(1);
	}

}

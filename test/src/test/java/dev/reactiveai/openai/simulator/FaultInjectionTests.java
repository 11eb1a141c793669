package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.InternalServerException;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class FaultInjectionTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void rateLimitsAreRetriedAfterTheDelayTheAnswerAsksFor() {
		Duration retryAfter = Duration.ofMillis(300);
		simulator.simulator().faults().failNext(2, 429, retryAfter);
		StepVerifier.create(simulator.client().chat().completions().create(SimulatorClients.chat("Hello")))
			.assertNext((completion) -> assertThat(completion.choices()).hasSize(1))
			.expectComplete()
			.verify(TIMEOUT);
		List<RecordedRequest> attempts = simulator.simulator().requests().forOperation("createChatCompletion");
		assertThat(attempts).hasSize(3);
		for (int i = 1; i < attempts.size(); i++) {
			Duration gap = Duration.between(attempts.get(i - 1).receivedAt(), attempts.get(i).receivedAt());
			assertThat(gap).isGreaterThanOrEqualTo(retryAfter);
		}
	}

	@Test
	void serverErrorsSurfaceWithTheirStatusAndTypeWhenRetriesAreOff() {
		simulator.simulator().faults().failNext(3, 500);
		try (OpenAiClient client = SimulatorClients.client(simulator.simulator(),
				(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			StepVerifier.create(client.chat().completions().create(SimulatorClients.chat("Hello")))
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isInstanceOf(InternalServerException.class);
					InternalServerException error = (InternalServerException) ex;
					assertThat(error.statusCode()).isEqualTo(500);
					assertThat(error.type()).isEqualTo("server_error");
					assertThat(error.requestId()).startsWith("req_sim");
				})
				.verify(TIMEOUT);
		}
		assertThat(simulator.simulator().requests().count()).isEqualTo(1);
	}

	@Test
	void faultsForAPathLeaveOtherPathsAlone() {
		simulator.simulator().faults().forPath("/models/gpt-4o").failNext(1, 503);
		try (OpenAiClient client = SimulatorClients.client(simulator.simulator(),
				(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			StepVerifier.create(client.chat().completions().create(SimulatorClients.chat("Hello")))
				.expectNextCount(1)
				.expectComplete()
				.verify(TIMEOUT);
			StepVerifier.create(client.models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAiServiceException.class,
						(error) -> assertThat(error.statusCode()).isEqualTo(503)))
				.verify(TIMEOUT);
			StepVerifier.create(client.models().retrieve("gpt-4o")).expectNextCount(1).expectComplete().verify(TIMEOUT);
		}
	}

	/**
	 * The cut falls between events, so no bytes of an event are pending (which would be
	 * an {@code SseStreamTruncatedException}): the client sees the connection close
	 * before the chunked body's end.
	 */
	@Test
	void aCutStreamFailsAfterTheEventsDelivered() {
		simulator.simulator().faults().cutNextStreamAfter(3);
		StepVerifier.create(simulator.client().chat().completions().createStream(SimulatorClients.chat("Hello there")))
			.expectNextCount(3)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiConnectionException.class)
				.hasMessageContaining("prematurely closed"))
			.verify(TIMEOUT);
	}

	@Test
	void aHangingCallFailsWithinTheClientTimeoutAndTheNextCallSucceeds() {
		simulator.simulator().faults().hangNext(1);
		try (OpenAiClient client = SimulatorClients.client(simulator.simulator(),
				(options) -> options.retries((retries) -> retries.withMaxRetries(0))
					.timeouts((timeouts) -> timeouts.withTimeout(Duration.ofMillis(300))))) {
			StepVerifier.create(client.models().retrieve("gpt-4o"))
				.expectError(OpenAiTimeoutException.class)
				.verify(TIMEOUT);
			StepVerifier.create(client.models().retrieve("gpt-4o"))
				.assertNext((model) -> assertThat(model.id()).isEqualTo("gpt-4o"))
				.expectComplete()
				.verify(TIMEOUT);
		}
	}

}

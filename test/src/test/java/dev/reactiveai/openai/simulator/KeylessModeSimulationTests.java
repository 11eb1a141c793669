package dev.reactiveai.openai.simulator;

import java.time.Duration;

import dev.reactiveai.openai.core.Authentication;
import dev.reactiveai.openai.realtime.websocket.RealtimeSessionRequest;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.RealtimeServerEventSessionCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator as an OpenAI-compatible server without authentication, called by a
 * keyless client: what local servers serve (models, chat, streaming, embeddings) works,
 * and no credentials are sent.
 */
class KeylessModeSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension(
			OpenAiSimulator.builder().mode(SimulatorMode.KEYLESS), (options) -> {
			});

	@Test
	void modelsChatStreamingAndEmbeddingsWorkWithoutCredentials() {
		assertThat(simulator.client().options().authentication()).isEqualTo(Authentication.none());
		assertThat(simulator.client().options().apiKey()).isNull();
		StepVerifier.create(simulator.client().models().list().count())
			.assertNext((count) -> assertThat(count).isPositive())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(simulator.client().chat().completions().create(SimulatorClients.chat("hi")))
			.assertNext((completion) -> assertThat(completion.choices()).isNotEmpty())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(simulator.client().chat().completions().createStream(SimulatorClients.chat("hi")).count())
			.assertNext((chunks) -> assertThat(chunks).isPositive())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier
			.create(simulator.client()
				.embeddings()
				.create(CreateEmbeddingRequest.builder().model("nomic-embed-text").input("hello").build()))
			.assertNext((embeddings) -> assertThat(embeddings.data()).hasSize(1))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(simulator.simulator().requests().all()).hasSize(4).allSatisfy((request) -> {
			assertThat(request.headers().containsHeader("Authorization")).isFalse();
			assertThat(request.headers().containsHeader("api-key")).isFalse();
		});
	}

	@Test
	void aRealtimeSessionOpensWithoutCredentials() {
		StepVerifier
			.create(simulator.client()
				.realtimeConnector()
				.withSession(RealtimeSessionRequest.model("gpt-realtime"), (session) -> session.events().take(1)))
			.assertNext((event) -> assertThat(event).isInstanceOf(RealtimeServerEventSessionCreated.class))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(simulator.simulator().realtime().handshakes()).hasSize(1)
			.allSatisfy((headers) -> assertThat(headers.containsHeader("Authorization")).isFalse());
	}

}

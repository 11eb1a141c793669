package dev.reactiveai.openai.simulator.autoconfigure;

import java.time.Duration;

import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.observation.DefaultRealtimeResponseObservationConvention;
import dev.reactiveai.openai.observation.RealtimeResponseObservationConvention;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import dev.reactiveai.openai.realtime.websocket.RealtimeSessionRequest;
import dev.reactiveai.openai.types.RealtimeClientEventSessionUpdate;
import dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The realtime sessions of the auto-configured {@link RealtimeConnector} are observed in
 * the application's {@link ObservationRegistry}, with its conventions.
 */
class RealtimeObservationAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OpenAiSimulatorAutoConfiguration.class, OpenAiAutoConfiguration.class))
		.withPropertyValues("openai.simulator.enabled=true");

	@Test
	void theSessionsOfTheConnectorBeanAreObservedInTheRegistryBeanWithTheConventionBean() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withBean(ObservationRegistry.class, () -> registry)
			.withBean(RealtimeResponseObservationConvention.class,
					() -> new DefaultRealtimeResponseObservationConvention() {

						@Override
						public String getName() {
							return "voice.response";
						}

					})
			.run((context) -> {
				RealtimeConnector connector = context.getBean(RealtimeConnector.class);
				StepVerifier
					.create(connector.withSession(RealtimeSessionRequest.model("gpt-realtime"),
							(session) -> session.send(RealtimeClientEventSessionUpdate.builder()
								.session(RealtimeSessionCreateRequestGA.builder().addOutputModality("text").build())
								.build()).then(session.reply("Hello"))))
					.expectNextCount(1)
					.expectComplete()
					.verify(TIMEOUT);
				TestObservationRegistryAssert.assertThat(registry)
					.hasNumberOfObservationsWithNameEqualTo("gen_ai.realtime.session", 1)
					.hasNumberOfObservationsWithNameEqualTo("voice.response", 1)
					.hasObservationWithNameEqualTo("gen_ai.realtime.session")
					.that()
					.hasBeenStopped()
					.hasLowCardinalityKeyValue("openai.client.name", "default")
					.hasLowCardinalityKeyValue("openai.outcome", "closed")
					.hasHighCardinalityKeyValue("openai.realtime.responses", "1");
			});
	}

}

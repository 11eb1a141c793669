package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.AuthenticationException;
import dev.reactiveai.openai.error.RealtimeSessionClosedException;
import dev.reactiveai.openai.observation.DefaultRealtimeSessionObservationConvention;
import dev.reactiveai.openai.observation.OpenAiMeterObservationHandler;
import dev.reactiveai.openai.observation.RealtimeMeterObservationHandler;
import dev.reactiveai.openai.observation.RealtimeResponseObservationContext;
import dev.reactiveai.openai.observation.RealtimeSessionObservationContext;
import dev.reactiveai.openai.realtime.websocket.RealtimeSessionRequest;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.RealtimeClientEventSessionUpdate;
import dev.reactiveai.openai.types.RealtimeResponse;
import dev.reactiveai.openai.types.RealtimeServerEventResponseDone;
import dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observations of realtime sessions and their responses, against the simulator.
 */
class RealtimeObservationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String MODEL = "gpt-realtime";

	private static final String SESSION = "gen_ai.realtime.session";

	private static final String RESPONSE = "gen_ai.realtime.response";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final List<OpenAiClient> clients = new ArrayList<>();

	@AfterEach
	void closeClients() {
		this.clients.forEach(OpenAiClient::close);
	}

	private OpenAiClient observedClient(OpenAiClient.Builder builder) {
		OpenAiClient client = builder.options(simulator.client().options()).observationRegistry(this.registry).build();
		this.clients.add(client);
		return client;
	}

	private OpenAiClient observedClient() {
		return observedClient(OpenAiClient.builder());
	}

	private static RealtimeClientEventSessionUpdate textOnly() {
		return RealtimeClientEventSessionUpdate.builder()
			.session(RealtimeSessionCreateRequestGA.builder().addOutputModality("text").build())
			.build();
	}

	@Test
	void aSessionAndEachOfItsResponsesAreObservedWithTheTokensTheServerReported() {
		List<RealtimeServerEventResponseDone> done = new ArrayList<>();
		StepVerifier
			.create(observedClient().realtimeConnector()
				.withSession(RealtimeSessionRequest.model(MODEL), (session) -> Flux.merge(
						session.events().ofType(RealtimeServerEventResponseDone.class).take(2).doOnNext(done::add),
						session.send(textOnly())
							.then(session.reply("Hello, realtime!"))
							.then(session.reply("And again"))
							.then(Mono.empty()))))
			.expectNextCount(2)
			.expectComplete()
			.verify(TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo(SESSION, 1)
			.hasNumberOfObservationsWithNameEqualTo(RESPONSE, 2)
			.hasObservationWithNameEqualTo(SESSION)
			.that()
			.hasContextualNameEqualTo("realtime " + MODEL)
			.hasLowCardinalityKeyValue("gen_ai.operation.name", "realtime")
			.hasLowCardinalityKeyValue("gen_ai.provider.name", "openai")
			.hasLowCardinalityKeyValue("gen_ai.request.model", MODEL)
			.hasLowCardinalityKeyValue("openai.client.name", simulator.client().options().name())
			.hasLowCardinalityKeyValue("server.address", "127.0.0.1")
			.hasLowCardinalityKeyValue("openai.outcome", "closed")
			.hasLowCardinalityKeyValue("openai.realtime.close_code", "1000")
			.hasLowCardinalityKeyValue("error.type", "none")
			.hasHighCardinalityKeyValue("openai.realtime.responses", "2")
			.doesNotHaveError()
			.hasBeenStopped();
		List<RealtimeResponseObservationContext> responses = contexts(RealtimeResponseObservationContext.class);
		assertThat(responses).hasSize(2);
		for (int i = 0; i < 2; i++) {
			RealtimeResponse sent = done.get(i).response();
			RealtimeResponseObservationContext observed = responses.get(i);
			assertThat(sent.usage()).isNotNull();
			assertThat(sent.usage().inputTokens()).isPositive();
			assertThat(observed.getResponseId()).isEqualTo(sent.id());
			assertThat(observed.getInputTokens()).isEqualTo(sent.usage().inputTokens());
			assertThat(observed.getOutputTokens()).isEqualTo(sent.usage().outputTokens());
			assertThat(observed.getTotalTokens()).isEqualTo(sent.usage().totalTokens());
			assertThat(observed.getTimeToFirstDelta()).isNotNull().isPositive();
			assertThat(observed.getParentObservation().getContextView())
				.isInstanceOf(RealtimeSessionObservationContext.class);
		}
		TestObservationRegistryAssert.assertThat(this.registry)
			.forAllObservationsWithNameEqualTo(RESPONSE,
					(response) -> response.hasContextualNameEqualTo("realtime " + MODEL)
						.hasLowCardinalityKeyValue("gen_ai.operation.name", "realtime")
						.hasLowCardinalityKeyValue("gen_ai.request.model", MODEL)
						.hasLowCardinalityKeyValue("openai.outcome", "success")
						.hasLowCardinalityKeyValue("openai.realtime.response.status", "completed")
						.hasHighCardinalityKeyValue("gen_ai.response.finish_reasons", "completed")
						.doesNotHaveError());
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasAnObservationWithAKeyValue("gen_ai.usage.input_tokens",
					done.get(0).response().usage().inputTokens().toString())
			.hasAnObservationWithAKeyValue("gen_ai.usage.output_tokens",
					done.get(1).response().usage().outputTokens().toString());
	}

	@Test
	void theTokensOfEachResponseGoIntoTheTokenUsageHistogramWithTheTagKeysOfTheCalls() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		TestObservationRegistry observations = TestObservationRegistry.create();
		observations.observationConfig()
			.observationHandler(new RealtimeMeterObservationHandler(meters))
			.observationHandler(new OpenAiMeterObservationHandler(meters));
		OpenAiClient client = OpenAiClient.builder()
			.options(simulator.client().options())
			.observationRegistry(observations)
			.build();
		this.clients.add(client);
		List<RealtimeServerEventResponseDone> done = new ArrayList<>();
		StepVerifier
			.create(client.realtimeConnector()
				.withSession(RealtimeSessionRequest.model(MODEL), (session) -> Flux.merge(
						session.events().ofType(RealtimeServerEventResponseDone.class).take(1).doOnNext(done::add),
						session.send(textOnly()).then(session.reply("Count my tokens")).then(Mono.empty()))))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(client.models().list().take(1)).expectNextCount(1).expectComplete().verify(TIMEOUT);

		RealtimeResponse sent = done.get(0).response();
		assertThat(sent.usage()).isNotNull();
		DistributionSummary input = meters.find("gen_ai.client.token.usage")
			.tag("gen_ai.operation.name", "realtime")
			.tag("gen_ai.token.type", "input")
			.summary();
		DistributionSummary output = meters.find("gen_ai.client.token.usage")
			.tag("gen_ai.operation.name", "realtime")
			.tag("gen_ai.token.type", "output")
			.summary();
		assertThat(input).isNotNull();
		assertThat(output).isNotNull();
		assertThat(input.count()).isOne();
		assertThat((long) input.totalAmount()).isEqualTo(sent.usage().inputTokens());
		assertThat((long) output.totalAmount()).isEqualTo(sent.usage().outputTokens());
		assertThat(input.getId().getTag("gen_ai.request.model")).isEqualTo(MODEL);
		assertThat(input.getId().getTag("openai.outcome")).isEqualTo("success");
		// One meter name, one set of tag keys: Prometheus refuses a second set.
		Timer call = meters.find("gen_ai.client.operation.duration").timer();
		assertThat(call).isNotNull();
		assertThat(tagKeys(input)).isEqualTo(tagKeys(call)).contains("server.port", "openai.client.name");
	}

	private static Set<String> tagKeys(Meter meter) {
		Set<String> keys = new TreeSet<>();
		meter.getId().getTags().forEach((tag) -> keys.add(tag.getKey()));
		keys.remove("gen_ai.token.type");
		return keys;
	}

	@Test
	void aSessionTheServerClosesIsTaggedWithItsCodeAndItsOpenResponseFails() {
		simulator.simulator().realtime().closeNextResponse(1011, "upstream failed");
		StepVerifier
			.create(observedClient().realtimeConnector()
				.withSession(RealtimeSessionRequest.model(MODEL), (session) -> session.replyDeltas("Hello")))
			.thenConsumeWhile((delta) -> true)
			.expectError(RealtimeSessionClosedException.class)
			.verify(TIMEOUT);

		awaitStopped(SESSION);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(SESSION)
			.that()
			.hasLowCardinalityKeyValue("openai.outcome", "closed_by_server")
			.hasLowCardinalityKeyValue("openai.realtime.close_code", "1011")
			.hasLowCardinalityKeyValue("error.type", "RealtimeSessionClosedException")
			.hasError();
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(RESPONSE)
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("openai.outcome", "error")
			.hasLowCardinalityKeyValue("openai.realtime.response.status", "none")
			.hasEvent("first_delta");
	}

	@Test
	void aSessionItsSubscriberCancelsIsCancelledNotAnError() {
		simulator.simulator().realtime().stallNextResponse();
		Disposable reply = observedClient().realtimeConnector()
			.withSession(RealtimeSessionRequest.model(MODEL), (session) -> session.replyDeltas("Anyone?"))
			.subscribe();
		awaitTrue(() -> contexts(RealtimeResponseObservationContext.class).size() == 1);
		reply.dispose();

		awaitStopped(SESSION);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(SESSION)
			.that()
			.hasLowCardinalityKeyValue("openai.outcome", "cancelled")
			.hasLowCardinalityKeyValue("openai.realtime.close_code", "1000")
			.hasLowCardinalityKeyValue("error.type", "none")
			.doesNotHaveError();
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasObservationWithNameEqualTo(RESPONSE)
			.that()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("openai.outcome", "cancelled")
			.doesNotHaveError();
	}

	@Test
	void aRefusedHandshakeIsAnErrorOfTheSessionWithoutACloseCode() {
		DisposableServer refusing = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/v1/realtime",
					(request, response) -> response.status(401).sendString(Mono.just("{\"error\":{}}"))))
			.bindNow(TIMEOUT);
		try {
			OpenAiClient client = OpenAiClient.builder()
				.options(simulator.client()
					.options()
					.toBuilder()
					.baseUrl("http://127.0.0.1:" + refusing.port() + "/v1")
					.build())
				.observationRegistry(this.registry)
				.build();
			this.clients.add(client);
			StepVerifier.create(client.realtimeConnector().connect(MODEL))
				.expectError(AuthenticationException.class)
				.verify(TIMEOUT);
		}
		finally {
			refusing.disposeNow(TIMEOUT);
		}
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo(SESSION)
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("openai.outcome", "error")
			.hasLowCardinalityKeyValue("openai.realtime.close_code", "none")
			.hasLowCardinalityKeyValue("error.type", "AuthenticationException");
	}

	@Test
	void aConventionOfTheApplicationNamesAndTagsSessions() {
		OpenAiClient client = observedClient(OpenAiClient.builder()
			.realtimeSessionObservationConvention(new DefaultRealtimeSessionObservationConvention() {

				@Override
				public String getName() {
					return "voice.session";
				}

			}));
		StepVerifier
			.create(client.realtimeConnector()
				.withSession(RealtimeSessionRequest.model(MODEL), (session) -> session.events().take(1)))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo("voice.session")
			.hasLowCardinalityKeyValue("gen_ai.operation.name", "realtime")
			.hasBeenStopped();
	}

	private <C extends Observation.Context> List<C> contexts(Class<C> type) {
		List<C> found = new ArrayList<>();
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasHandledContextsThatSatisfy(
					(contexts) -> contexts.stream().filter(type::isInstance).map(type::cast).forEach(found::add));
		return found;
	}

	private void awaitStopped(String name) {
		awaitTrue(() -> {
			try {
				TestObservationRegistryAssert.assertThat(this.registry)
					.hasObservationWithNameEqualTo(name)
					.that()
					.hasBeenStopped();
				return true;
			}
			catch (AssertionError ex) {
				return false;
			}
		});
	}

	private static void awaitTrue(BooleanSupplier condition) {
		RealtimeSimulationTests.awaitTrue(condition);
	}

}

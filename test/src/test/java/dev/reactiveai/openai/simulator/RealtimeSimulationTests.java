package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.AuthenticationException;
import dev.reactiveai.openai.error.RealtimeErrorEventException;
import dev.reactiveai.openai.error.RealtimeFrameTooLargeException;
import dev.reactiveai.openai.error.RealtimeOverflowException;
import dev.reactiveai.openai.error.RealtimeSessionClosedException;
import dev.reactiveai.openai.helpers.ToolLoop;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.realtime.websocket.RealtimeAudio;
import dev.reactiveai.openai.realtime.websocket.RealtimeCloseStatus;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import dev.reactiveai.openai.realtime.websocket.RealtimeSession;
import dev.reactiveai.openai.realtime.websocket.RealtimeSessionRequest;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.RealtimeClientEvent;
import dev.reactiveai.openai.types.RealtimeClientEventResponseCreate;
import dev.reactiveai.openai.types.RealtimeClientEventSessionUpdate;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageAssistant;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageUser;
import dev.reactiveai.openai.types.RealtimeServerEvent;
import dev.reactiveai.openai.types.RealtimeServerEventConversationItemAdded;
import dev.reactiveai.openai.types.RealtimeServerEventError;
import dev.reactiveai.openai.types.RealtimeServerEventRateLimitsUpdated;
import dev.reactiveai.openai.types.RealtimeServerEventResponseAudioDelta;
import dev.reactiveai.openai.types.RealtimeServerEventResponseAudioTranscriptDone;
import dev.reactiveai.openai.types.RealtimeServerEventResponseCreated;
import dev.reactiveai.openai.types.RealtimeServerEventResponseDone;
import dev.reactiveai.openai.types.RealtimeServerEventResponseOutputItemAdded;
import dev.reactiveai.openai.types.RealtimeServerEventSessionCreated;
import dev.reactiveai.openai.types.RealtimeServerEventSessionUpdated;
import dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realtime sessions of the client against the simulator's realtime API over WebSocket.
 */
class RealtimeSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String MODEL = "gpt-realtime";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	record GetWeather(String city) {
	}

	private static RealtimeConnector connector() {
		return simulator.client().realtimeConnector();
	}

	private static RealtimeClientEvent textOnly() {
		return RealtimeClientEventSessionUpdate.builder()
			.session(RealtimeSessionCreateRequestGA.builder().addOutputModality("text").build())
			.build();
	}

	@Test
	void aSessionStartsWithSessionCreatedAndRepliesWithTextDeltas() {
		String expected = AnswerText.answer("Hello, realtime!");
		StepVerifier
			.create(connector().withSession(RealtimeSessionRequest.model(MODEL), (session) -> session.events()
				.take(1)
				.concatWith(session.send(textOnly()).then(Mono.empty()))
				.concatWith(session.events().filter(RealtimeServerEventSessionUpdated.class::isInstance).take(1))
				.map(Object.class::cast)
				.concatWith(session.replyDeltas("Hello, realtime!").collectList())))
			.assertNext((created) -> assertThat(created).isInstanceOf(RealtimeServerEventSessionCreated.class))
			.assertNext((updated) -> assertThat(((RealtimeServerEventSessionUpdated) updated).session())
				.isInstanceOf(RealtimeSessionCreateRequestGA.class))
			.assertNext((deltas) -> {
				assertThat((List<?>) deltas).hasSizeGreaterThan(5);
				assertThat(String.join("", (List<String>) deltas)).isEqualTo(expected);
			})
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(simulator.simulator().realtime().receivedTypes()).containsExactly("session.update",
				"conversation.item.create", "response.create");
		assertThat(simulator.simulator().realtime().received().get(0).path("session").path("type").asString())
			.isEqualTo("realtime");
		awaitTrue(() -> simulator.simulator().realtime().openSessions() == 0);
	}

	@Test
	void messageItemsAreReadAsTheVariantTheirRoleSays() {
		StepVerifier.create(connector().withSession(RealtimeSessionRequest.model(MODEL), (session) -> {
			Flux<RealtimeServerEvent> items = session.events()
				.filter((event) -> event instanceof RealtimeServerEventConversationItemAdded
						|| event instanceof RealtimeServerEventResponseOutputItemAdded)
				.take(3);
			return Flux.merge(items, session.send(textOnly()).then(session.reply("Hi")).then(Mono.empty()));
		}))
			.assertNext((added) -> assertThat(((RealtimeServerEventConversationItemAdded) added).item())
				.isInstanceOf(RealtimeConversationItemMessageUser.class))
			.assertNext((output) -> assertThat(((RealtimeServerEventResponseOutputItemAdded) output).item())
				.isInstanceOf(RealtimeConversationItemMessageAssistant.class))
			.assertNext((added) -> assertThat(((RealtimeServerEventConversationItemAdded) added).item())
				.isInstanceOf(RealtimeConversationItemMessageAssistant.class))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void audioRepliesCarryTheTranscriptAndValidPcm16() {
		List<byte[]> audio = new ArrayList<>();
		StepVerifier.create(connector().withSession(RealtimeSessionRequest.model(MODEL), (session) -> Flux
			.merge(session.events().takeUntil(RealtimeServerEventResponseDone.class::isInstance).doOnNext((event) -> {
				if (event instanceof RealtimeServerEventResponseAudioDelta delta) {
					audio.add(RealtimeAudio.bytes(delta));
				}
			}).filter(RealtimeServerEventResponseAudioTranscriptDone.class::isInstance),
					session.send(RealtimeClientEventResponseCreate.builder().build()).then(Mono.empty()))))
			.assertNext((done) -> assertThat(((RealtimeServerEventResponseAudioTranscriptDone) done).transcript())
				.isEqualTo(AnswerText.answer("")))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(audio).hasSizeGreaterThan(5);
		byte[] first = audio.get(0);
		assertThat(first.length % 2).as("16-bit samples").isZero();
		int loudest = 0;
		for (int i = 0; i < first.length; i += 2) {
			loudest = Math.max(loudest, Math.abs((short) ((first[i] & 0xff) | (first[i + 1] << 8))));
		}
		assertThat(loudest).as("a tone, not silence").isGreaterThan(1000);
	}

	@Test
	void functionToolsRunInTheSession() {
		AtomicInteger calls = new AtomicInteger();
		ToolLoop tools = ToolLoop.builder().tool(GetWeather.class, (weather) -> {
			calls.incrementAndGet();
			return Mono.just("Sunny, 21 degrees in " + weather.city());
		}).build();
		StepVerifier
			.create(connector().withSession(RealtimeSessionRequest.model(MODEL),
					(session) -> session.reply("What is the weather in Paris?", tools)))
			.assertNext((reply) -> assertThat(reply).startsWith("The tool answered: Sunny, 21 degrees in"))
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(calls).hasValue(1);
		assertThat(simulator.simulator().realtime().receivedTypes()).containsExactly("conversation.item.create",
				"response.create", "conversation.item.create", "response.create");
		assertThat(simulator.simulator()
			.realtime()
			.received()
			.get(1)
			.path("response")
			.path("tools")
			.get(0)
			.path("name")
			.asString()).isEqualTo("get_weather");
		assertThat(simulator.simulator().realtime().received().get(2).path("item").path("type").asString())
			.isEqualTo("function_call_output");
	}

	@Test
	void aBadEventIsAnsweredWithAnErrorEventAndTheSessionGoesOn() {
		RealtimeClientEvent bogus = new RealtimeClientEvent.Unknown(
				OpenAiJson.mapper().readTree("{\"type\":\"conversation.bogus\",\"event_id\":\"evt_1\"}"));
		StepVerifier
			.create(connector().withSession(RealtimeSessionRequest.model(MODEL),
					(session) -> Flux
						.merge(session.events().filter(RealtimeServerEventError.class::isInstance).take(1),
								session.send(bogus).then(Mono.empty()))
						.map(Object.class::cast)
						.concatWith(session.send(textOnly()).then(session.reply("Still there?")))))
			.assertNext((error) -> {
				RealtimeServerEventError.Error body = ((RealtimeServerEventError) error).error();
				assertThat(body.code()).isEqualTo("invalid_value");
				assertThat(body.eventId()).isEqualTo("evt_1");
				assertThat(body.message()).contains("conversation.bogus");
			})
			.assertNext((reply) -> assertThat(reply).isEqualTo(AnswerText.answer("Still there?")))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void aCloseInTheMiddleOfAResponseFailsWithTheCodeAndARedactedReason() {
		simulator.simulator()
			.realtime()
			.closeNextResponse(1011, "upstream failed for key " + OpenAiSimulatorExtension.API_KEY);
		List<RealtimeCloseStatus> statuses = new ArrayList<>();
		StepVerifier.create(connector().connect(MODEL).flatMapMany((session) -> {
			session.closeStatus().subscribe(statuses::add);
			return session.replyDeltas("Hello");
		})).expectNextCount(1).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(RealtimeSessionClosedException.class)
				.hasMessageContaining("1011")
				.hasMessageContaining("upstream failed")
				.hasMessageNotContaining(OpenAiSimulatorExtension.API_KEY);
			assertThat(((RealtimeSessionClosedException) ex).code()).isEqualTo(1011);
			assertThat(((RealtimeSessionClosedException) ex).reason()).contains("[redacted]");
		}).verify(TIMEOUT);
		assertThat(statuses).singleElement().satisfies((status) -> {
			assertThat(status.code()).isEqualTo(1011);
			assertThat(status.byClient()).isFalse();
			assertThat(status.isNormal()).isFalse();
		});
	}

	@Test
	void cancellingAStalledReplyClosesTheSocket() {
		simulator.simulator().realtime().stallNextResponse();
		Disposable reply = connector()
			.withSession(RealtimeSessionRequest.model(MODEL), (session) -> session.replyDeltas("Anyone?"))
			.subscribe();
		awaitTrue(() -> simulator.simulator().realtime().receivedTypes().contains("response.create"));
		assertThat(simulator.simulator().realtime().openSessions()).isEqualTo(1);
		reply.dispose();
		awaitTrue(() -> simulator.simulator().realtime().openSessions() == 0);
		assertThat(simulator.simulator().realtime().sessionsClosed()).isEqualTo(1);
	}

	@Test
	void closeEndsTheEventsNormally() {
		StepVerifier
			.create(connector().connect(MODEL)
				.flatMapMany((session) -> session.events()
					.take(1)
					.map(Object.class::cast)
					.concatWith(session.close().then(Mono.empty()))
					.concatWith(session.events())
					.concatWith(session.closeStatus())))
			.assertNext((created) -> assertThat(created).isInstanceOf(RealtimeServerEventSessionCreated.class))
			.assertNext((status) -> {
				assertThat(((RealtimeCloseStatus) status).code()).isEqualTo(1000);
				assertThat(((RealtimeCloseStatus) status).byClient()).isTrue();
			})
			.expectComplete()
			.verify(TIMEOUT);
		awaitTrue(() -> simulator.simulator().realtime().openSessions() == 0);
	}

	@Test
	void aMessageLargerThanTheLimitClosesTheSessionWithATypedError() {
		RealtimeSessionRequest request = RealtimeSessionRequest.builder()
			.model(MODEL)
			.maxMessageSize(DataSize.ofKilobytes(64))
			.build();
		String large = "a".repeat(100 * 1024);
		StepVerifier
			.create(connector().connect(request)
				.flatMapMany((session) -> Flux.merge(session.events(), session.sendUserText(large).then(Mono.empty()))))
			.expectNextMatches(RealtimeServerEventSessionCreated.class::isInstance)
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(RealtimeFrameTooLargeException.class).hasMessageContaining("65536");
				assertThat(((RealtimeFrameTooLargeException) ex).code()).isEqualTo(1009);
			})
			.verify(TIMEOUT);
		awaitTrue(() -> simulator.simulator().realtime().openSessions() == 0);
	}

	@Test
	void anErrorEventDuringAReplyFailsTheReplyWithATypedError() {
		simulator.simulator().realtime().stallNextResponse();
		StepVerifier
			.create(connector().withSession(RealtimeSessionRequest.model(MODEL),
					(session) -> Flux.merge(
							session.events()
								.filter(RealtimeServerEventResponseCreated.class::isInstance)
								.take(1)
								.then(session.reply("Second")),
							session.send(RealtimeClientEventResponseCreate.builder().build()).then(Mono.empty()))))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(RealtimeErrorEventException.class)
					.hasMessageContaining("already has an active response");
				assertThat(((RealtimeErrorEventException) ex).code())
					.isEqualTo("conversation_already_has_active_response");
			})
			.verify(TIMEOUT);
	}

	@Test
	void aSubscriberThatFallsBehindGetsAnOverflowErrorAndTheSessionCloses() {
		RealtimeSession session = connector()
			.connect(RealtimeSessionRequest.builder().model(MODEL).eventBufferSize(16).build())
			.block(TIMEOUT);
		assertThat(session).isNotNull();
		StepVerifier.create(session.events(), 1)
			.expectNextMatches(RealtimeServerEventSessionCreated.class::isInstance)
			.then(() -> session.send(RealtimeClientEventResponseCreate.builder().build()).subscribe())
			.then(() -> assertThat(session.closeStatus().block(TIMEOUT)).extracting(RealtimeCloseStatus::code)
				.isEqualTo(1008))
			.thenRequest(Long.MAX_VALUE)
			.thenConsumeWhile((event) -> true)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(RealtimeOverflowException.class)
				.hasMessageContaining("16 events behind"))
			.verify(TIMEOUT);
		assertThat(session.isOpen()).isFalse();
		awaitTrue(() -> simulator.simulator().realtime().openSessions() == 0);
	}

	@Test
	void manySessionsRunAtOnce() {
		int sessions = 50;
		StepVerifier.create(Flux.range(0, sessions)
			.flatMap((i) -> connector().withSession(RealtimeSessionRequest.model(MODEL),
					(session) -> session.send(textOnly()).then(session.reply("Session " + i)).map((reply) -> {
						assertThat(reply).isEqualTo(AnswerText.answer("Session " + i));
						return i;
					})), sessions)
			.count()).expectNext((long) sessions).expectComplete().verify(TIMEOUT);
		awaitTrue(() -> simulator.simulator().realtime().openSessions() == 0);
		assertThat(simulator.simulator().realtime().sessionsClosed()).isEqualTo(sessions);
	}

	@Test
	void aRefusedHandshakeIsTheTypedErrorOfItsStatusWithoutTheKey() {
		DisposableServer refusing = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.get("/v1/realtime",
					(request, response) -> response.status(401).sendString(Mono.just("{\"error\":{}}"))))
			.bindNow(TIMEOUT);
		try (OpenAiClient client = OpenAiClient.builder()
			.options(simulator.client()
				.options()
				.toBuilder()
				.baseUrl("http://127.0.0.1:" + refusing.port() + "/v1")
				.build())
			.build()) {
			StepVerifier.create(client.realtimeConnector().connect(MODEL))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(AuthenticationException.class)
					.hasMessageContaining("HTTP 401")
					.hasMessageContaining("ws://127.0.0.1:" + refusing.port() + "/v1/realtime?model=gpt-realtime")
					.hasMessageNotContaining(OpenAiSimulatorExtension.API_KEY))
				.verify(TIMEOUT);
		}
		finally {
			refusing.disposeNow(TIMEOUT);
		}
	}

	@Test
	void aSessionWithAClientSecretAuthenticatesWithIt() {
		RealtimeSessionRequest request = RealtimeSessionRequest.builder().clientSecret("ek_test_secret_123").build();
		assertThat(request.toString()).doesNotContain("ek_test");
		StepVerifier.create(connector().withSession(request, (session) -> session.events().take(1)))
			.expectNextMatches(RealtimeServerEventSessionCreated.class::isInstance)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(connector().uri(request).toString()).endsWith("/v1/realtime");
	}

	@Test
	void usageAndRateLimitsFollowEachResponse() {
		StepVerifier.create(connector().withSession(RealtimeSessionRequest.model(MODEL),
				(session) -> Flux.merge(
						session.events()
							.filter((event) -> event instanceof RealtimeServerEventResponseDone
									|| event instanceof RealtimeServerEventRateLimitsUpdated)
							.take(2),
						session.send(textOnly())
							.then(session.sendUserText("Count me"))
							.then(session.send(RealtimeClientEventResponseCreate.builder().build()))
							.then(Mono.empty()))))
			.assertNext((done) -> {
				var usage = ((RealtimeServerEventResponseDone) done).response().usage();
				assertThat(usage).isNotNull();
				assertThat(usage.inputTokens()).isPositive();
				assertThat(usage.totalTokens()).isEqualTo(usage.inputTokens() + usage.outputTokens());
			})
			.assertNext((limits) -> assertThat(((RealtimeServerEventRateLimitsUpdated) limits).rateLimits()).hasSize(2))
			.expectComplete()
			.verify(TIMEOUT);
	}

	/** Waits, at most {@link #TIMEOUT}, for a condition that the server reaches. */
	static void awaitTrue(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition reached within " + TIMEOUT).isLessThan(deadline);
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}

package dev.reactiveai.openai.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.InternalServerException;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiMemoryLimitException;
import dev.reactiveai.openai.error.OpenAiResponseException;
import dev.reactiveai.openai.error.OpenAiStreamException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.util.unit.DataSize;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/reliability.md, cases 5 and 8-12: streams end, fail and cancel as they should.
 */
class StreamingTests {

	private final LoopbackServer server = new LoopbackServer();

	private OpenAiClient client;

	@BeforeEach
	void createClient() {
		this.client = TestClients.client(this.server.baseUrl(), (options) -> {
		});
	}

	@AfterEach
	void close() {
		this.client.close();
		this.server.close();
	}

	@Test
	void doneCompletesTheStreamAtOnceEvenIfTheSocketStaysOpen() {
		this.server.stream(Flux.just(chunk("Hel"), chunk("lo"), "data: [DONE]\n\n"), true);
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("Hel", "lo")
			.expectComplete()
			.verify(Duration.ofSeconds(5));
		await().atMost(TIMEOUT).until(() -> this.server.openConnections() == 0);
	}

	@Test
	void aStreamWithoutDoneCompletesAtTheEndOfTheBody() {
		this.server.stream(Flux.just(chunk("a"), chunk("b")), false);
		StepVerifier.create(stream().map(TestClients::content)).expectNext("a", "b").expectComplete().verify(TIMEOUT);
	}

	@Test
	void aBodyThatEndsInTheMiddleOfAnEventIsAnError() {
		this.server.stream(Flux.just(chunk("a"), "data: {\"id\":\"x\",\"cho"), false);
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("a")
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOf(OpenAiStreamException.class).hasMessageContaining("cut off"))
			.verify(TIMEOUT);
	}

	@Test
	void aConnectionCutInTheMiddleOfAnEventIsAnError() {
		this.server.handle((request, response) -> {
			Mono<String> cut = Mono.delay(Duration.ofMillis(200))
				.then(Mono.fromRunnable(() -> response.withConnection((connection) -> connection.channel().close())));
			return LoopbackServer.drain(request)
				.then(response.status(200)
					.header("Content-Type", "text/event-stream")
					.sendString(Flux.just(chunk("a"), "data: {\"id\"").concatWith(cut))
					.then());
		});
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("a")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfAny(OpenAiStreamException.class,
					OpenAiConnectionException.class))
			.verify(TIMEOUT);
		// An event was delivered: the call must not be replayed.
		assertThat(this.server.requests()).isEqualTo(1);
	}

	@Test
	void anErrorEventAfterDeltasDeliversTheDeltasThenATypedError() {
		this.server.stream(Flux.just(chunk("partial "), chunk("answer"),
				"event: error\ndata: {\"type\":\"error\",\"code\":\"server_error\",\"message\":\"The model crashed\",\"param\":null}\n\n"),
				true);
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("partial ", "answer")
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAiStreamException.class, (error) -> {
						assertThat(error.code()).isEqualTo("server_error");
						assertThat(error.requestId()).isEqualTo("req_stream_1");
						assertThat(error).hasMessageContaining("The model crashed");
					}))
			.verify(TIMEOUT);
		assertThat(this.server.requests()).isEqualTo(1);
	}

	@Test
	void aDataErrorMemberAfterDeltasIsATypedError() {
		this.server.stream(Flux.just(chunk("x"),
				"data: {\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\",\"code\":\"overloaded\"}}\n\n"),
				false);
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("x")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAiStreamException.class,
					(error) -> assertThat(error.type()).isEqualTo("server_error")))
			.verify(TIMEOUT);
	}

	/**
	 * The events that arrive together are read as a batch, and the values read show most
	 * of them free of errors without a search of their bytes: every way of reporting an
	 * error is still found there, after the events before it.
	 */
	@ParameterizedTest
	@ValueSource(strings = {
			"data: {\"error\":{\"message\":\"Overloaded\",\"type\":\"server_error\",\"code\":\"overloaded\"}}\n\n",
			"data: {\"type\":\"error\",\"code\":\"server_error\",\"message\":\"Overloaded\"}\n\n",
			"event: error\ndata: {\"message\":\"Overloaded\",\"code\":\"server_error\"}\n\n",
			"data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":[],"
					+ "\"error\":{\"message\":\"Overloaded\",\"code\":\"server_error\"}}\n\n" })
	void anErrorAmongEventsThatArriveTogetherFailsTheStreamAfterTheEventsBeforeIt(String error) {
		this.server.stream(Flux.just(chunk("partial ") + chunk("answer") + error + chunk("never")), true);
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("partial ", "answer")
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOf(OpenAiStreamException.class).hasMessageContaining("Overloaded"))
			.verify(TIMEOUT);
	}

	@Test
	void anErrorEventAmongTypedEventsThatArriveTogetherFailsTheStreamAfterTheEventsBeforeIt() {
		String delta = "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\","
				+ "\"sequence_number\":%d,\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,"
				+ "\"delta\":\"%s\",\"logprobs\":[]}\n\n";
		this.server.stream(Flux.just(delta.formatted(1, "partial ") + delta.formatted(2, "answer")
				+ "data: {\"type\":\"error\",\"code\":\"server_error\",\"message\":\"Overloaded\","
				+ "\"param\":null,\"sequence_number\":3}\n\n" + delta.formatted(4, "never")), true);
		CreateResponse request = CreateResponse.builder().model("gpt-4.1-mini").input("hi").build();
		StepVerifier.create(
				this.client.responses().createStream(request).map((event) -> ((ResponseTextDeltaEvent) event).delta()))
			.expectNext("partial ", "answer")
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOf(OpenAiStreamException.class).hasMessageContaining("Overloaded"))
			.verify(TIMEOUT);
	}

	@Test
	void contentThatMentionsErrorAmongEventsThatArriveTogetherIsNotAnError() {
		this.server.stream(Flux
			.just(chunk("an \\\"error\\\": nothing") + chunk("{\\\"type\\\":\\\"error\\\"}") + "data: [DONE]\n\n"),
				false);
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("an \"error\": nothing", "{\"type\":\"error\"}")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void contentThatMentionsErrorIsNotAnError() {
		this.server.stream(Flux.just(chunk("an \\\"error\\\": nothing"), "data: [DONE]\n\n"), false);
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("an \"error\": nothing")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void cancellingClosesTheConnectionPromptly() {
		this.server.stream(Flux.interval(Duration.ofMillis(5)).map((i) -> chunk("t" + i)), true);
		StepVerifier.create(stream().take(3)).expectNextCount(3).expectComplete().verify(TIMEOUT);
		await().atMost(TIMEOUT).until(() -> this.server.openConnections() == 0);
		assertThat(this.server.closedConnections()).isEqualTo(1);
	}

	@Test
	void aStreamThatGoesSilentFailsAfterTheReadTimeoutAndIsNotRetried() {
		this.server.stream(Flux.just(chunk("a")), true);
		StepVerifier
			.create(this.client.chat()
				.completions()
				.withOptions(RequestOptions.builder().readTimeout(Duration.ofMillis(300)).build())
				.createStream(request()))
			.expectNextCount(1)
			.expectErrorSatisfies((ex) -> assertThat(ex)
				.isInstanceOfSatisfying(OpenAiTimeoutException.class,
						(timeout) -> assertThat(timeout.setting()).isEqualTo(ClientSetting.READ_TIMEOUT))
				.hasMessageContaining("RequestOptions.readTimeout"))
			.verify(TIMEOUT);
		assertThat(this.server.requests()).isEqualTo(1);
		await().atMost(TIMEOUT).until(() -> this.server.openConnections() == 0);
	}

	@Test
	void aStreamIsRetriedWhenItFailsBeforeTheFirstEvent() {
		java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then((calls.getAndIncrement() == 0)
					? response.status(503)
						.header("Content-Type", "application/json")
						.sendString(Mono.just("{\"error\":{\"message\":\"busy\"}}"))
						.then()
					: response.status(200)
						.header("Content-Type", "text/event-stream")
						.sendString(Flux.just(chunk("ok"), "data: [DONE]\n\n"))
						.then()));
		StepVerifier.create(stream().map(TestClients::content)).expectNext("ok").expectComplete().verify(TIMEOUT);
		assertThat(calls.get()).isEqualTo(2);
	}

	@Test
	void anErrorStatusOnAStreamIsTheStatusException() {
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(response.status(500)
				.header("Content-Type", "application/json")
				.header("x-should-retry", "false")
				.sendString(Mono.just("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}"))
				.then()));
		StepVerifier.create(stream())
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOf(InternalServerException.class).hasMessageContaining("boom"))
			.verify(TIMEOUT);
	}

	@Test
	void anEventLargerThanTheLimitFailsNamingTheLimit() {
		String big = "data: {\"id\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}\n\n";
		this.server.stream(Flux.just(chunk("a"), big), false);
		try (OpenAiClient limited = TestClients.client(this.server.baseUrl(),
				(options) -> options.memory((memory) -> memory.withMaxInMemorySize(DataSize.ofMegabytes(1))))) {
			StepVerifier.create(limited.chat().completions().createStream(request()))
				.expectNextCount(1)
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiMemoryLimitException.class)
					.hasMessageContaining("1048576")
					.hasMessageContaining("OpenAiClientOptions.maxInMemorySize"))
				.verify(TIMEOUT);
		}
	}

	@Test
	void aSixtyFourMebibyteEventFailsNamingTheDefaultLimit() {
		String big = "data: {\"id\":\"" + "x".repeat(64 * 1024 * 1024) + "\"}\n\n";
		this.server.stream(Flux.just(big), false);
		StepVerifier.create(stream())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiMemoryLimitException.class)
				.hasMessageContaining(String.valueOf(64 * 1024 * 1024))
				.hasMessageContaining("OpenAiClientOptions.maxInMemorySize"))
			.verify(Duration.ofSeconds(30));
	}

	@Test
	void splitEventsAndLineEndingsDecodeTheSame() {
		String transcript = chunk("héllo ✓ 😀") + ": ping\r\n\r\n" + chunk("line\u2028sep") + "data: [DONE]\r\n\r\n";
		byte[] bytes = transcript.getBytes(StandardCharsets.UTF_8);
		List<String> pieces = new java.util.ArrayList<>();
		for (int i = 0; i < bytes.length; i += 3) {
			pieces.add(new String(bytes, i, Math.min(3, bytes.length - i), StandardCharsets.ISO_8859_1));
		}
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(response.status(200)
				.header("Content-Type", "text/event-stream")
				.send(Flux.fromIterable(pieces)
					.map((piece) -> io.netty.buffer.Unpooled
						.wrappedBuffer(piece.getBytes(StandardCharsets.ISO_8859_1))))
				.then()));
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("héllo ✓ 😀", "line\u2028sep")
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void eventsThatArriveTogetherAreReadInOrderAndAMalformedOneFailsTheStreamAfterThem() {
		// One piece, so that the client reads the events out of one buffer
		this.server.stream(Flux.just(chunk("a") + chunk("b") + "data: {\"id\":\"x\",\n\n" + chunk("c")), false);
		StepVerifier.create(stream().map(TestClients::content))
			.expectNext("a", "b")
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiResponseException.class)
				.hasMessageStartingWith("Could not read stream event 'null' as ChatCompletionChunk: "))
			.verify(TIMEOUT);
	}

	private Flux<ChatCompletionChunk> stream() {
		return this.client.chat().completions().createStream(request());
	}

	private static CreateChatCompletionRequest request() {
		return TestClients.chatRequest("Hi");
	}

	static String chunk(String content) {
		return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
				+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n";
	}

}

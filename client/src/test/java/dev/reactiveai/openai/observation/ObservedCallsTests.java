package dev.reactiveai.openai.observation;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.TestClients;
import dev.reactiveai.openai.error.OpenAiStreamException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls through a client built with an observation registry: one observation per call,
 * its retries inside it, named after the operation and tagged with what the answer said.
 */
class ObservedCallsTests {

	private static final String COMPLETION = """
			{"id":"chatcmpl-9","object":"chat.completion","created":1,"model":"gpt-4o-mini-2024-07-18",
			 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
			   "message":{"role":"assistant","content":"Hi","refusal":null}}],
			 "usage":{"prompt_tokens":8,"completion_tokens":2,"total_tokens":10}}
			""";

	private final MockWebServer server = new MockWebServer();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final MeterRegistry meters = new SimpleMeterRegistry();

	/** The contexts of the observations, as they stopped. */
	private final List<OpenAiObservationContext> stopped = new CopyOnWriteArrayList<>();

	private OpenAiClient client;

	@BeforeEach
	void start() throws IOException {
		this.server.start();
		this.registry.observationConfig().observationHandler(new OpenAiMeterObservationHandler(this.meters));
		this.registry.observationConfig().observationHandler(new ObservationHandler<OpenAiObservationContext>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof OpenAiObservationContext;
			}

			@Override
			public void onStop(OpenAiObservationContext context) {
				ObservedCallsTests.this.stopped.add(context);
			}

		});
		this.client = OpenAiClient.builder()
			.options(TestClients.options(TestClients.baseUrl(this.server)).build())
			.observationRegistry(this.registry)
			.build();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	@Test
	void aChatCompletionIsOneObservationWithItsModelsTokensAndRateLimits() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.setHeader("x-request-id", "req_42")
			.setHeader("x-ratelimit-remaining-tokens", "9990")
			.body(COMPLETION)
			.build());

		StepVerifier.create(this.client.chat().completions().create(TestClients.chatRequest("Hello")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo("gen_ai.client.operation")
			.hasContextualNameEqualTo("chat gpt-4o-mini")
			.hasLowCardinalityKeyValue("openai.operation.id", "createChatCompletion")
			.hasLowCardinalityKeyValue("gen_ai.request.model", "gpt-4o-mini")
			.hasLowCardinalityKeyValue("gen_ai.response.model", "gpt-4o-mini-2024-07-18")
			.hasLowCardinalityKeyValue("server.address", "localhost")
			.hasHighCardinalityKeyValue("gen_ai.usage.input_tokens", "8")
			.hasHighCardinalityKeyValue("gen_ai.usage.output_tokens", "2")
			.hasHighCardinalityKeyValue("openai.request.id", "req_42")
			.hasBeenStopped();
		assertThat(this.meters.get("openai.client.rate_limit.remaining")
			.tag("openai.rate_limit.kind", "tokens")
			.gauge()
			.value()).isEqualTo(9990);
	}

	@Test
	void aRetriedCallIsStillOneObservationAndItsRetryIsCountedByStatus() {
		this.server.enqueue(TestClients.error(503, "server_error", "overloaded", "try again"));
		this.server.enqueue(TestClients.json(COMPLETION));

		StepVerifier.create(this.client.chat().completions().create(TestClients.chatRequest("Hello")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("gen_ai.client.operation", 1)
			.hasSingleObservationThat()
			.hasEvent("retry")
			.hasLowCardinalityKeyValue("openai.outcome", "success");
		assertThat(this.meters.get("openai.client.retries").tag("openai.retry.reason", "503").counter().count())
			.isEqualTo(1);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void aFailedCallCarriesTheExceptionsType() {
		this.server.enqueue(TestClients.error(404, "invalid_request_error", "model_not_found", "no such model"));

		StepVerifier.create(this.client.models().retrieve("gpt-unknown")).expectError().verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("openai.operation.id", "retrieveModel")
			.hasLowCardinalityKeyValue("error.type", "NotFoundException")
			.hasLowCardinalityKeyValue("openai.outcome", "error");
	}

	@Test
	void aStreamIsObservedToItsEndWithItsFinalUsage() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "text/event-stream")
			.body("""
					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}}

					data: [DONE]

					""")
			.build());

		StepVerifier.create(this.client.chat().completions().createStream(TestClients.chatRequest("Hello")))
			.expectNextCount(3)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasEvent("first_chunk")
			.hasHighCardinalityKeyValue("gen_ai.response.finish_reasons", "stop")
			.hasHighCardinalityKeyValue("gen_ai.usage.input_tokens", "5")
			.hasHighCardinalityKeyValue("gen_ai.usage.output_tokens", "1")
			.hasBeenStopped();
		assertThat(this.meters.get("gen_ai.client.operation.time_to_first_chunk").timer().count()).isEqualTo(1);
	}

	@Test
	void aStreamFailingMidwayIsAnErrorAfterItsFirstChunkAndIsNoLongerOpen() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "text/event-stream")
			.body("""
					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}

					data: {"error":{"message":"The server had an error","type":"server_error","code":null,"param":null}}

					""")
			.build());

		StepVerifier.create(this.client.chat().completions().createStream(TestClients.chatRequest("Hello")))
			.expectNextCount(1)
			.expectError(OpenAiStreamException.class)
			.verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasEvent("first_chunk")
			.hasLowCardinalityKeyValue("error.type", "OpenAiStreamException")
			.hasLowCardinalityKeyValue("openai.outcome", "error")
			.hasBeenStopped();
		assertThat(this.meters.get("openai.client.streams.open").gauge().value()).isZero();
		assertThat(this.meters.get("gen_ai.client.operation.duration")
			.tag("openai.outcome", "error")
			.tag("gen_ai.operation.name", "chat")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void anOpenStreamIsCountedUntilItIsCancelledAndItsDurationThenRecorded() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "text/event-stream")
			.body("""
					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":" there"},"finish_reason":null}]}

					""")
			.build());

		StepVerifier.create(this.client.chat().completions().createStream(TestClients.chatRequest("Hello")), 1)
			.expectNextCount(1)
			.then(() -> assertThat(
					this.meters.get("openai.client.streams.open").tag("openai.client.name", "default").gauge().value())
				.isEqualTo(1))
			.thenCancel()
			.verify(TestClients.TIMEOUT);

		assertThat(this.meters.get("openai.client.streams.open").gauge().value()).isZero();
		assertThat(this.meters.get("gen_ai.client.operation.duration")
			.tag("openai.outcome", "cancelled")
			.tag("error.type", "none")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void aNamedClientsCallsAndMetersCarryItsName() {
		this.server.enqueue(TestClients.json(COMPLETION));
		try (OpenAiClient named = OpenAiClient.builder()
			.options(TestClients.options(TestClients.baseUrl(this.server)).name("fast").build())
			.observationRegistry(this.registry)
			.build()) {

			StepVerifier.create(named.chat().completions().create(TestClients.chatRequest("Hello")))
				.expectNextCount(1)
				.expectComplete()
				.verify(TestClients.TIMEOUT);
		}

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("openai.client.name", "fast");
		assertThat(this.meters.get("gen_ai.client.token.usage")
			.tag("openai.client.name", "fast")
			.tag("gen_ai.token.type", "input")
			.tag("gen_ai.request.model", "gpt-4o-mini")
			.summary()
			.totalAmount()).isEqualTo(8);
		assertThat(this.meters.get("gen_ai.client.token.usage")
			.tag("openai.client.name", "fast")
			.tag("gen_ai.token.type", "output")
			.summary()
			.totalAmount()).isEqualTo(2);
		assertThat(
				this.meters.get("gen_ai.client.operation.duration").tag("openai.client.name", "fast").timer().count())
			.isEqualTo(1);
	}

	@Test
	void promptsAndCompletionsAreNotRecordedUnlessAskedFor() {
		this.server.enqueue(TestClients.json(COMPLETION));

		StepVerifier.create(this.client.chat().completions().create(TestClients.chatRequest("Hello")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		assertThat(this.stopped).singleElement().satisfies((context) -> assertThat(context.getPrompt()).isNull());
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.doesNotHaveEvent("gen_ai.content.prompt")
			.doesNotHaveEvent("gen_ai.content.completion");
	}

	@Test
	void promptsAndCompletionsAreRecordedAsEventsWhenAskedFor() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "text/event-stream")
			.body("""
					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Hi"},"finish_reason":null}]}

					data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":" there"},"finish_reason":"stop"}]}

					data: [DONE]

					""")
			.build());
		try (OpenAiClient recording = OpenAiClient.builder()
			.options(TestClients.options(TestClients.baseUrl(this.server)).build())
			.observationRegistry(this.registry)
			.observationRecordsContent(true)
			.build()) {

			StepVerifier.create(recording.chat().completions().createStream(TestClients.chatRequest("Hello")))
				.expectNextCount(2)
				.expectComplete()
				.verify(TestClients.TIMEOUT);
		}

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasEvent("gen_ai.content.prompt")
			.hasEvent("gen_ai.content.completion", "Hi there");
		assertThat(this.stopped).singleElement()
			.extracting(OpenAiObservationContext::getPrompt)
			.asString()
			.contains("\"role\":\"user\"")
			.contains("\"content\":\"Hello\"");
	}

}

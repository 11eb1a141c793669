package dev.reactiveai.openai.observation.internal;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.TestClients;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.observation.DefaultOpenAiObservationConvention;
import dev.reactiveai.openai.observation.OpenAiMeterObservationHandler;
import dev.reactiveai.openai.observation.OpenAiObservationContext;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseCompletedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One observation per call, tagged after the GenAI conventions, and the meters recorded
 * from it.
 */
class CallObservationTests {

	private static final JsonMapper mapper = OpenAiJson.mapper();

	private static final URI BASE_URL = URI.create("https://api.openai.com/v1");

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final CallObservation observation = new CallObservation(this.registry, null);

	@BeforeEach
	void recordMeters() {
		this.registry.observationConfig().observationHandler(new OpenAiMeterObservationHandler(this.meters));
	}

	@Test
	void aCallIsOneObservationTaggedWithWhatItsRequestAndAnswerSay() {
		CreateChatCompletionRequest request = read(CreateChatCompletionRequest.class,
				"{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
		Mono<ApiResponse<ChatCompletion>> call = this.observation.observe(
				() -> CallObservation.context("createChatCompletion", "default", BASE_URL, false, request),
				Mono.fromSupplier(() -> {
					HttpHeaders headers = new HttpHeaders();
					headers.add("x-request-id", "req_123");
					headers.add("x-ratelimit-remaining-requests", "59");
					headers.add("x-ratelimit-limit-requests", "60");
					headers.add("x-ratelimit-remaining-tokens", "149000");
					return new ApiResponse<>(200, headers, chatCompletion());
				}));

		StepVerifier.create(call).expectNextCount(1).expectComplete().verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsEqualTo(1)
			.hasObservationWithNameEqualTo("gen_ai.client.operation")
			.that()
			.hasContextualNameEqualTo("chat gpt-4o")
			.hasLowCardinalityKeyValue("gen_ai.operation.name", "chat")
			.hasLowCardinalityKeyValue("gen_ai.provider.name", "openai")
			.hasLowCardinalityKeyValue("gen_ai.request.model", "gpt-4o")
			.hasLowCardinalityKeyValue("gen_ai.response.model", "gpt-4o-2024-08-06")
			.hasLowCardinalityKeyValue("server.address", "api.openai.com")
			.hasLowCardinalityKeyValue("server.port", "443")
			.hasLowCardinalityKeyValue("error.type", "none")
			.hasLowCardinalityKeyValue("openai.operation.id", "createChatCompletion")
			.hasLowCardinalityKeyValue("openai.client.name", "default")
			.hasLowCardinalityKeyValue("openai.outcome", "success")
			.hasHighCardinalityKeyValue("gen_ai.response.id", "chatcmpl-1")
			.hasHighCardinalityKeyValue("gen_ai.response.finish_reasons", "stop,length")
			.hasHighCardinalityKeyValue("gen_ai.usage.input_tokens", "12")
			.hasHighCardinalityKeyValue("gen_ai.usage.output_tokens", "7")
			.hasHighCardinalityKeyValue("openai.request.id", "req_123")
			.hasBeenStopped();
		assertThat(
				this.meters.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "input").summary().totalAmount())
			.isEqualTo(12);
		assertThat(
				this.meters.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "output").summary().totalAmount())
			.isEqualTo(7);
		assertThat(this.meters.get("openai.client.rate_limit.remaining")
			.tags("openai.client.name", "default", "openai.rate_limit.kind", "requests")
			.gauge()
			.value()).isEqualTo(59);
		assertThat(this.meters.get("openai.client.rate_limit.remaining")
			.tags("openai.client.name", "default", "openai.rate_limit.kind", "tokens")
			.gauge()
			.value()).isEqualTo(149000);
		assertThat(this.meters.get("openai.client.rate_limit.limit")
			.tag("openai.rate_limit.kind", "requests")
			.gauge()
			.value()).isEqualTo(60);
		assertThat(this.meters.find("gen_ai.client.operation.time_to_first_chunk").timer()).isNull();
	}

	@Test
	void retriesStayInsideTheOneObservationAndAreCountedByReason() {
		Mono<String> call = this.observation.observe(() -> CallObservation.context("listModels", "fast",
				URI.create("http://localhost:8089/v1"), false, null), Mono.deferContextual((view) -> {
					// As the transport's retries find the observation of their call.
					CallRecorder recorder = view.get(CallRecorder.class);
					recorder.retried(OpenAiServiceException.create(503,
							new dev.reactiveai.openai.error.OpenAiError(null, null, null, null), new HttpHeaders(),
							null));
					recorder.retried(new java.io.IOException("reset"));
					return Mono.just("models");
				}));

		StepVerifier.create(call).expectNext("models").expectComplete().verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsEqualTo(1)
			.hasSingleObservationThat()
			.hasContextualNameEqualTo("listModels")
			.hasLowCardinalityKeyValue("gen_ai.operation.name", "listModels")
			.hasLowCardinalityKeyValue("gen_ai.request.model", "none")
			.hasLowCardinalityKeyValue("server.port", "8089")
			.hasLowCardinalityKeyValue("openai.client.name", "fast")
			.hasEvent("retry");
		assertThat(this.meters.get("openai.client.retries").tag("openai.retry.reason", "503").counter().count())
			.isEqualTo(1);
		assertThat(this.meters.get("openai.client.retries").tag("openai.retry.reason", "IOException").counter().count())
			.isEqualTo(1);
	}

	@Test
	void aFailedCallCarriesItsErrorType() {
		Mono<String> call = this.observation.observe(
				() -> CallObservation.context("createEmbedding", "default", BASE_URL, false, null),
				Mono.error(new IllegalStateException("boom")));

		StepVerifier.create(call).expectError(IllegalStateException.class).verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("gen_ai.operation.name", "embeddings")
			.hasLowCardinalityKeyValue("error.type", "IllegalStateException")
			.hasLowCardinalityKeyValue("openai.outcome", "error")
			.assertThatError()
			.hasMessage("boom");
	}

	@Test
	void aStreamIsObservedUntilItsLastChunkWithTimeToFirstChunkAndItsUsage() {
		Flux<ChatCompletionChunk> chunks = Flux.just(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null, null),
				chunk("{\"content\":\"Hello\"}", null, null), chunk("{}", "stop", null),
				chunk(null, null, "{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11}"));
		Flux<ChatCompletionChunk> call = this.observation.observeStream(
				() -> CallObservation.context("createChatCompletion", "default", BASE_URL, true, null),
				chunks.delayElements(Duration.ofMillis(5)));

		StepVerifier.create(call).expectNextCount(4).expectComplete().verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasEvent("first_chunk")
			.hasLowCardinalityKeyValue("openai.outcome", "success")
			.hasHighCardinalityKeyValue("gen_ai.response.finish_reasons", "stop")
			.hasHighCardinalityKeyValue("gen_ai.usage.input_tokens", "9")
			.hasHighCardinalityKeyValue("gen_ai.usage.output_tokens", "2")
			.hasBeenStopped();
		assertThat(this.meters.get("gen_ai.client.operation.time_to_first_chunk").timer().count()).isEqualTo(1);
		assertThat(this.meters.get("gen_ai.client.operation.time_to_first_chunk")
			.timer()
			.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(5);
	}

	@Test
	void aCancelledStreamIsRecordedAsCancelledNotAsAnError() {
		Flux<Long> call = this.observation.observeStream(
				() -> CallObservation.context("createResponse", "default", BASE_URL, true, null),
				Flux.interval(Duration.ofMillis(1)));

		StepVerifier.create(call).expectNextCount(3).thenCancel().verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("openai.outcome", "cancelled")
			.hasLowCardinalityKeyValue("error.type", "none")
			.doesNotHaveError()
			.hasBeenStopped();
	}

	@Test
	void aResponsesStreamTakesItsAttributesFromTheFinalResponse() {
		Response response = read(Response.class,
				"{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1,\"status\":\"completed\",\"model\":\"gpt-4.1\",\"output\":[],\"metadata\":{},\"tools\":[],\"tool_choice\":\"auto\",\"parallel_tool_calls\":true,"
						+ "\"usage\":{\"input_tokens\":5,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":3,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":8}}");
		ResponseCompletedEvent completed = read(ResponseCompletedEvent.class,
				"{\"type\":\"response.completed\",\"sequence_number\":4,\"response\":"
						+ mapper.writeValueAsString(response) + "}");
		Flux<Object> call = this.observation.observeStream(
				() -> CallObservation.context("createResponse", "default", BASE_URL, true, null),
				Flux.just("created", completed));

		StepVerifier.create(call).expectNextCount(2).expectComplete().verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("gen_ai.response.model", "gpt-4.1")
			.hasHighCardinalityKeyValue("gen_ai.response.id", "resp_1")
			.hasHighCardinalityKeyValue("gen_ai.response.finish_reasons", "completed")
			.hasHighCardinalityKeyValue("gen_ai.usage.input_tokens", "5")
			.hasHighCardinalityKeyValue("gen_ai.usage.output_tokens", "3");
	}

	@Test
	void theObservationIsTheParentOfWhatTheCallObservesAndTheChildOfTheCallersObservation() {
		Observation caller = Observation.start("caller", this.registry);
		AtomicReference<Object> seen = new AtomicReference<>();
		Mono<String> call = this.observation.observe(
				() -> CallObservation.context("listModels", "default", BASE_URL, false, null),
				Mono.deferContextual((view) -> {
					seen.set(view.get(ObservationThreadLocalAccessor.KEY));
					return Mono.just("ok");
				}));

		StepVerifier.create(call.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, caller)))
			.expectNext("ok")
			.expectComplete()
			.verify(TestClients.TIMEOUT);
		caller.stop();

		Observation inner = (Observation) seen.get();
		assertThat(inner.getContext()).isInstanceOf(OpenAiObservationContext.class);
		assertThat(inner.getContextView().getParentObservation()).isSameAs(caller);
	}

	@Test
	void withoutOneInTheReactorContextTheParentIsTheObservationInScopeOnTheSubscribingThread() {
		Observation caller = Observation.start("caller", this.registry);
		AtomicReference<Object> seen = new AtomicReference<>();
		Mono<String> call = this.observation.observe(
				() -> CallObservation.context("listModels", "default", BASE_URL, false, null),
				Mono.deferContextual((view) -> {
					seen.set(view.get(ObservationThreadLocalAccessor.KEY));
					return Mono.just("ok");
				}));

		String answer = caller.scoped(() -> call.block(TestClients.TIMEOUT));
		caller.stop();

		assertThat(answer).isEqualTo("ok");
		Observation inner = (Observation) seen.get();
		assertThat(inner.getContextView().getParentObservation()).isSameAs(caller);
	}

	@Test
	void theCallIsSubscribedWithItsObservationCurrentOnTheThreadAndTheCallersAfterwards() {
		Observation caller = Observation.start("caller", this.registry);
		AtomicReference<Observation> current = new AtomicReference<>();
		Mono<String> call = this.observation.observe(
				() -> CallObservation.context("listModels", "default", BASE_URL, false, null), Mono.fromSupplier(() -> {
					current.set(this.registry.getCurrentObservation());
					return "ok";
				}));

		Observation afterwards = caller.scoped(() -> {
			call.block(TestClients.TIMEOUT);
			return this.registry.getCurrentObservation();
		});
		caller.stop();

		assertThat(current.get().getContext()).isInstanceOf(OpenAiObservationContext.class);
		assertThat(afterwards).isSameAs(caller);
	}

	@Test
	void metersAreRegisteredOnceAndRegisteredAgainAfterTheirRemoval() {
		for (int i = 0; i < 3; i++) {
			StepVerifier
				.create(this.observation.observe(
						() -> CallObservation.context("listModels", "default", BASE_URL, false, null), Mono.just("ok")))
				.expectNext("ok")
				.expectComplete()
				.verify(TestClients.TIMEOUT);
		}
		assertThat(this.meters.get(OpenAiMeterObservationHandler.OPERATION_DURATION).timer().count()).isEqualTo(3);
		this.meters.remove(this.meters.get(OpenAiMeterObservationHandler.OPERATION_DURATION).timer());

		StepVerifier
			.create(this.observation.observe(
					() -> CallObservation.context("listModels", "default", BASE_URL, false, null), Mono.just("ok")))
			.expectNext("ok")
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		assertThat(this.meters.get(OpenAiMeterObservationHandler.OPERATION_DURATION).timer().count()).isEqualTo(1);
	}

	@Test
	void withoutARegistryTheCallIsLeftAsItIs() {
		Mono<String> original = Mono.just("as is");
		CallObservation unobserved = new CallObservation(ObservationRegistry.NOOP, null);

		Mono<String> call = unobserved.observe(() -> {
			throw new AssertionError("no context is made when nothing observes");
		}, original);

		assertThat(call).isSameAs(original);
	}

	@Test
	void aConventionOfTheUsersOwnNamesTheObservation() {
		CallObservation custom = new CallObservation(this.registry, new DefaultOpenAiObservationConvention() {
			@Override
			public String getName() {
				return "my.openai";
			}
		});

		StepVerifier
			.create(custom.observe(() -> CallObservation.context("listModels", "default", BASE_URL, false, null),
					Mono.just(1)))
			.expectNext(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		TestObservationRegistryAssert.assertThat(this.registry).hasObservationWithNameEqualTo("my.openai");
	}

	private static ChatCompletion chatCompletion() {
		return read(ChatCompletion.class,
				"""
						{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o-2024-08-06",
						 "choices":[
						  {"index":0,"finish_reason":"stop","logprobs":null,"message":{"role":"assistant","content":"Hi","refusal":null}},
						  {"index":1,"finish_reason":"length","logprobs":null,"message":{"role":"assistant","content":"Hel","refusal":null}}],
						 "usage":{"prompt_tokens":12,"completion_tokens":7,"total_tokens":19}}
						""");
	}

	private static ChatCompletionChunk chunk(String delta, String finishReason, String usage) {
		String choices = (delta != null) ? "[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
				+ ((finishReason != null) ? "\"" + finishReason + "\"" : "null") + "}]" : "[]";
		return read(ChatCompletionChunk.class,
				"{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\",\"choices\":"
						+ choices + ((usage != null) ? ",\"usage\":" + usage : "") + "}");
	}

	private static <T> T read(Class<T> type, String json) {
		return mapper.readValue(json, type);
	}

}

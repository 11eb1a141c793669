package dev.reactiveai.openai.autoconfigure.observation;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a real tracer (Brave, through Micrometer Tracing and Spring Boot's tracing
 * auto-configuration), a call made inside a span continues its trace: the request that
 * reaches the server carries a W3C {@code traceparent} of the caller's trace and of the
 * call's HTTP span, a child of the call's {@code gen_ai.client.operation} span, which
 * carries the GenAI attributes and OpenAI's {@code x-request-id}.
 */
class OpenAiTracingTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");

	private static final CreateChatCompletionRequest REQUEST = CreateChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.messages(List.of(ChatCompletionRequestUserMessage.builder().content("Say hello in French").build()))
		.build();

	private final MockWebServer server = new MockWebServer();

	private final List<MutableSpan> spans = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
				MicrometerTracingAutoConfiguration.class, BraveAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				WebClientObservationAutoConfiguration.class, OpenAiAutoConfiguration.class))
		.withBean(SpanHandler.class, () -> new SpanHandler() {
			@Override
			public boolean end(TraceContext context, MutableSpan span, Cause cause) {
				OpenAiTracingTests.this.spans.add(span);
				return true;
			}
		})
		.withPropertyValues("management.tracing.sampling.probability=1.0", "openai.api-key=sk-test-traced");

	@BeforeEach
	void start() throws IOException {
		this.server.start();
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.setHeader("x-request-id", "req_traced")
			.body("""
					{"id":"chatcmpl-7","object":"chat.completion","created":1,"model":"gpt-4o-mini-2024-07-18",
					 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
					   "message":{"role":"assistant","content":"Bonjour","refusal":null}}],
					 "usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}
					""")
			.build());
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aCallInsideTheCallersObservationInTheReactorContextContinuesItsTrace() {
		assertTraceContinued((caller, call) -> call
			.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, caller))
			.block(TIMEOUT));
	}

	@Test
	void aCallSubscribedInsideTheCallersScopeContinuesItsTrace() {
		assertTraceContinued((caller, call) -> caller.scoped(() -> call.block(TIMEOUT)));
	}

	private void assertTraceContinued(BiFunction<Observation, Mono<ChatCompletion>, ChatCompletion> callInside) {
		this.contextRunner.withPropertyValues("openai.base-url=" + this.server.url("/v1")).run((context) -> {
			Observation caller = Observation.start("caller", context.getBean(ObservationRegistry.class));
			ChatCompletion answer = callInside.apply(caller,
					context.getBean(OpenAiClient.class).chat().completions().create(REQUEST));
			caller.stop();
			assertThat(answer.id()).isEqualTo("chatcmpl-7");

			RecordedRequest request = this.server.takeRequest(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(request).isNotNull();
			String traceparent = request.getHeaders().get("traceparent");
			assertThat(traceparent).isNotNull().matches(TRACEPARENT);
			Matcher sent = TRACEPARENT.matcher(traceparent);
			assertThat(sent.matches()).isTrue();

			MutableSpan callerSpan = span("caller");
			MutableSpan operation = span("chat gpt-4o-mini");
			MutableSpan http = this.spans.stream()
				.filter((span) -> operation.id().equals(span.parentId()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No child of the call's span among " + this.spans));
			assertThat(sent.group(1)).isEqualTo(callerSpan.traceId());
			assertThat(sent.group(2)).isEqualTo(http.id());
			assertThat(operation.traceId()).isEqualTo(callerSpan.traceId());
			assertThat(operation.parentId()).isEqualTo(callerSpan.id());
			assertThat(http.traceId()).isEqualTo(callerSpan.traceId());
			assertThat(http.tags()).containsEntry("http.url", this.server.url("/v1/chat/completions").toString());
			assertThat(operation.tags()).containsAllEntriesOf(Map.of("gen_ai.operation.name", "chat",
					"gen_ai.provider.name", "openai", "gen_ai.request.model", "gpt-4o-mini", "gen_ai.response.model",
					"gpt-4o-mini-2024-07-18", "gen_ai.response.id", "chatcmpl-7", "gen_ai.usage.input_tokens", "12",
					"gen_ai.usage.output_tokens", "3", "gen_ai.response.finish_reasons", "stop", "openai.request.id",
					"req_traced", "openai.operation.id", "createChatCompletion"));
		});
	}

	private MutableSpan span(String name) {
		return this.spans.stream()
			.filter((span) -> name.equals(span.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No span named '" + name + "' among " + this.spans));
	}

}

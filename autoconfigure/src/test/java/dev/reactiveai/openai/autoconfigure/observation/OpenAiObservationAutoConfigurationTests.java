package dev.reactiveai.openai.autoconfigure.observation;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.autoconfigure.OpenAiClients;
import dev.reactiveai.openai.observation.OpenAiMeterObservationHandler;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.observation.tck.TestObservationRegistryAssert.TestObservationRegistryAssertReturningObservationContextAssert;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients observe their calls in the application's observation registry, and token usage
 * becomes a meter where a meter registry is.
 */
class OpenAiObservationAutoConfigurationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final MockWebServer server = new MockWebServer();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
					OpenAiAutoConfiguration.class, OpenAiObservationAutoConfiguration.class));

	@BeforeEach
	void start() throws IOException {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void callsOfEveryClientAreObservedAndTheirTokensMetered() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1,\"owned_by\":\"openai\"}]}")
			.build());
		TestObservationRegistry observations = TestObservationRegistry.create();
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		this.contextRunner.withBean(TestObservationRegistry.class, () -> observations)
			.withBean(MeterRegistry.class, () -> meters)
			.withPropertyValues("openai.api-key=sk-test-observed", "openai.base-url=" + this.server.url("/v1"))
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenAiMeterObservationHandler.class);
				StepVerifier.create(context.getBean(OpenAiClient.class).models().list().collectList())
					.assertNext((models) -> assertThat(models).hasSize(1))
					.expectComplete()
					.verify(TIMEOUT);
				TestObservationRegistryAssert.assertThat(observations)
					.hasObservationWithNameEqualTo("gen_ai.client.operation")
					.that()
					.hasLowCardinalityKeyValue("openai.operation.id", "listModels")
					.hasLowCardinalityKeyValue("openai.client.name", "default");
			});
	}

	@Test
	void promptsAndCompletionsAreRecordedOnlyWhenThePropertyAsks() {
		String completion = """
				{"id":"chatcmpl-9","object":"chat.completion","created":1,"model":"gpt-4o-mini",
				 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
				   "message":{"role":"assistant","content":"Bonjour","refusal":null}}]}
				""";
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(completion)
			.build());
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(completion)
			.build());
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(List.of(ChatCompletionRequestUserMessage.builder().content("Say hello in French").build()))
			.build();
		for (boolean recorded : new boolean[] { false, true }) {
			TestObservationRegistry observations = TestObservationRegistry.create();
			this.contextRunner.withBean(TestObservationRegistry.class, () -> observations)
				.withPropertyValues("openai.api-key=sk-test-observed", "openai.base-url=" + this.server.url("/v1"),
						"openai.observations.record-content=" + recorded)
				.run((context) -> {
					StepVerifier.create(context.getBean(OpenAiClient.class).chat().completions().create(request))
						.expectNextCount(1)
						.expectComplete()
						.verify(TIMEOUT);
					if (recorded) {
						TestObservationRegistryAssert.assertThat(observations)
							.hasSingleObservationThat()
							.hasEvent("gen_ai.content.prompt")
							.hasEvent("gen_ai.content.completion", "Bonjour");
					}
					else {
						TestObservationRegistryAssert.assertThat(observations)
							.hasSingleObservationThat()
							.doesNotHaveEvent("gen_ai.content.prompt")
							.doesNotHaveEvent("gen_ai.content.completion");
					}
				});
		}
	}

	@Test
	void aNamedClientRecordsContentAsItsOwnPropertySaysOrElseAsTheDefaultClientDoes() {
		String recordingByDefault = "openai.observations.record-content=true";
		String quietClient = "openai.clients.quiet.observations.record-content=false";
		String inheritingClient = "openai.clients.inheriting.organization=org-inheriting";
		assertContentRecorded("default", true, recordingByDefault, quietClient, inheritingClient);
		assertContentRecorded("quiet", false, recordingByDefault, quietClient, inheritingClient);
		assertContentRecorded("inheriting", true, recordingByDefault, quietClient, inheritingClient);
		String loudClient = "openai.clients.loud.observations.record-content=true";
		assertContentRecorded("default", false, loudClient, inheritingClient);
		assertContentRecorded("loud", true, loudClient, inheritingClient);
		assertContentRecorded("inheriting", false, loudClient, inheritingClient);
	}

	private void assertContentRecorded(String client, boolean recorded, String... properties) {
		this.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("""
				{"id":"chatcmpl-9","object":"chat.completion","created":1,"model":"gpt-4o-mini",
				 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
				   "message":{"role":"assistant","content":"Bonjour","refusal":null}}]}
				""").build());
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(List.of(ChatCompletionRequestUserMessage.builder().content("Say hello in French").build()))
			.build();
		TestObservationRegistry observations = TestObservationRegistry.create();
		this.contextRunner.withBean(TestObservationRegistry.class, () -> observations)
			.withPropertyValues("openai.api-key=sk-test-observed", "openai.base-url=" + this.server.url("/v1"))
			.withPropertyValues(properties)
			.run((context) -> {
				OpenAiClient openAi = context.getBean(OpenAiClients.class).get(client);
				StepVerifier.create(openAi.chat().completions().create(request))
					.expectNextCount(1)
					.expectComplete()
					.verify(TIMEOUT);
				TestObservationRegistryAssertReturningObservationContextAssert observation = TestObservationRegistryAssert
					.assertThat(observations)
					.hasSingleObservationThat();
				observation.hasLowCardinalityKeyValue("openai.client.name", client);
				if (recorded) {
					observation.hasEvent("gen_ai.content.prompt").hasEvent("gen_ai.content.completion", "Bonjour");
				}
				else {
					observation.doesNotHaveEvent("gen_ai.content.prompt").doesNotHaveEvent("gen_ai.content.completion");
				}
			});
	}

	@Test
	void withoutAMeterRegistryThereIsNoMeterHandler() {
		this.contextRunner.withPropertyValues("openai.api-key=sk-test-observed")
			.run((context) -> assertThat(context).doesNotHaveBean(OpenAiMeterObservationHandler.class));
	}

}

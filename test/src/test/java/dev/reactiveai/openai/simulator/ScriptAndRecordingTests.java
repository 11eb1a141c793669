package dev.reactiveai.openai.simulator;

import java.time.Duration;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.AuthenticationException;
import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptAndRecordingTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void aRequestWithoutAKeyIsRefused() {
		try (OpenAiClient client = SimulatorClients.client(simulator.simulator(),
				(options) -> options.retries((retries) -> retries.withMaxRetries(0))
					.header("Authorization", "Basic c2ltdWxhdG9y"))) {
			StepVerifier.create(client.models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(AuthenticationException.class,
						(error) -> assertThat(error.statusCode()).isEqualTo(401)))
				.verify(TIMEOUT);
		}
	}

	@Test
	void aScriptedReplyAnswersTheNextCompletion() {
		simulator.simulator().script().nextReply("Paris is the capital of France.");
		StepVerifier.create(simulator.client().chat().completions().create(SimulatorClients.chat("Capital?")))
			.assertNext((completion) -> assertThat(completion.choices().get(0).message().content())
				.isEqualTo("Paris is the capital of France."))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(simulator.client().chat().completions().create(SimulatorClients.chat("Capital?")))
			.assertNext((completion) -> assertThat(completion.choices().get(0).message().content())
				.isNotEqualTo("Paris is the capital of France."))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void aStubAnswersItsMethodAndPath() {
		simulator.simulator()
			.script()
			.stub("GET", "/models/gpt-4o", 404,
					"{\"error\":{\"message\":\"gone\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}");
		try (OpenAiClient client = SimulatorClients.client(simulator.simulator(),
				(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			StepVerifier.create(client.models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(NotFoundException.class,
						(error) -> assertThat(error.code()).isEqualTo("model_not_found")))
				.verify(TIMEOUT);
			StepVerifier.create(client.models().retrieve("gpt-4o-mini"))
				.expectNextCount(1)
				.expectComplete()
				.verify(TIMEOUT);
		}
	}

	@Test
	void recordedRequestsReadIntoTheClientsModel() {
		StepVerifier.create(simulator.client().chat().completions().create(SimulatorClients.chat("Hello")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest recorded = simulator.simulator().requests().last();
		assertThat(recorded).isNotNull();
		assertThat(recorded.operationId()).isEqualTo("createChatCompletion");
		CreateChatCompletionRequest body = recorded.body(CreateChatCompletionRequest.class);
		assertThat(body.messages()).hasSize(1);
		assertThat(recorded.json().path("model").asString()).isEqualTo("gpt-4o-mini");
		assertThat(recorded.receivedAt()).isNotNull();
	}

	@Test
	void recordedRequestsAreBoundedByTheCapacity() {
		try (OpenAiSimulator bounded = OpenAiSimulator.builder().requestCapacity(3).start();
				OpenAiClient client = SimulatorClients.client(bounded, (options) -> {
				})) {
			for (String model : new String[] { "gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini", "gpt-5" }) {
				StepVerifier.create(client.models().retrieve(model))
					.expectNextCount(1)
					.expectComplete()
					.verify(TIMEOUT);
			}
			assertThat(bounded.requests().count()).isEqualTo(3);
			assertThat(bounded.requests().all()).extracting(RecordedRequest::path)
				.containsExactly("/models/gpt-4o", "/models/gpt-4o-mini", "/models/gpt-5");
		}
	}

	@Test
	void resetForgetsStoredResourcesAndRecordedRequests() {
		CreateChatCompletionRequest stored = SimulatorClients.chat("Remember me").toBuilder().store(true).build();
		String id = simulator.client().chat().completions().create(stored).block(TIMEOUT).id();
		StepVerifier.create(simulator.client().chat().completions().retrieve(id))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		simulator.simulator().reset();
		assertThat(simulator.simulator().requests().count()).isZero();
		try (OpenAiClient client = SimulatorClients.client(simulator.simulator(),
				(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			StepVerifier.create(client.chat().completions().retrieve(id))
				.expectError(NotFoundException.class)
				.verify(TIMEOUT);
		}
	}

	@Test
	void scriptedRepliesAnswerChatCompletionsAndResponsesAlikeInOrder() {
		simulator.simulator().script().nextReply("First, from the script.").nextReply("Second, from the script.");
		ObjectNode response = ToolCallSimulationTests.response("Hi");
		StepVerifier.create(SimulatorHttp.call(simulator.simulator(), "/responses", response))
			.assertNext((answer) -> assertThat(
					answer.json().path("output").path(0).path("content").path(0).path("text").asString())
				.isEqualTo("First, from the script."))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(simulator.client().chat().completions().create(SimulatorClients.chat("Hi")))
			.assertNext((completion) -> assertThat(completion.choices().get(0).message().content())
				.isEqualTo("Second, from the script."))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void aScriptedToolCallWithoutArgumentsGetsThemFromTheToolsSchemaOnBothApis() {
		simulator.simulator().script().nextToolCall("book_hotel").nextToolCall("book_hotel");
		ObjectNode chat = ToolCallSimulationTests.chat("Hello");
		ToolCallSimulationTests.chatTool(chat, "get_weather", ToolCallSimulationTests.WEATHER_PARAMETERS);
		ToolCallSimulationTests.chatTool(chat, "book_hotel", ToolCallSimulationTests.BOOKING_PARAMETERS);
		JsonNode parameters = OpenAiJson.mapper().readTree(ToolCallSimulationTests.BOOKING_PARAMETERS);
		StepVerifier.create(SimulatorHttp.call(simulator.simulator(), "/chat/completions", chat))
			.assertNext((answer) -> {
				JsonNode function = answer.json()
					.path("choices")
					.path(0)
					.path("message")
					.path("tool_calls")
					.path(0)
					.path("function");
				assertThat(function.path("name").asString()).isEqualTo("book_hotel");
				SchemaAssertions.assertValid(parameters,
						OpenAiJson.mapper().readTree(function.path("arguments").asString()));
			})
			.expectComplete()
			.verify(TIMEOUT);
		ObjectNode response = ToolCallSimulationTests.response("Hello");
		response.putArray("tools")
			.addObject()
			.put("type", "function")
			.put("name", "book_hotel")
			.set("parameters", parameters);
		StepVerifier.create(SimulatorHttp.call(simulator.simulator(), "/responses", response)).assertNext((answer) -> {
			JsonNode call = answer.json().path("output").path(0);
			assertThat(call.path("type").asString()).isEqualTo("function_call");
			assertThat(call.path("name").asString()).isEqualTo("book_hotel");
			SchemaAssertions.assertValid(parameters, OpenAiJson.mapper().readTree(call.path("arguments").asString()));
		}).expectComplete().verify(TIMEOUT);
	}

	@Test
	void aScriptedToolCallWithArgumentsSendsThemAsTheyAre() {
		simulator.simulator().script().nextToolCall("get_weather", "{\"city\":\"Paris\"}");
		ObjectNode response = ToolCallSimulationTests.response("Hello");
		StepVerifier.create(SimulatorHttp.call(simulator.simulator(), "/responses", response))
			.assertNext((answer) -> assertThat(answer.json().path("output").path(0).path("arguments").asString())
				.isEqualTo("{\"city\":\"Paris\"}"))
			.expectComplete()
			.verify(TIMEOUT);
	}

}

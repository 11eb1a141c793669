package dev.reactiveai.openai.simulator;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.helpers.Tool;
import dev.reactiveai.openai.helpers.ToolLoop;
import dev.reactiveai.openai.helpers.ToolLoopEvent;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's streaming tool loop with tools from annotated methods, as written there
 * ({@code WeatherTools}, {@code WeatherChat}), run against the simulator: the snippet
 * compiles and does what the README says.
 */
class ReadmeToolExamplesTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void theStreamedAnswerComesAfterBothToolsRan() {
		WeatherChat chat = new WeatherChat(simulator.client(), new WeatherTools());

		StepVerifier.create(chat.ask("What are the weather and the local time in Paris?").collectList())
			.assertNext(
					(text) -> assertThat(String.join("", text)).contains("Sunny, 21 degrees in").contains("12:00 in"))
			.expectComplete()
			.verify(TIMEOUT);
		JsonNode messages = simulator.simulator()
			.requests()
			.forOperation("createChatCompletion")
			.get(1)
			.json()
			.path("messages");
		assertThat(messages.path(2).path("content").asString()).startsWith("12:00 in");
		assertThat(messages.path(3).path("content").asString()).startsWith("Sunny, 21 degrees in");
	}

	// From here on, as in the README (there, top-level classes).

	@Component
	static class WeatherTools {

		record City(@JsonPropertyDescription("The city, in English") String name) {
		}

		@Tool(description = "The weather today in a city")
		String weather(City city) { // may block: runs on Reactor's boundedElastic
			return "Sunny, 21 degrees in " + city.name();
		}

		@Tool(description = "The local time in a city")
		Mono<String> localTime(City city) {
			return Mono.just("12:00 in " + city.name());
		}

	}

	@Component
	static class WeatherChat {

		private static final Logger logger = LoggerFactory.getLogger(WeatherChat.class);

		private final OpenAiClient client;

		private final ToolLoop loop;

		WeatherChat(OpenAiClient client, WeatherTools tools) {
			this.client = client;
			this.loop = ToolLoop.builder().tools(tools).build(); // local_time and weather
		}

		Flux<String> ask(String question) {
			CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
				.model("gpt-4.1-mini")
				.addUserMessage(question)
				.build();
			return this.loop.chatStream(this.client.chat().completions(), request).doOnNext((event) -> {
				if (event instanceof ToolLoopEvent.ToolCallFinished call) {
					logger.info("{}({}) -> {}", call.name(), call.arguments(), call.output());
				}
			}).ofType(ToolLoopEvent.TextDelta.class).map(ToolLoopEvent.TextDelta::text);
		}

	}

}

package dev.reactiveai.openai.simulator;

import java.util.List;
import java.util.function.Consumer;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.OpenAiClientOptionsBuilder;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;

/**
 * Clients of a simulator, and the requests the tests send.
 */
final class SimulatorClients {

	static final String API_KEY = "sk-simulator";

	private SimulatorClients() {
	}

	static OpenAiClient client(OpenAiSimulator simulator, Consumer<OpenAiClientOptionsBuilder> customizer) {
		OpenAiClientOptionsBuilder options = OpenAiClientOptions.builder().baseUrl(simulator.baseUrl()).apiKey(API_KEY);
		customizer.accept(options);
		return OpenAiClient.builder().options(options.build()).build();
	}

	static CreateChatCompletionRequest chat(String content) {
		return CreateChatCompletionRequest.builder()
			.model("gpt-4o-mini")
			.messages(List.of(ChatCompletionRequestUserMessage.builder().content(content).build()))
			.build();
	}

}

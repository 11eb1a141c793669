package dev.reactiveai.openai.samples.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.samples.chat.ChatController.ConversationView;
import dev.reactiveai.openai.samples.chat.ChatController.EventData;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After one chat message, the sample's Prometheus endpoint shows the client's token usage
 * and operation duration, tagged with operation and model, and Spring's HTTP client
 * metric tagged with the operation's path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "openai.simulator.enabled=true", "openai.simulator.tokens-per-second=1000",
				"openai.simulator.latency=0s" })
@AutoConfigureWebTestClient
class ChatSampleMetricsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<ServerSentEvent<EventData>> EVENT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private WebTestClient client;

	@Autowired
	private OpenAiSimulator simulator;

	@Test
	void prometheusShowsTokenUsageDurationAndTheHttpClientsUriTemplateAfterAChat()
			throws InterruptedException, IOException {
		WebTestClient client = this.client.mutate().responseTimeout(TIMEOUT).build();
		this.simulator.script().nextReply("Metrics are counted for every call.");
		ConversationView conversation = client.post()
			.uri("/api/conversations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ConversationView.class)
			.returnResult()
			.getResponseBody();
		assertThat(conversation).isNotNull();
		List<ServerSentEvent<EventData>> events = client.post()
			.uri("/api/conversations/{id}/messages", conversation.id())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("text", "What is counted?"))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(EVENT)
			.getResponseBody()
			.collectList()
			.block(TIMEOUT);
		assertThat(events).last().extracting(ServerSentEvent::event).isEqualTo("done");

		// The HTTP client's observation of the stream may stop just after the answer
		// ended: a few bounded looks.
		String metrics = "";
		for (int look = 0; look < 50 && !metrics.contains("http_client_requests_seconds_count"); look++) {
			Thread.sleep(look == 0 ? 0 : 100);
			metrics = prometheus(client);
		}
		// Kept for the README's example of what the endpoint shows.
		Path saved = Path.of("target", "prometheus-after-chat.txt");
		Files.createDirectories(saved.getParent());
		Files.writeString(saved, metrics);
		assertThat(lines(metrics, "gen_ai_client_token_usage_tokens_sum{"))
			.anySatisfy((line) -> assertThat(line).contains("gen_ai_operation_name=\"chat\"",
					"gen_ai_request_model=\"gpt-4.1-mini\"", "gen_ai_token_type=\"input\""));
		assertThat(lines(metrics, "gen_ai_client_token_usage_tokens_sum{")).anySatisfy(
				(line) -> assertThat(line).contains("gen_ai_operation_name=\"chat\"", "gen_ai_token_type=\"output\""));
		assertThat(lines(metrics, "gen_ai_client_operation_duration_seconds_count{"))
			.anySatisfy((line) -> assertThat(line)
				.contains("gen_ai_operation_name=\"chat\"", "gen_ai_request_model=\"gpt-4.1-mini\"")
				.endsWith(" 1"));
		assertThat(lines(metrics, "http_client_requests_seconds_count{"))
			.anySatisfy((line) -> assertThat(line).contains("uri=\"/chat/completions\""))
			.allSatisfy((line) -> assertThat(line).doesNotContain("uri=\"none\""));
	}

	private static String prometheus(WebTestClient client) {
		return client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> lines(String metrics, String prefix) {
		return metrics.lines().filter((line) -> line.startsWith(prefix)).toList();
	}

}

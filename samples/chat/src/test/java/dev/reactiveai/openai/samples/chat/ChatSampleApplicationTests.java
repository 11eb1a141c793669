package dev.reactiveai.openai.samples.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.samples.chat.ChatController.ConversationView;
import dev.reactiveai.openai.samples.chat.ChatController.EventData;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
 * The sample's endpoints over HTTP, answered by the OpenAI simulator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "openai.simulator.enabled=true", "openai.simulator.tokens-per-second=1000",
				"openai.simulator.latency=0s", "sample.max-turns=2" })
@AutoConfigureWebTestClient
class ChatSampleApplicationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final ParameterizedTypeReference<ServerSentEvent<EventData>> EVENT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private WebTestClient client;

	@Autowired
	private OpenAiSimulator simulator;

	@BeforeEach
	void reset() {
		this.simulator.reset();
		this.client = this.client.mutate().responseTimeout(TIMEOUT).build();
	}

	@Test
	void streamsTheAnswerAsDeltaEventsThenTheWholeAnswer() {
		String reply = "Reactive streams hand each token to the page as soon as the model writes it.";
		this.simulator.script().nextReply(reply);
		List<ServerSentEvent<EventData>> events = send(startConversation(), "What does streaming give me?");
		List<ServerSentEvent<EventData>> deltas = events.subList(0, events.size() - 1);
		assertThat(deltas).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy((event) -> assertThat(event.event()).isEqualTo("delta"));
		assertThat(deltas.stream().map((event) -> event.data().text())).containsSubsequence(" page", " model");
		assertThat(String.join("", deltas.stream().map((event) -> event.data().text()).toList())).isEqualTo(reply);
		ServerSentEvent<EventData> done = events.get(events.size() - 1);
		assertThat(done.event()).isEqualTo("done");
		assertThat(done.data().text()).isEqualTo(reply);
	}

	@Test
	void sendsTheEarlierTurnsWithTheNextMessage() {
		this.simulator.script().nextReply("Paris.").nextReply("About two million people.");
		String id = startConversation();
		send(id, "What is the capital of France?");
		send(id, "How many people live there?");
		List<RecordedRequest> requests = this.simulator.requests().forPath("/chat/completions");
		assertThat(requests).hasSize(2);
		JsonNode second = requests.get(1).json();
		assertThat(second.path("stream").asBoolean()).isTrue();
		assertThat(roles(second)).containsExactly("system", "user", "assistant", "user");
		assertThat(contents(second)).endsWith("What is the capital of France?", "Paris.",
				"How many people live there?");
		assertThat(conversation(id).turns()).extracting(Conversations.Turn::answer)
			.containsExactly("Paris.", "About two million people.");
	}

	@Test
	void keepsOnlyTheMostRecentTurns() {
		this.simulator.script().nextReply("One.").nextReply("Two.").nextReply("Three.").nextReply("Four.");
		String id = startConversation();
		send(id, "First?");
		send(id, "Second?");
		send(id, "Third?");
		send(id, "Fourth?");
		JsonNode last = this.simulator.requests().forPath("/chat/completions").get(3).json();
		assertThat(contents(last)).endsWith("Second?", "Two.", "Third?", "Three.", "Fourth?");
		assertThat(roles(last)).hasSize(6);
		assertThat(conversation(id).turns()).extracting(Conversations.Turn::question)
			.containsExactly("Third?", "Fourth?");
	}

	@Test
	void endsWithAnErrorEventWhenTheApiFailsAndKeepsNoTurn() {
		this.simulator.faults().failNext(1, 400);
		String id = startConversation();
		List<ServerSentEvent<EventData>> events = send(id, "Hello?");
		assertThat(events).hasSize(1);
		assertThat(events.get(0).event()).isEqualTo("error");
		assertThat(events.get(0).data().text()).isNotBlank();
		assertThat(conversation(id).turns()).isEmpty();
	}

	@Test
	void endsWithAnErrorEventWhenTheStreamBreaksOffAndKeepsNoTurn() {
		this.simulator.faults().cutNextStreamAfter(4);
		String id = startConversation();
		List<ServerSentEvent<EventData>> events = send(id, "Hello?");
		assertThat(events).isNotEmpty();
		assertThat(events.get(events.size() - 1).event()).isEqualTo("error");
		assertThat(events).noneMatch((event) -> "done".equals(event.event()));
		assertThat(conversation(id).turns()).isEmpty();
	}

	@Test
	void answersNotFoundForAnUnknownConversation() {
		this.client.post()
			.uri("/api/conversations/{id}/messages", "no-such-conversation")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("text", "Hello?"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
		assertThat(this.simulator.requests().count()).isZero();
	}

	@Test
	void rejectsAnEmptyMessage() {
		this.client.post()
			.uri("/api/conversations/{id}/messages", startConversation())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("text", "  "))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400);
		assertThat(this.simulator.requests().count()).isZero();
	}

	@Test
	void ranksTheDocumentSharingTheQueryWordsFirst() {
		JsonNode results = search("wild yeast bread");
		assertThat(results).hasSize(8);
		assertThat(results.get(0).path("title").asString()).isEqualTo("Sourdough");
		for (int i = 1; i < results.size(); i++) {
			assertThat(results.get(i).path("score").asDouble())
				.isLessThanOrEqualTo(results.get(i - 1).path("score").asDouble());
		}
		assertThat(results.get(0).path("score").asDouble()).isGreaterThan(results.get(1).path("score").asDouble());
		assertThat(search("ocean tides and the moon").get(0).path("title").asString()).isEqualTo("Tides");
	}

	@Test
	void answersBadGatewayWithTheReasonWhenTheSearchFails() {
		this.simulator.faults().forPath("/embeddings").failNext(1, 400);
		this.client.get()
			.uri("/api/search?q={query}", "wild yeast bread")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("HTTP 400"));
	}

	private String startConversation() {
		ConversationView conversation = this.client.post()
			.uri("/api/conversations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ConversationView.class)
			.returnResult()
			.getResponseBody();
		assertThat(conversation).isNotNull();
		return conversation.id();
	}

	private ConversationView conversation(String id) {
		ConversationView conversation = this.client.get()
			.uri("/api/conversations/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ConversationView.class)
			.returnResult()
			.getResponseBody();
		assertThat(conversation).isNotNull();
		return conversation;
	}

	private List<ServerSentEvent<EventData>> send(String id, String text) {
		List<ServerSentEvent<EventData>> events = this.client.post()
			.uri("/api/conversations/{id}/messages", id)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("text", text))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(EVENT)
			.getResponseBody()
			.collectList()
			.block(TIMEOUT);
		assertThat(events).isNotNull();
		return events;
	}

	private JsonNode search(String query) {
		JsonNode results = this.client.get()
			.uri((uri) -> uri.path("/api/search").queryParam("q", query).build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(results).isNotNull();
		return results;
	}

	private static List<String> roles(JsonNode request) {
		return request.path("messages").valueStream().map((message) -> message.path("role").asString()).toList();
	}

	private static List<String> contents(JsonNode request) {
		return request.path("messages").valueStream().map((message) -> message.path("content").asString()).toList();
	}

}

package dev.reactiveai.openai;

import java.util.List;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.MockApi;
import dev.reactiveai.openai.core.TestClients;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionRequestSystemMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.Model;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static dev.reactiveai.openai.core.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services proven on the core: Models, Chat Completions, Embeddings, Files. Also
 * docs/reliability.md, case 14: unknown fields are kept, never fatal.
 */
class ServicesTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	private final JsonMapper json = new JsonMapper();

	@Test
	void listsModels() throws InterruptedException {
		this.api.enqueue(json("{\"object\":\"list\",\"data\":[" + TestClients.model("gpt-4o") + ","
				+ TestClients.model("o3") + "]}"));
		StepVerifier.create(this.api.client().models().list().map(Model::id))
			.expectNext("gpt-4o", "o3")
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/models");
	}

	@Test
	void deletesAModel() throws InterruptedException {
		this.api.enqueue(json("{\"id\":\"ft:gpt-4o:acme\",\"object\":\"model\",\"deleted\":true}"));
		StepVerifier.create(this.api.client().models().delete("ft:gpt-4o:acme"))
			.expectNextMatches((deleted) -> deleted.deleted())
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.takeRequest().getMethod()).isEqualTo("DELETE");
	}

	@Test
	void betaGroupsSendTheBetaHeaderTheApiRequires() throws InterruptedException {
		this.api.enqueue(json("{\"object\":\"list\",\"data\":[],\"has_more\":false}"));
		this.api.enqueue(json("{\"id\":\"cksess_1\",\"object\":\"chatkit.thread.deleted\",\"deleted\":true}"));
		this.api.enqueue(json("{\"object\":\"list\",\"data\":[]}"));
		StepVerifier.create(this.api.client().assistants().list()).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.api.client().chatkit().threads().delete("cthr_1"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(this.api.client().models().list()).expectComplete().verify(TIMEOUT);
		assertThat(this.api.takeRequest().getHeaders().get("OpenAI-Beta")).isEqualTo("assistants=v2");
		assertThat(this.api.takeRequest().getHeaders().get("OpenAI-Beta")).isEqualTo("chatkit_beta=v1");
		assertThat(this.api.takeRequest().getHeaders().get("OpenAI-Beta")).isNull();
	}

	@Test
	void createsAChatCompletionSendingOnlyWhatIsSet() throws InterruptedException {
		this.api.enqueue(new MockResponse.Builder(json("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\","
				+ "\"created\":1741569952,\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
				+ "\"content\":\"Hello!\",\"refusal\":null},\"finish_reason\":\"stop\",\"logprobs\":null}],"
				+ "\"usage\":{\"prompt_tokens\":19,\"completion_tokens\":10,\"total_tokens\":29,"
				+ "\"completion_tokens_details\":{\"reasoning_tokens\":0}},\"service_tier\":\"default\"}"))
			.setHeader("x-request-id", "req_abc")
			.setHeader("x-ratelimit-remaining-requests", "99")
			.build());
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model("gpt-4o")
			.messages(List.of(ChatCompletionRequestSystemMessage.builder().content("Be brief").build(),
					ChatCompletionRequestUserMessage.builder().content("Hi").build()))
			.temperature(0.2)
			.additionalProperty("store", true)
			.build();
		StepVerifier.create(this.api.client().chat().completions().withRawResponse().create(request))
			.assertNext((ApiResponse<ChatCompletion> response) -> {
				assertThat(response.requestId()).isEqualTo("req_abc");
				assertThat(response.rateLimits().remainingRequests()).isEqualTo(99);
				ChatCompletion completion = response.body();
				assertThat(completion.choices().get(0).message().content()).isEqualTo("Hello!");
				assertThat(completion.usage().totalTokens()).isEqualTo(29);
				assertThat(completion.usage().completionTokensDetails()).isNotNull();
			})
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest sent = this.api.takeRequest();
		JsonNode body = this.json.readTree(sent.getBody().utf8());
		assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(body.get("model").asString()).isEqualTo("gpt-4o");
		assertThat(body.get("messages").get(1).get("content").asString()).isEqualTo("Hi");
		assertThat(body.get("temperature").asDouble()).isEqualTo(0.2);
		assertThat(body.get("store").asBoolean()).isTrue();
		assertThat(body.has("stream")).isFalse();
		assertThat(body.has("top_p")).isFalse();
		assertThat(body.has("additional_properties")).isFalse();
	}

	@Test
	void streamingSetsTheStreamFlag() throws InterruptedException {
		this.api.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/event-stream")
			.body("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
					+ "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"}}]}\n\ndata: [DONE]\n\n")
			.build());
		StepVerifier.create(this.api.client().chat().completions().createStream(TestClients.chatRequest("x")))
			.expectNextMatches((chunk) -> TestClients.content(chunk).equals("Hi"))
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest sent = this.api.takeRequest();
		assertThat(this.json.readTree(sent.getBody().utf8()).get("stream").asBoolean()).isTrue();
		assertThat(sent.getHeaders().get("Accept")).isEqualTo("text/event-stream");
	}

	@Test
	void embedsWithFloatEncoding() {
		this.api.enqueue(json("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,"
				+ "\"embedding\":[0.25,-0.5,1.0]}],\"model\":\"text-embedding-3-small\","
				+ "\"usage\":{\"prompt_tokens\":2,\"total_tokens\":2}}"));
		StepVerifier
			.create(this.api.client()
				.embeddings()
				.create(CreateEmbeddingRequest.builder().model("text-embedding-3-small").input("hi").build()))
			.assertNext((response) -> assertThat(response.data().get(0).embedding().values()).containsExactly(0.25f,
					-0.5f, 1.0f))
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void embedsWithBase64Encoding() throws InterruptedException {
		// 0.25f, -0.5f, 1.0f as little-endian float32
		this.api.enqueue(json("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,"
				+ "\"embedding\":\"AACAPgAAAL8AAIA/\"}],\"model\":\"m\",\"usage\":{\"prompt_tokens\":2,\"total_tokens\":2}}"));
		StepVerifier
			.create(this.api.client()
				.embeddings()
				.create(CreateEmbeddingRequest.builder()
					.model("m")
					.input(List.of("a", "b"))
					.encodingFormat("base64")
					.build()))
			.assertNext((response) -> assertThat(response.data().get(0).embedding().values()).containsExactly(0.25f,
					-0.5f, 1.0f))
			.expectComplete()
			.verify(TIMEOUT);
		JsonNode body = this.json.readTree(this.api.takeRequest().getBody().utf8());
		assertThat(body.get("encoding_format").asString()).isEqualTo("base64");
		assertThat(body.get("input")).hasSize(2);
	}

	@Test
	void retrievesAndDeletesAFile() {
		this.api.enqueue(json("{\"id\":\"file-1\",\"object\":\"file\",\"bytes\":10,\"created_at\":1,"
				+ "\"filename\":\"a.jsonl\",\"purpose\":\"batch\",\"retention_class\":\"new field\"}"));
		this.api.enqueue(json("{\"id\":\"file-1\",\"object\":\"file\",\"deleted\":true}"));
		StepVerifier.create(this.api.client().files().retrieve("file-1")).assertNext((file) -> {
			assertThat(file.filename()).isEqualTo("a.jsonl");
			assertThat(file.additionalProperties()).containsEntry("retention_class", "new field");
		}).expectComplete().verify(TIMEOUT);
		StepVerifier.create(this.api.client().files().delete("file-1"))
			.expectNextMatches((deleted) -> deleted.deleted())
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void unknownFieldsAreKeptAndSerializedBack() {
		this.api.enqueue(json("{\"id\":\"gpt-5\",\"object\":\"model\",\"created\":1,\"owned_by\":\"openai\","
				+ "\"capabilities\":{\"vision\":true},\"tier\":\"new-tier\"}"));
		StepVerifier.create(this.api.client().models().retrieve("gpt-5")).assertNext((model) -> {
			assertThat(model.additionalProperties()).containsEntry("tier", "new-tier").containsKey("capabilities");
			String written = this.api.client().transport().jsonMapper().writeValueAsString(model);
			assertThat(this.json.readTree(written).get("capabilities").get("vision").asBoolean()).isTrue();
			assertThat(written).contains("\"owned_by\":\"openai\"");
		}).expectComplete().verify(TIMEOUT);
	}

}

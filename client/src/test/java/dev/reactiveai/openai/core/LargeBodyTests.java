package dev.reactiveai.openai.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Base64;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.OpenAiMemoryLimitException;
import dev.reactiveai.openai.error.OpenAiResponseException;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.CreateEmbeddingResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reliability.md, case 12: very large bodies decode, or fail naming the limit.
 */
class LargeBodyTests {

	private static final int INPUTS = 2048;

	private static final int DIMENSIONS = 3072;

	private final LoopbackServer server = new LoopbackServer();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aThirtyFourMegabyteBase64EmbeddingsResponseDecodes() {
		byte[] body = base64Embeddings();
		assertThat(body.length).isGreaterThan(33_000_000);
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(response.header("Content-Type", "application/json").sendByteArray(Mono.just(body)).then()));
		try (OpenAiClient client = TestClients.client(this.server.baseUrl(), (options) -> {
		})) {
			StepVerifier
				.create(client.embeddings()
					.create(CreateEmbeddingRequest.builder()
						.model("text-embedding-3-large")
						.input("x")
						.encodingFormat("base64")
						.build()))
				.assertNext((CreateEmbeddingResponse response) -> {
					assertThat(response.data()).hasSize(INPUTS);
					assertThat(response.data().get(7).embedding().size()).isEqualTo(DIMENSIONS);
					assertThat(response.data().get(7).embedding().values()[5]).isEqualTo(7 * 0.001f + 5);
				})
				.expectComplete()
				.verify(Duration.ofSeconds(60));
		}
	}

	@Test
	void aBodyOverTheLimitFailsNamingTheLimit() {
		byte[] body = ("{\"object\":\"list\",\"data\":[],\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
		this.server.handle((request, response) -> LoopbackServer.drain(request)
			.then(response.header("Content-Type", "application/json").sendByteArray(Mono.just(body)).then()));
		try (OpenAiClient client = TestClients.client(this.server.baseUrl(),
				(options) -> options.memory((memory) -> memory.withMaxInMemorySize(DataSize.ofMegabytes(1))))) {
			StepVerifier
				.create(client.embeddings().create(CreateEmbeddingRequest.builder().model("m").input("x").build()))
				.expectErrorSatisfies(
						(ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAiMemoryLimitException.class, (limit) -> {
							assertThat(limit.setting()).isEqualTo(ClientSetting.MAX_IN_MEMORY_SIZE);
							assertThat(limit.limitBytes()).isEqualTo(1048576);
							assertThat(limit.clientName()).isEqualTo("default");
						})
							.isInstanceOf(OpenAiResponseException.class)
							.hasMessageContaining("1048576")
							.hasMessageContaining("OpenAiClientOptions.maxInMemorySize"))
				.verify(Duration.ofSeconds(20));
		}
	}

	private static byte[] base64Embeddings() {
		StringBuilder json = new StringBuilder(34_000_000).append("{\"object\":\"list\",\"data\":[");
		ByteBuffer vector = ByteBuffer.allocate(DIMENSIONS * 4).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < INPUTS; i++) {
			vector.clear();
			for (int d = 0; d < DIMENSIONS; d++) {
				vector.putFloat(i * 0.001f + d);
			}
			json.append((i > 0) ? "," : "")
				.append("{\"object\":\"embedding\",\"index\":")
				.append(i)
				.append(",\"embedding\":\"")
				.append(Base64.getEncoder().encodeToString(vector.array()))
				.append("\"}");
		}
		json.append("],\"model\":\"text-embedding-3-large\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}");
		return json.toString().getBytes();
	}

}

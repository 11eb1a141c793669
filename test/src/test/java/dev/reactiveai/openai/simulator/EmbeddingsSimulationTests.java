package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.CreateEmbeddingResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmbeddingsSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String SMALL = "text-embedding-3-small";

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void decodesBase64AndFloatToTheSameVector() {
		float[] floats = embed(CreateEmbeddingRequest.builder()
			.model(SMALL)
			.input("Sourdough rises with wild yeast")
			.encodingFormat("float")
			.build()).get(0);
		float[] base64 = embed(CreateEmbeddingRequest.builder()
			.model(SMALL)
			.input("Sourdough rises with wild yeast")
			.encodingFormat("base64")
			.build()).get(0);
		assertThat(base64).hasSize(1536).containsExactly(floats);
		assertThat(simulator.simulator().requests().forOperation("createEmbedding").get(1).bodyText())
			.contains("\"encoding_format\":\"base64\"");
	}

	@Test
	void ranksADocumentSharingWordsAboveAnUnrelatedOne() {
		List<float[]> vectors = embed(CreateEmbeddingRequest.builder()
			.model(SMALL)
			.input(List.of("wild yeast bread", "Sourdough bread rises with wild yeast and bacteria",
					"Ocean tides rise and fall with the moon"))
			.build());
		double related = cosine(vectors.get(0), vectors.get(1));
		double unrelated = cosine(vectors.get(0), vectors.get(2));
		assertThat(related).isGreaterThan(0.3).isGreaterThan(unrelated);
		assertThat(unrelated).isCloseTo(0.0, within(0.1));
	}

	@Test
	void givesTheSameTextTheSameUnitVector() {
		CreateEmbeddingRequest request = CreateEmbeddingRequest.builder().model(SMALL).input("Same text").build();
		float[] first = embed(request).get(0);
		float[] second = embed(request).get(0);
		assertThat(second).containsExactly(first);
		assertThat(cosine(first, first)).isCloseTo(1.0, within(1e-5));
	}

	@Test
	void honoursTheRequestedDimensions() {
		assertThat(embed(CreateEmbeddingRequest.builder().model(SMALL).input("x").dimensions(256L).build()).get(0))
			.hasSize(256);
	}

	@Test
	void sizesVectorsByModelByDefault() {
		assertThat(embed(CreateEmbeddingRequest.builder().model("text-embedding-3-large").input("x").build()).get(0))
			.hasSize(3072);
		assertThat(embed(CreateEmbeddingRequest.builder().model("text-embedding-ada-002").input("x").build()).get(0))
			.hasSize(1536);
	}

	@Test
	void embedsEachStringOfAnArrayAtItsIndex() {
		StepVerifier
			.create(simulator.client()
				.embeddings()
				.create(CreateEmbeddingRequest.builder().model(SMALL).input(List.of("alpha", "beta", "alpha")).build()))
			.assertNext((response) -> {
				assertThat(response.data()).extracting((embedding) -> embedding.index()).containsExactly(0L, 1L, 2L);
				assertThat(response.data().get(2).embedding()).isEqualTo(response.data().get(0).embedding());
				assertThat(response.data().get(1).embedding()).isNotEqualTo(response.data().get(0).embedding());
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void embedsTokenArraysAndCountsTheirTokens() {
		CreateEmbeddingRequest.Input tokens = new CreateEmbeddingRequest.Input.Unknown(
				OpenAiJson.mapper().valueToTree(List.of(List.of(1212, 318, 257), List.of(1332, 13))));
		StepVerifier
			.create(simulator.client()
				.embeddings()
				.create(CreateEmbeddingRequest.builder().model(SMALL).input(tokens).build()))
			.assertNext((response) -> {
				assertThat(response.data()).hasSize(2);
				assertThat(response.usage().promptTokens()).isEqualTo(5);
				assertThat(response.usage().totalTokens()).isEqualTo(5);
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void reportsTheUsageOfTheInput() {
		StepVerifier
			.create(simulator.client()
				.embeddings()
				.create(CreateEmbeddingRequest.builder().model(SMALL).input("twelve chars").build()))
			.assertNext((response) -> {
				assertThat(response.usage().promptTokens()).isEqualTo(3);
				assertThat(response.usage().totalTokens()).isEqualTo(3);
				assertThat(response.model()).isEqualTo(SMALL);
			})
			.expectComplete()
			.verify(TIMEOUT);
	}

	@Test
	void refusesAMissingModelNamingTheParam() {
		CreateEmbeddingRequest withoutModel = new CreateEmbeddingRequest(
				new CreateEmbeddingRequest.Input.StringValue("Hi"), null, null, null, null, Map.of());
		StepVerifier.create(simulator.client().embeddings().create(withoutModel))
			.expectErrorSatisfies((ex) -> assertBadRequest(ex, "model"))
			.verify(TIMEOUT);
	}

	@Test
	void refusesAnEmptyInputNamingTheParam() {
		StepVerifier.create(
				simulator.client().embeddings().create(CreateEmbeddingRequest.builder().model(SMALL).input("").build()))
			.expectErrorSatisfies((ex) -> assertBadRequest(ex, "input"))
			.verify(TIMEOUT);
	}

	@Test
	void refusesDimensionsForAda002() {
		StepVerifier
			.create(simulator.client()
				.embeddings()
				.create(CreateEmbeddingRequest.builder()
					.model("text-embedding-ada-002")
					.input("Hi")
					.dimensions(256L)
					.build()))
			.expectErrorSatisfies((ex) -> assertBadRequest(ex, "dimensions"))
			.verify(TIMEOUT);
	}

	private static List<float[]> embed(CreateEmbeddingRequest request) {
		CreateEmbeddingResponse response = simulator.client().embeddings().create(request).block(TIMEOUT);
		return response.data().stream().map((embedding) -> embedding.embedding().values()).toList();
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return dot / (Math.sqrt(normA) * Math.sqrt(normB));
	}

	private static void assertBadRequest(Throwable ex, String param) {
		assertThat(ex).isInstanceOf(BadRequestException.class);
		assertThat(((OpenAiServiceException) ex).param()).isEqualTo(param);
	}

}

package dev.reactiveai.openai.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.AccessToken;
import dev.reactiveai.openai.core.Authentication;
import dev.reactiveai.openai.core.AzureOptions;
import dev.reactiveai.openai.core.TokenSource;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.error.AuthenticationException;
import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.error.OpenAiUnsupportedOperationException;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.CreateFileRequest;
import dev.reactiveai.openai.types.CreateModerationRequest;
import dev.reactiveai.openai.types.CreateResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator as an Azure OpenAI resource, called by clients configured for Azure: with
 * the {@code api-key} header, and with Entra ID tokens that rotate.
 */
class AzureModeSimulationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension(
			OpenAiSimulator.builder()
				.mode(SimulatorMode.AZURE)
				.azureDeployments(OpenAiSimulatorExtension.AZURE_DEPLOYMENT),
			(options) -> options.retries((retries) -> retries.withMaxRetries(0)));

	@Test
	void chatEmbeddingsResponsesAndFilesWithTheApiKey() {
		exerciseChatEmbeddingsResponsesAndFiles(simulator.client());
		List<RecordedRequest> requests = simulator.simulator().requests().all();
		assertThat(requests).extracting(RecordedRequest::operationId)
			.containsExactly("createChatCompletion", "createChatCompletion", "createEmbedding", "createResponse",
					"createFile", "listFiles");
		assertThat(requests).allSatisfy((request) -> {
			assertThat(request.headers().getFirst("api-key")).isEqualTo(OpenAiSimulatorExtension.API_KEY);
			assertThat(request.headers().getFirst("Authorization")).isNull();
			assertThat(request.queryParameter("api-version")).isEqualTo(AzureOptions.DEFAULT_API_VERSION);
		});
	}

	@Test
	void chatEmbeddingsResponsesAndFilesWithATokenThatRotates() {
		MutableClock clock = new MutableClock();
		AtomicInteger issued = new AtomicInteger();
		TokenSource entraId = () -> Mono.fromSupplier(
				() -> new AccessToken("entra-token-" + issued.incrementAndGet(), clock.instant().plusSeconds(3600)));
		try (OpenAiClient client = OpenAiClient.builder()
			.options(simulator.client()
				.options()
				.toBuilder()
				.apiKey(null)
				.authentication(Authentication
					.bearerToken(TokenSource.cached(entraId, TokenSource.DEFAULT_REFRESH_AHEAD, clock)))
				.build())
			.build()) {
			exerciseChatEmbeddingsResponsesAndFiles(client);
			// Within the refresh window of the first token: the next call carries a new
			// one.
			clock.advance(Duration.ofMinutes(56));
			exerciseChatEmbeddingsResponsesAndFiles(client);
		}
		List<RecordedRequest> requests = simulator.simulator().requests().all();
		assertThat(requests).hasSize(12);
		assertThat(requests.subList(0, 6)).allSatisfy(
				(request) -> assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer entra-token-1"));
		assertThat(requests.subList(6, 12)).allSatisfy(
				(request) -> assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer entra-token-2"));
		assertThat(requests).allSatisfy((request) -> assertThat(request.headers().getFirst("api-key")).isNull());
		assertThat(issued).hasValue(2);
	}

	@Test
	void theContentFilterRefusalIsReadIntoTypedResults() {
		StepVerifier
			.create(simulator.client()
				.chat()
				.completions()
				.create(SimulatorClients.chat("Tell me " + OpenAiSimulator.CONTENT_FILTER_TRIGGER)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(BadRequestException.class, (error) -> {
				assertThat(error.code()).isEqualTo("content_filter");
				assertThat(error.contentFilter()).isNotNull();
				assertThat(error.contentFilter().code()).isEqualTo("ResponsibleAIPolicyViolation");
				assertThat(error.contentFilter().filteredCategories()).containsExactly("violence");
				assertThat(error.contentFilter().category("violence").severity()).isEqualTo("high");
				assertThat(error.contentFilter().category("hate").filtered()).isFalse();
			}))
			.verify(TIMEOUT);
	}

	@Test
	void theStreamedCallIsRefusedByTheContentFilterToo() {
		StepVerifier
			.create(simulator.client()
				.chat()
				.completions()
				.createStream(SimulatorClients.chat(OpenAiSimulator.CONTENT_FILTER_TRIGGER)))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(BadRequestException.class,
					(error) -> assertThat(error.contentFilter().filteredCategories()).containsExactly("violence")))
			.verify(TIMEOUT);
	}

	@Test
	void theV1PathsNeedNoApiVersion() {
		try (OpenAiClient client = OpenAiClient.builder()
			.options(simulator.client().options().toBuilder().azure(AzureOptions.v1()).build())
			.build()) {
			StepVerifier.create(client.chat().completions().create(SimulatorClients.chat("hi")))
				.expectNextCount(1)
				.expectComplete()
				.verify(TIMEOUT);
		}
		RecordedRequest request = simulator.simulator().requests().last();
		assertThat(request.operationId()).isEqualTo("createChatCompletion");
		assertThat(request.query()).doesNotContainKey("api-version");
	}

	@Test
	void anOperationAzureDoesNotServeFailsWithoutReachingTheServer() {
		StepVerifier
			.create(simulator.client().moderations().create(CreateModerationRequest.builder().input("hi").build()))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiUnsupportedOperationException.class)
				.hasMessageContaining("createModeration"))
			.verify(TIMEOUT);
		assertThat(simulator.simulator().requests().all()).isEmpty();
	}

	@Test
	void anUnknownDeploymentIsNotFoundInAzuresShape() {
		try (OpenAiClient client = OpenAiClient.builder()
			.options(simulator.client()
				.options()
				.toBuilder()
				.azure(AzureOptions.deployments("no-such-deployment", AzureOptions.DEFAULT_API_VERSION))
				.build())
			.build()) {
			StepVerifier.create(client.chat().completions().create(SimulatorClients.chat("hi")))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(NotFoundException.class,
						(error) -> assertThat(error.code()).isEqualTo("DeploymentNotFound")))
				.verify(TIMEOUT);
		}
	}

	@Test
	void aRequestWithoutApiVersionOrCredentialsIsRefused() {
		SimulatorHttp.Answer withoutVersion = SimulatorHttp.post(simulator.simulator(),
				"/openai/deployments/" + OpenAiSimulatorExtension.AZURE_DEPLOYMENT + "/chat/completions",
				Map.of("model", "gpt-4o-mini", "messages", List.of(Map.of("role", "user", "content", "hi"))));
		assertThat(withoutVersion.status()).isEqualTo(404);
		assertThat(withoutVersion.text()).contains("api-version");
		try (OpenAiClient client = OpenAiClient.builder()
			.options(simulator.client().options().toBuilder().authentication(Authentication.none()).build())
			.build()) {
			StepVerifier.create(client.models().list())
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(AuthenticationException.class,
						(error) -> assertThat(error.code()).isEqualTo("401")))
				.verify(TIMEOUT);
		}
	}

	private static void exerciseChatEmbeddingsResponsesAndFiles(OpenAiClient client) {
		StepVerifier.create(client.chat().completions().create(SimulatorClients.chat("What is backpressure?")))
			.assertNext((completion) -> assertThat(completion.choices()).isNotEmpty())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(client.chat().completions().createStream(SimulatorClients.chat("Stream it")).count())
			.assertNext((chunks) -> assertThat(chunks).isPositive())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier
			.create(client.embeddings()
				.create(CreateEmbeddingRequest.builder().model("text-embedding-3-small").input("hello").build()))
			.assertNext((embeddings) -> assertThat(embeddings.data()).hasSize(1))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier
			.create(client.responses().create(CreateResponse.builder().model("gpt-4o-mini").input("Hi").build()))
			.assertNext((response) -> assertThat(response.id()).isNotBlank())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier
			.create(client.files()
				.create(CreateFileRequest.builder()
					.file(UploadFile.of(new ByteArrayResource(new byte[] { 1, 2, 3 }), "notes.txt"))
					.purpose("user_data")
					.build())
				.thenMany(Flux.defer(() -> client.files().list())))
			.assertNext((file) -> assertThat(file.filename()).isEqualTo("notes.txt"))
			.thenConsumeWhile((file) -> true)
			.expectComplete()
			.verify(TIMEOUT);
	}

	private static final class MutableClock extends Clock {

		private volatile Instant now = Instant.now();

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

package dev.reactiveai.openai.simulator.autoconfigure;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.autoconfigure.InvalidOpenAiPropertyException;
import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.autoconfigure.OpenAiClients;
import dev.reactiveai.openai.autoconfigure.health.OpenAiHealthIndicator;
import dev.reactiveai.openai.core.Authentication;
import dev.reactiveai.openai.core.AzureOptions;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.simulator.OpenAiSimulator;
import dev.reactiveai.openai.simulator.RecordedRequest;
import dev.reactiveai.openai.simulator.SimulatorMode;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.CreateFileRequest;
import dev.reactiveai.openai.types.CreateResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-configured clients of Azure OpenAI (with the API key, and with Entra ID tokens of
 * a {@link TokenCredential} bean) and of a keyless server, against the simulator in the
 * matching mode.
 */
@ExtendWith(OutputCaptureExtension.class)
class AzureAndKeylessClientsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String DEPLOYMENT = "gpt-4o-mini";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(OpenAiSimulatorAutoConfiguration.class, OpenAiAutoConfiguration.class));

	private final ApplicationContextRunner azure = this.contextRunner.withPropertyValues(
			"openai.simulator.enabled=true", "openai.simulator.mode=azure", "openai.azure.deployment=" + DEPLOYMENT,
			"openai.azure.api-version=2024-10-21", "openai.max-retries=0");

	@Test
	void anAzureClientWithTheApiKeyCallsTheResourceAndIsHealthy() {
		this.azure.run((context) -> {
			OpenAiClient client = context.getBean(OpenAiClient.class);
			assertThat(client.options().azure()).isEqualTo(AzureOptions.deployments(DEPLOYMENT, "2024-10-21"));
			exercise(client);
			OpenAiSimulator simulator = context.getBean(OpenAiSimulator.class);
			assertThat(simulator.requests().all()).hasSize(6).allSatisfy((request) -> {
				assertThat(request.headers().getFirst("api-key")).isEqualTo(OpenAiSimulatorConnectionDetails.API_KEY);
				assertThat(request.headers().containsHeader("Authorization")).isFalse();
				assertThat(request.queryParameter("api-version")).isEqualTo("2024-10-21");
			});
			Health health = health(client);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(simulator.requests().last().operationId()).isEqualTo("listModels");
		});
	}

	@Test
	void anAzureClientIsDownWhenTheResourceRefusesItsKey() {
		this.azure.withBean(OpenAiSimulator.class,
				() -> OpenAiSimulator.builder().mode(SimulatorMode.AZURE).acceptedCredentials("another-key").start())
			.run((context) -> {
				Health health = health(context.getBean(OpenAiClient.class));
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("reason", "invalid API key").containsEntry("status", 401);
				assertThat(health.getDetails().get("error").toString())
					.doesNotContain(OpenAiSimulatorConnectionDetails.API_KEY);
			});
	}

	@Test
	void anAzureClientWithEntraIdSendsTheTokensOfTheCredentialBeanAndTheRotatedOneAfterRotation(CapturedOutput output)
			throws InterruptedException {
		RotatingCredential credential = new RotatingCredential();
		this.azure.withPropertyValues("openai.authentication=entra-id")
			.withBean(TokenCredential.class, () -> credential)
			.run((context) -> {
				OpenAiClient client = context.getBean(OpenAiClient.class);
				assertThat(client.options().authentication().kind()).isEqualTo(Authentication.Kind.BEARER_TOKEN);
				OpenAiSimulator simulator = context.getBean(OpenAiSimulator.class);
				chat(client);
				assertThat(authorization(simulator.requests().all())).containsExactly("Bearer entra-token-1");
				// The token is in its refresh window once its last 1.5 s before the
				// five minutes ahead of expiry have passed.
				Thread.sleep(RotatingCredential.FRESH_FOR.toMillis() + 100);
				simulator.reset();
				exercise(client);
				List<String> rotated = authorization(simulator.requests().all());
				assertThat(rotated).hasSize(6)
					.allSatisfy((header) -> assertThat(header).startsWith("Bearer entra-token-")
						.isNotEqualTo("Bearer entra-token-1"));
				assertThat(simulator.requests().all())
					.allSatisfy((request) -> assertThat(request.headers().containsHeader("api-key")).isFalse());
				assertThat(health(client).getStatus()).isEqualTo(Status.UP);
				assertThat(client.options().toString()).doesNotContain("entra-token");
			});
		assertThat(credential.scopes).containsOnly("https://cognitiveservices.azure.com/.default");
		assertThat(credential.issued.get()).isGreaterThanOrEqualTo(2);
		assertThat(output.getAll()).doesNotContain("entra-token-");
	}

	@Test
	void anAzureClientIsDownWithoutAnAccessToken() {
		this.azure.withPropertyValues("openai.authentication=entra-id")
			.withBean(TokenCredential.class,
					() -> (context) -> Mono.error(new IllegalStateException("no managed identity endpoint")))
			.run((context) -> {
				Health health = health(context.getBean(OpenAiClient.class));
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("reason", "no access token");
				assertThat(context.getBean(OpenAiSimulator.class).requests().all()).isEmpty();
			});
	}

	@Test
	void entraIdWithoutAzuresLibraryFailsAtStartupNamingTheProperty() {
		this.azure.withPropertyValues("openai.clients.aoai.authentication=entra-id")
			.withClassLoader(new FilteredClassLoader(TokenCredential.class))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidOpenAiPropertyException.class)
				.hasMessageContaining("openai.clients.aoai.authentication"));
	}

	@Test
	void azureSettingsOnOpenAisOwnBaseUrlFailAtStartup() {
		this.contextRunner.withPropertyValues("openai.azure.deployment=gpt-4o")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidOpenAiPropertyException.class)
				.hasMessageContaining("openai.base-url"));
	}

	@Test
	void aNamedClientMayLeaveTheAzureSettingsItWouldInherit() {
		this.azure.withPropertyValues("openai.clients.plain.azure.enabled=false", "openai.clients.v1.azure.paths=v1")
			.run((context) -> {
				OpenAiClients clients = context.getBean(OpenAiClients.class);
				assertThat(clients.get("plain").options().azure()).isNull();
				assertThat(clients.get("v1").options().azure().paths()).isEqualTo(AzureOptions.Paths.V1);
				assertThat(clients.get("v1").options().azure().deployment()).isEqualTo(DEPLOYMENT);
			});
	}

	@Test
	void aKeylessNamedClientSendsNoCredentialsAndIsHealthy() {
		this.contextRunner
			.withPropertyValues("openai.simulator.enabled=true", "openai.simulator.mode=keyless",
					"openai.clients.local.authentication=none", "openai.clients.local.max-retries=0")
			.run((context) -> {
				OpenAiClient local = context.getBean(OpenAiClients.class).get("local");
				assertThat(local.options().authentication()).isEqualTo(Authentication.none());
				StepVerifier.create(local.models().list().count())
					.assertNext((count) -> assertThat(count).isPositive())
					.expectComplete()
					.verify(TIMEOUT);
				chat(local);
				StepVerifier.create(local.chat().completions().createStream(chatRequest("Stream it")).count())
					.assertNext((chunks) -> assertThat(chunks).isPositive())
					.expectComplete()
					.verify(TIMEOUT);
				StepVerifier
					.create(local.embeddings()
						.create(CreateEmbeddingRequest.builder().model("nomic-embed-text").input("hello").build()))
					.assertNext((embeddings) -> assertThat(embeddings.data()).hasSize(1))
					.expectComplete()
					.verify(TIMEOUT);
				Health health = health(local);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				OpenAiSimulator simulator = context.getBean(OpenAiSimulator.class);
				assertThat(simulator.requests().all()).hasSize(5)
					.allSatisfy((request) -> assertThat(request.headers().containsHeader("Authorization")).isFalse());
				// The default client has no key and is not keyless: its health says so.
				assertThat(health(context.getBean(OpenAiClient.class)).getDetails()).containsEntry("reason",
						"no API key");
			});
	}

	private static Health health(OpenAiClient client) {
		Health health = new OpenAiHealthIndicator(client, Duration.ofSeconds(5), Duration.ZERO).health().block(TIMEOUT);
		assertThat(health).isNotNull();
		return health;
	}

	private static List<String> authorization(List<RecordedRequest> requests) {
		return requests.stream().map((request) -> request.headers().getFirst("Authorization")).toList();
	}

	private static CreateChatCompletionRequest chatRequest(String content) {
		return CreateChatCompletionRequest.builder()
			.model(DEPLOYMENT)
			.messages(List.of(ChatCompletionRequestUserMessage.builder().content(content).build()))
			.build();
	}

	private static void chat(OpenAiClient client) {
		StepVerifier.create(client.chat().completions().create(chatRequest("What is backpressure?")))
			.assertNext((completion) -> assertThat(completion.choices()).isNotEmpty())
			.expectComplete()
			.verify(TIMEOUT);
	}

	/** Chat, streamed chat, embeddings, a response, a file upload and the file list. */
	private static void exercise(OpenAiClient client) {
		chat(client);
		StepVerifier.create(client.chat().completions().createStream(chatRequest("Stream it")).count())
			.assertNext((chunks) -> assertThat(chunks).isPositive())
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier
			.create(client.embeddings()
				.create(CreateEmbeddingRequest.builder().model("text-embedding-3-small").input("hello").build()))
			.assertNext((embeddings) -> assertThat(embeddings.data()).hasSize(1))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(client.responses().create(CreateResponse.builder().model(DEPLOYMENT).input("Hi").build()))
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

	/**
	 * Issues a new token on every request, each fresh for {@link #FRESH_FOR} before the
	 * five minutes ahead of its expiry in which the client fetches the next.
	 */
	static final class RotatingCredential implements TokenCredential {

		static final Duration FRESH_FOR = Duration.ofMillis(1500);

		final AtomicInteger issued = new AtomicInteger();

		final List<String> scopes = new CopyOnWriteArrayList<>();

		@Override
		public Mono<AccessToken> getToken(TokenRequestContext request) {
			return Mono.fromSupplier(() -> {
				this.scopes.addAll(request.getScopes());
				return new AccessToken("entra-token-" + this.issued.incrementAndGet(),
						OffsetDateTime.now().plusMinutes(5).plus(FRESH_FOR));
			});
		}

	}

}

package dev.reactiveai.openai.core;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.ContentFilterResults;
import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.error.OpenAiMissingKeyException;
import dev.reactiveai.openai.error.OpenAiTokenException;
import dev.reactiveai.openai.error.OpenAiUnsupportedOperationException;
import dev.reactiveai.openai.types.CreateModerationRequest;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.API_KEY;
import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of clients of Azure OpenAI (paths, {@code api-version}, {@code api-key}
 * header, operations Azure does not serve, its content-filter errors) and of keyless
 * clients.
 */
class AzureAndKeylessRequestsTests {

	private static final String COMPLETION = """
			{"id":"chatcmpl-9","object":"chat.completion","created":1,"model":"gpt-4o-mini",
			 "choices":[{"index":0,"finish_reason":"stop","logprobs":null,
			   "message":{"role":"assistant","content":"Hi","refusal":null}}]}
			""";

	private static final String FILES = """
			{"object":"list","data":[],"has_more":false}
			""";

	@RegisterExtension
	final MockApi api = new MockApi();

	private OpenAiClient azureClient(Consumer<OpenAiClientOptionsBuilder> customizer) {
		String endpoint = this.api.server().url("/").toString();
		return this.api.client((options) -> {
			options.baseUrl(endpoint).retries((retries) -> retries.withMaxRetries(0));
			customizer.accept(options);
		});
	}

	@Test
	void deploymentOperationsGoToTheDeploymentWithApiVersionAndTheApiKeyHeader() throws InterruptedException {
		OpenAiClient client = azureClient((options) -> options.azure(AzureOptions.deployments("gpt-4o", "2024-10-21")));
		this.api.enqueue(TestClients.json(COMPLETION));
		StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("hi")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getTarget()).isEqualTo("/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21");
		assertThat(request.getHeaders().get("api-key")).isEqualTo(API_KEY);
		assertThat(request.getHeaders().get("Authorization")).isNull();
	}

	@Test
	void resourceOperationsGoBelowOpenAiOnTheDatedApi() throws InterruptedException {
		OpenAiClient client = azureClient((options) -> options.azure(AzureOptions.deployments("gpt-4o", "2025-04-01")));
		this.api.enqueue(TestClients.json(FILES));
		StepVerifier.create(client.files().list()).expectNextCount(0).expectComplete().verify(TIMEOUT);
		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/openai/files?api-version=2025-04-01");
	}

	@Test
	void v1PathsKeepOpenAiPathsBelowOpenAiV1() throws InterruptedException {
		OpenAiClient client = azureClient((options) -> options.azure(AzureOptions.v1()));
		this.api.enqueue(TestClients.json(COMPLETION));
		StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("hi")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/openai/v1/chat/completions");
	}

	@Test
	void anOperationAzureDoesNotServeFailsBeforeItIsSentNamingIt() {
		OpenAiClient client = azureClient((options) -> options.azure(AzureOptions.deployments("gpt-4o", "2024-10-21")));
		StepVerifier.create(client.moderations().create(CreateModerationRequest.builder().input("hi").build()))
			.expectErrorSatisfies((ex) -> assertThat(ex)
				.isInstanceOfSatisfying(OpenAiUnsupportedOperationException.class,
						(unsupported) -> assertThat(unsupported.operationId()).isEqualTo("createModeration"))
				.hasMessageContaining("createModeration")
				.hasMessageContaining("Azure OpenAI does not serve")
				.hasMessageContaining("OpenAiClientOptions.azure"))
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void aDeploymentOperationWithoutDeploymentFailsBeforeItIsSent() {
		OpenAiClient client = azureClient(
				(options) -> options.azure(AzureOptions.builder().apiVersion("2024-10-21").build()));
		StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("hi")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiConfigurationException.class)
				.hasMessageContaining("has no deployment")
				.hasMessageContaining("createChatCompletion"))
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void azureContentFilterErrorIsReadIntoItsTypedResults() {
		OpenAiClient client = azureClient((options) -> options.azure(AzureOptions.deployments("gpt-4o", "2024-10-21")));
		this.api.enqueue(TestClients.json(400,
				"""
						{"error":{"message":"The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
						 "type":null,"param":"prompt","code":"content_filter","status":400,
						 "innererror":{"code":"ResponsibleAIPolicyViolation","content_filter_result":{
						   "hate":{"filtered":false,"severity":"safe"},
						   "violence":{"filtered":true,"severity":"high"},
						   "jailbreak":{"filtered":true,"detected":true}}}}}
						"""));
		StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("hi")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(BadRequestException.class, (error) -> {
				assertThat(error.code()).isEqualTo("content_filter");
				assertThat(error.param()).isEqualTo("prompt");
				ContentFilterResults filter = error.contentFilter();
				assertThat(filter).isNotNull();
				assertThat(filter.code()).isEqualTo("ResponsibleAIPolicyViolation");
				assertThat(filter.filteredCategories()).containsExactly("jailbreak", "violence");
				assertThat(filter.category("violence"))
					.isEqualTo(new ContentFilterResults.Category(true, "high", null));
				assertThat(filter.category("hate")).isEqualTo(new ContentFilterResults.Category(false, "safe", null));
				assertThat(filter.category("jailbreak")).isEqualTo(new ContentFilterResults.Category(true, null, true));
			}))
			.verify(TIMEOUT);
	}

	@Test
	void anErrorWithoutContentFilterHasNoResults() {
		OpenAiClient client = this.api.client((options) -> options.retries((retries) -> retries.withMaxRetries(0)));
		this.api.enqueue(TestClients.error(400, "invalid_request_error", "bad", "Bad request"));
		StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("hi")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(BadRequestException.class,
					(error) -> assertThat(error.contentFilter()).isNull()))
			.verify(TIMEOUT);
	}

	@Test
	void aKeylessClientSendsNoAuthorizationAndNeedsNoKey() throws InterruptedException {
		OpenAiClient client = this.api.client((options) -> options.apiKey(null)
			.authentication(Authentication.none())
			.retries((retries) -> retries.withMaxRetries(0)));
		this.api.enqueue(TestClients.json(COMPLETION));
		StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("hi")))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(request.getHeaders().get("api-key")).isNull();
	}

	@Test
	void withoutKeyTheMessageSaysHowToDeclareAKeylessServer() {
		OpenAiClient client = this.api.client((options) -> options.apiKey(null));
		StepVerifier.create(client.models().list())
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiMissingKeyException.class)
				.hasMessageContaining("OpenAiClientOptions.authentication to none"))
			.verify(TIMEOUT);
	}

	@Test
	void aKeylessClientMayUsePlainHttpToARemoteHost() {
		assertThat(OpenAiClientOptions.builder()
			.baseUrl("http://gpu-box.internal:11434/v1")
			.authentication(Authentication.none())
			.build()
			.baseUrl()).hasToString("http://gpu-box.internal:11434/v1");
	}

	@Test
	void bearerTokensComeFromTheTokenSourceAndTheRotatedOneIsSent() throws InterruptedException {
		AtomicInteger issued = new AtomicInteger();
		// Each token is stale at once, so that every call fetches the next one.
		TokenSource rotating = () -> Mono.fromSupplier(
				() -> new AccessToken("entra-token-" + issued.incrementAndGet(), Instant.now().plusSeconds(60)));
		OpenAiClient client = azureClient((options) -> options.apiKey(null)
			.authentication(Authentication.bearerToken(
					TokenSource.cached(rotating, java.time.Duration.ofMinutes(5), java.time.Clock.systemUTC())))
			.azure(AzureOptions.deployments("gpt-4o", "2024-10-21")));
		for (int i = 1; i <= 2; i++) {
			this.api.enqueue(TestClients.json(COMPLETION));
			StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("hi")))
				.expectNextCount(1)
				.expectComplete()
				.verify(TIMEOUT);
			RecordedRequest request = this.api.takeRequest();
			assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer entra-token-" + i);
			assertThat(request.getHeaders().get("api-key")).isNull();
		}
	}

	@Test
	void aFailingTokenSourceFailsTheCallWithoutSendingIt() {
		OpenAiClient client = azureClient((options) -> options.apiKey(null)
			.authentication(
					Authentication.bearerToken(() -> Mono.error(new IllegalStateException("no managed identity here"))))
			.azure(AzureOptions.deployments("gpt-4o", "2024-10-21")));
		StepVerifier.create(client.chat().completions().create(TestClients.chatRequest("hi")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiTokenException.class)
				.hasMessageContaining("could not get an access token")
				.hasMessageContaining("no managed identity here"))
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void neitherKeyNorTokenShowsInToString() {
		AccessToken token = new AccessToken("eyJ0eXAiOiJKV1QiLCJhbGciOi", Instant.now());
		OpenAiClientOptions options = OpenAiClientOptions.builder()
			.apiKey(API_KEY)
			.authentication(Authentication.bearerToken(() -> Mono.just(token)))
			.azure(AzureOptions.deployments("gpt-4o", "2024-10-21"))
			.build();
		assertThat(token.toString()).doesNotContain(token.value()).contains("******");
		assertThat(options.toString()).doesNotContain(API_KEY)
			.doesNotContain(token.value())
			.contains("authentication=bearer-token")
			.contains("deployment=gpt-4o");
	}

}

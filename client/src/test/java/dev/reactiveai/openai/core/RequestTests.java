package dev.reactiveai.openai.core;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.error.OpenAiMissingKeyException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import org.springframework.http.HttpMethod;

import static dev.reactiveai.openai.core.TestClients.API_KEY;
import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static dev.reactiveai.openai.core.TestClients.client;
import static dev.reactiveai.openai.core.TestClients.json;
import static dev.reactiveai.openai.core.TestClients.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What goes over the wire: URL, authentication and headers.
 */
class RequestTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	@Test
	void sendsBearerKeyOrganizationProjectHeadersAndUserAgent() throws InterruptedException {
		this.api.enqueue(json(model("gpt-4o")));
		OpenAiClient client = this.api
			.client((options) -> options.organization("org-1").project("proj-1").header("X-Team", "blue"));
		StepVerifier.create(client.models().retrieve("gpt-4o")).expectNextCount(1).expectComplete().verify(TIMEOUT);
		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/models/gpt-4o");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertThat(request.getHeaders().get("OpenAI-Organization")).isEqualTo("org-1");
		assertThat(request.getHeaders().get("OpenAI-Project")).isEqualTo("proj-1");
		assertThat(request.getHeaders().get("X-Team")).isEqualTo("blue");
		assertThat(request.getHeaders().get("User-Agent")).matches("openai-reactive/\\S+ Java/\\S+");
		assertThat(request.getHeaders().get("User-Agent")).doesNotContain("unknown");
	}

	@Test
	void perCallHeadersAndQueryParametersAreAdded() throws InterruptedException {
		this.api.enqueue(json(model("gpt-4o")));
		OpenAiClient client = this.api.client();
		StepVerifier
			.create(client.models()
				.withOptions(RequestOptions.builder().header("X-Call", "1").queryParam("trace", "a b&c").build())
				.retrieve("gpt-4o"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getHeaders().get("X-Call")).isEqualTo("1");
		assertThat(request.getUrl().queryParameter("trace")).isEqualTo("a b&c");
	}

	@Test
	void pathParametersAreEncodedAsOneSegment() throws InterruptedException {
		this.api.enqueue(json(model("ft:gpt-4o:org/x?y")));
		OpenAiClient client = this.api.client();
		StepVerifier.create(client.models().retrieve("ft:gpt-4o:org/x?y"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getUrl().pathSegments()).containsExactly("v1", "models", "ft:gpt-4o:org/x?y");
		assertThat(request.getUrl().query()).isNull();
	}

	@Test
	void administrationPathsUseTheAdminKey() throws InterruptedException {
		this.api.enqueue(json("{\"object\":\"list\",\"data\":[],\"has_more\":false}"));
		OpenAiClient client = this.api.client((options) -> options.adminApiKey("sk-admin-1"));
		StepVerifier
			.create(client.transport()
				.exchangeWithoutBody(ApiRequest.of(HttpMethod.GET, "/organization/projects").adminKey().build()))
			.expectNextCount(1)
			.expectComplete()
			.verify(TIMEOUT);
		assertThat(this.api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer sk-admin-1");
	}

	@Test
	void administrationCallWithoutAdminKeyFailsBeforeSending() {
		OpenAiClient client = this.api.client();
		StepVerifier
			.create(client.transport()
				.exchangeWithoutBody(ApiRequest.of(HttpMethod.GET, "/organization/users").adminKey().build()))
			.expectErrorSatisfies((ex) -> assertThat(ex)
				.isInstanceOfSatisfying(OpenAiMissingKeyException.class,
						(missing) -> assertThat(missing.setting()).isEqualTo(ClientSetting.ADMIN_API_KEY))
				.isInstanceOf(OpenAiConfigurationException.class)
				.hasMessageContaining("OpenAiClientOptions.adminApiKey"))
			.verify(TIMEOUT);
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void missingKeyFailsTheCallNamingTheClientAndTheOption() {
		try (OpenAiClient client = OpenAiClient.builder()
			.options(OpenAiClientOptions.builder().baseUrl(this.api.baseUrl()).name("azure").build())
			.build()) {
			StepVerifier.create(client.models().list())
				.expectErrorSatisfies(
						(ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAiMissingKeyException.class, (missing) -> {
							assertThat(missing.clientName()).isEqualTo("azure");
							assertThat(missing.setting()).isEqualTo(ClientSetting.API_KEY);
						})
							.isInstanceOf(OpenAiConfigurationException.class)
							.hasMessageContaining("client 'azure'")
							.hasMessageContaining("OpenAiClientOptions.apiKey"))
				.verify(TIMEOUT);
		}
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void headerValuesWithLineBreaksAreRejectedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenAiClientOptions.builder().header("X-Evil", "a\r\nInjected: yes"))
			.withMessageContaining("X-Evil");
		assertThatIllegalArgumentException().isThrownBy(() -> OpenAiClientOptions.builder().organization("org\n1"));
		assertThatIllegalArgumentException().isThrownBy(() -> OpenAiClientOptions.builder().project("p\r"));
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().header("X-Call", "1\n2"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenAiClientOptions.builder().apiKey("sk-abc\r\nX-Injected: 1"))
			.withMessageNotContaining("sk-abc");
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void baseUrlsWithLineBreaksAreRejected() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> OpenAiClientOptions.builder().baseUrl("https://api.openai.com/v1\r\nHost: evil"))
			.isInstanceOf(InvalidBaseUrlException.class)
			.hasMessageContaining("line break");
	}

	@Test
	void plainHttpIsRefusedForRemoteHostsUnlessAllowed() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> OpenAiClientOptions.builder().baseUrl("http://api.example.com/v1").build())
			.isInstanceOf(InvalidBaseUrlException.class)
			.hasMessageContaining("plain http");
		assertThat(OpenAiClientOptions.builder()
			.baseUrl("http://api.example.com/v1")
			.connection((connection) -> connection.withAllowInsecureHttp(true))
			.build()
			.baseUrl()).hasToString("http://api.example.com/v1");
		assertThat(OpenAiClientOptions.builder().baseUrl("http://localhost:8080/v1").build().baseUrl().getHost())
			.isEqualTo("localhost");
		assertThat(OpenAiClientOptions.builder().baseUrl("http://127.0.0.5:8080/v1").build().baseUrl().getHost())
			.isEqualTo("127.0.0.5");
		assertThat(OpenAiClientOptions.builder().baseUrl("http://[::1]:8080/v1").build().baseUrl().getHost())
			.isEqualTo("[::1]");
	}

	@Test
	void relativeOrSchemelessBaseUrlsAreRejectedWithTheReason() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> OpenAiClientOptions.builder().baseUrl("api.openai.com/v1"))
			.isInstanceOf(InvalidBaseUrlException.class)
			.hasMessageContaining("https://");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenAiClientOptions.builder().baseUrl("ftp://x/v1"))
			.isInstanceOf(InvalidBaseUrlException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> OpenAiClientOptions.builder().baseUrl("https://x/v1?a=b"))
			.isInstanceOf(InvalidBaseUrlException.class)
			.hasMessageContaining("query");
	}

	@Test
	void toStringNeverShowsTheKeys() {
		OpenAiClientOptions options = OpenAiClientOptions.builder().apiKey(API_KEY).adminApiKey("sk-admin-xyz").build();
		assertThat(options.toString()).doesNotContain(API_KEY).doesNotContain("sk-admin-xyz").contains("******");
	}

}

package dev.reactiveai.openai.core;

import java.net.URI;

import ch.qos.logback.classic.Level;
import dev.reactiveai.openai.OpenAiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static dev.reactiveai.openai.core.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The password in a base URL or proxy URL is never shown: not by the options, not in the
 * messages about an unusable URL, not in the logs of a call.
 */
class BaseUrlPasswordTests {

	private static final String PASSWORD = "pw-canary-5e0c81d2";

	@RegisterExtension
	final MockApi api = new MockApi();

	@Test
	void optionsToStringMasksTheBaseUrlAndProxyPasswords() {
		OpenAiClientOptions options = OpenAiClientOptions.builder()
			.baseUrl("https://user:" + PASSWORD + "@gateway.example/v1")
			.connection((connection) -> connection
				.withProxy(URI.create("http://proxy-user:" + PASSWORD + "@proxy.example:3128")))
			.build();
		assertThat(options.toString()).doesNotContain(PASSWORD)
			.contains("baseUrl=https://user:****@gateway.example/v1")
			.contains("proxy=http://proxy-user:****@proxy.example:3128");
	}

	@Test
	void anUnusableBaseUrlIsReportedWithoutItsPassword() {
		for (String url : new String[] { "ftp://user:" + PASSWORD + "@host/v1", "https://user:" + PASSWORD + "@/v1",
				"https://user:" + PASSWORD + "@host/v1?q=1", "https://user:" + PASSWORD + "@ho st/v1" }) {
			assertThatExceptionOfType(InvalidBaseUrlException.class)
				.isThrownBy(() -> OpenAiClientOptions.builder().baseUrl(url))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).doesNotContain(PASSWORD).contains("user:****@");
					assertThat(ex.baseUrl()).doesNotContain(PASSWORD);
				});
		}
		assertThatExceptionOfType(InvalidBaseUrlException.class).isThrownBy(
				() -> OpenAiClientOptions.builder().baseUrl("http://user:" + PASSWORD + "@remote.example/v1").build())
			.satisfies((ex) -> assertThat(ex.getMessage() + ex.baseUrl()).doesNotContain(PASSWORD)
				.contains("http://user:****@remote.example/v1"));
	}

	@Test
	void anUnusableProxyIsReportedWithoutItsPassword() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenAiClientOptions.builder()
				.connection((connection) -> connection.withProxy(URI.create("ftp://u:" + PASSWORD + "@proxy:21"))))
			.withMessageNotContaining(PASSWORD)
			.withMessageContaining("u:****@proxy");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpenAiClientOptions.builder()
				.connection((connection) -> connection.withProxy(URI.create("http://u:" + PASSWORD + "@proxy"))))
			.withMessageNotContaining(PASSWORD);
	}

	@Test
	void aCallThroughABaseUrlWithAPasswordLogsNoPasswordAtDebugLevel() {
		String baseUrl = this.api.baseUrl().replace("://", "://user:" + PASSWORD + "@");
		this.api.enqueue(json(TestClients.model("gpt-4o")));
		this.api.enqueue(json(404, "{\"error\":{\"message\":\"no such model\"}}"));
		try (LogCapture logs = new LogCapture(Level.TRACE);
				OpenAiClient client = TestClients.client(baseUrl,
						(options) -> options.retries((retries) -> retries.withMaxRetries(0)))) {
			StepVerifier.create(client.models().retrieve("gpt-4o")).expectNextCount(1).expectComplete().verify(TIMEOUT);
			StepVerifier.create(client.models().retrieve("gpt-5"))
				.expectErrorSatisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(PASSWORD))
				.verify(TIMEOUT);
			assertThat(client.options().toString()).doesNotContain(PASSWORD);
			assertThat(logs.lines()).isNotEmpty().noneMatch((line) -> line.contains(PASSWORD));
		}
	}

}

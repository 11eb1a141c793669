package dev.reactiveai.openai.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The connection details of the properties are the default, one per client; a bean of the
 * application's own replaces them.
 */
class PropertiesOpenAiConnectionDetailsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, OpenAiAutoConfiguration.class))
		.withPropertyValues("spring.reactor.netty.shutdown-quiet-period=0s");

	@Test
	void thePropertiesGiveTheConnectionOfEachClient() {
		this.contextRunner
			.withPropertyValues("openai.api-key=sk-test-every-client",
					"openai.clients.local.base-url=http://127.0.0.1:9/v1",
					"openai.clients.admin.admin-api-key=sk-admin-test-own")
			.run((context) -> {
				assertThat(context).hasSingleBean(OpenAiConnectionDetails.class);
				PropertiesOpenAiConnectionDetails details = context.getBean(PropertiesOpenAiConnectionDetails.class);
				assertThat(details.getBaseUrl()).isEqualTo("https://api.openai.com/v1");
				assertThat(details.getApiKey()).isEqualTo("sk-test-every-client");
				assertThat(details.forClient(OpenAiClients.DEFAULT)).isSameAs(details);
				OpenAiConnectionDetails local = details.forClient("local");
				assertThat(local.getBaseUrl()).isEqualTo("http://127.0.0.1:9/v1");
				assertThat(local.getApiKey()).isEqualTo("sk-test-every-client");
				assertThat(details.forClient("admin").getAdminApiKey()).isEqualTo("sk-admin-test-own");
				assertThat(local.toString()).doesNotContain("sk-test");
				OpenAiClients clients = context.getBean(OpenAiClients.class);
				assertThat(clients.get("local").options().baseUrl()).hasToString(local.getBaseUrl());
				assertThatIllegalArgumentException().isThrownBy(() -> details.forClient("elsewhere"))
					.withMessageContaining("'elsewhere'")
					.withMessageContaining("local");
			});
	}

	@Test
	void aBeanOfTheApplicationReplacesThemForEveryClient() {
		this.contextRunner
			.withPropertyValues("openai.api-key=sk-test-properties",
					"openai.clients.local.base-url=http://127.0.0.1:9/v1")
			.withBean(OpenAiConnectionDetails.class, () -> new OpenAiConnectionDetails() {

				@Override
				public String getBaseUrl() {
					return "http://127.0.0.1:7/v1";
				}

				@Override
				public @Nullable String getApiKey() {
					return "sk-test-bean";
				}

			})
			.run((context) -> {
				assertThat(context).doesNotHaveBean(PropertiesOpenAiConnectionDetails.class);
				OpenAiClients clients = context.getBean(OpenAiClients.class);
				assertThat(clients.getDefault().options().baseUrl()).hasToString("http://127.0.0.1:7/v1");
				assertThat(clients.get("local").options().baseUrl()).hasToString("http://127.0.0.1:7/v1");
				assertThat(clients.get("local").options().apiKey()).isEqualTo("sk-test-bean");
			});
	}

}
